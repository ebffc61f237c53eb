"""A plan file is not at ``plans/<province>/<slug>.yaml``.

Tệp kế hoạch không nằm ở ``plans/<tỉnh>/<slug>.yaml``.

[vi]
**Kiểm tra gì.** Tệp kế hoạch nằm trong thư mục mang tên tỉnh (`province`) và
có tên tệp là `slug` của kế hoạch, đuôi ``.yaml``.

**Vì sao quan trọng.** Người biên tập tìm kế hoạch theo đường dẫn; trang web và
bản xuất dữ liệu dùng slug làm địa chỉ. Tệp đặt sai chỗ hoặc sai tên thì hai nơi
nói về hai kế hoạch khác nhau.

**Cách sửa.** Di chuyển hoặc đổi tên tệp (``git mv``), hoặc sửa `slug`/`province`.

[en]
**What it checks.** A plan file lives in the folder named after its `province`
and is named after its `slug`, with the ``.yaml`` extension.

**Why it matters.** Editors find a plan by its path; the site and the data export
use the slug as its address. A misplaced or misnamed file makes the two disagree.

**How to fix.** Move or rename the file (``git mv``), or fix `slug`/`province`.

[fires]
# plans/tinh-a/ke-hoach-moi.yaml
slug: tinh-a-100-kh-ubnd-2022
province: tinh-a

[passes]
# plans/tinh-a/tinh-a-100-kh-ubnd-2022.yaml
slug: tinh-a-100-kh-ubnd-2022
province: tinh-a
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import PurePosixPath

from ..findings import Finding
from ._context import Context

CODE = "CC021"
NAME = "plan-path-mismatch"
FAMILY = "syntax"
SEVERITY = "error"

#: The message, in Vietnamese and English; ``{name}`` fields are the finding's parameters.
MESSAGE = (
    "Tệp kế hoạch phải nằm ở {expected}. Di chuyển tệp hoặc sửa slug/tỉnh.",
    "A plan file must be at {expected}. Move the file or fix the slug/province.",
)


def check(ctx: Context) -> Iterator[Finding]:
    for plan in ctx.plans():
        path = PurePosixPath(plan.path.replace("\\", "/"))
        expected = path.parent.parent / plan.province / f"{plan.slug}.yaml"
        if path != expected:
            yield Finding(CODE, ctx.loc(plan, "/slug"), {"expected": str(expected)})

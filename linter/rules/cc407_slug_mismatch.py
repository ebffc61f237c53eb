"""A plan's slug does not follow from its number, province and year of issue.

Slug của kế hoạch không suy ra được từ số hiệu, tỉnh và năm ban hành.

[vi]
**Kiểm tra gì.** `slug` của kế hoạch phải là ``<tỉnh>-<số hiệu>-<năm ban hành>``:
số hiệu viết thường, bỏ dấu, ``đ`` → ``d``, ``/`` và khoảng trắng → ``-``. Ví dụ
4655/QĐ-UBND năm 2021 của Bà Rịa - Vũng Tàu → ``ba-ria-vung-tau-4655-qd-ubnd-2021``.

**Vì sao quan trọng.** Slug là địa chỉ lâu dài của kế hoạch (tên tệp, đường dẫn
trên trang web, khóa `parent` của kế hoạch con). Slug suy ra được từ văn bản thì
hai người biên tập sẽ đặt cùng một tên.

**Cách sửa.** Đổi `slug` (và tên tệp, và `parent` của các kế hoạch con) theo giá
trị gợi ý.

[en]
**What it checks.** A plan's `slug` is ``<province>-<number>-<year of issue>``:
the number lower-cased, without diacritics, ``đ`` → ``d``, ``/`` and spaces → ``-``.
E.g. 4655/QĐ-UBND of 2021 in Bà Rịa - Vũng Tàu → ``ba-ria-vung-tau-4655-qd-ubnd-2021``.

**Why it matters.** The slug is the plan's lasting address (file name, site URL,
`parent` key of child plans). A slug derived from the document means two editors
choose the same name.

**How to fix.** Rename `slug` (and the file, and children's `parent`) to the
suggested value.

[fires]
slug: tinh-a-kh-100
province: tinh-a
document: {number: "100/KH-UBND", date: "2022-01-10"}

[passes]
slug: tinh-a-100-kh-ubnd-2022
province: tinh-a
document: {number: "100/KH-UBND", date: "2022-01-10"}
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding
from ..model import Plan
from ..textnorm import plan_slug
from ._context import Context

CODE = "CC407"
NAME = "slug-mismatch"
FAMILY = "structure"
SEVERITY = "warning"

#: The message, in Vietnamese and English; ``{name}`` fields are the finding's parameters.
MESSAGE = (
    "Slug “{slug}” không khớp số hiệu, tỉnh và năm ban hành (cần “{expected}”).",
    "Slug '{slug}' does not match the number, province and issue year (expected '{expected}').",
)


def expected_slug(plan: Plan) -> str | None:
    """The slug a plan's number, province and issue year call for (None without a number or date)."""
    if not plan.header.number or not plan.header.date[:4].isdigit():
        return None
    return plan_slug(plan.province, plan.header.number, plan.header.date)


def check(ctx: Context) -> Iterator[Finding]:
    for plan in ctx.plans():
        expected = expected_slug(plan)
        if expected and plan.slug != expected:
            yield Finding(CODE, ctx.loc(plan, "/slug"), {"slug": plan.slug, "expected": expected})

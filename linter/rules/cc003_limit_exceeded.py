"""A file exceeds a configured resource limit.

Tệp vượt một giới hạn tài nguyên đã cấu hình.

[vi]
**Kiểm tra gì.** Kích thước tệp, độ dài dòng, độ sâu lồng nhau, số nút sinh ra
khi mở rộng bí danh (alias) và tổng số nút đều có giới hạn (xem trang “Mô hình
an toàn”). Vượt giới hạn thì tệp bị từ chối ngay, các tệp khác vẫn được kiểm tra.

**Vì sao quan trọng.** Một tệp độc hại (“billion laughs”, lồng 100.000 cấp) có
thể làm treo hoặc cạn bộ nhớ của CI. Kế hoạch thật không cần gần tới các giới hạn này.

**Cách sửa.** Bỏ bí danh, giảm lồng nhau, tách tệp; hoặc nâng giới hạn trong
`[tool.cchc.limits]` nếu thật sự cần.

[en]
**What it checks.** File size, line length, nesting depth, the nodes that
aliases add when expanded, and the total node count are bounded (see the
"Security model" page). A file over a limit is rejected at once; the other
files are still checked.

**Why it matters.** A hostile file ("billion laughs", 100,000 levels of
nesting) could hang CI or exhaust its memory. Real plans are far below these limits.

**How to fix.** Remove aliases, flatten the nesting, split the file; or raise
the limit under `[tool.cchc.limits]` if it is really needed.

[fires]
a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x", "x"]
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]
d: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c]

[passes]
a: ["x", "x"]
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding
from ._context import Context

CODE = "CC003"
NAME = "limit-exceeded"
FAMILY = "syntax"
SEVERITY = "error"


def check(ctx: Context) -> Iterator[Finding]:
    """Reported while loading; see :mod:`linter.loader`."""
    yield from ctx.loaded(CODE)

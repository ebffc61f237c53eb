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

#: The message, in Vietnamese and English; ``{name}`` fields are the finding's parameters.
MESSAGE = (
    "Vượt giới hạn {limit}: {value} > {max}.",
    "Limit {limit} exceeded: {value} > {max}.",
)
#: Messages of the finding's variants (its ``variant``, ``problem``, ``limit`` or ``feature`` parameter).
VARIANTS = {
    "file-size": (
        "Tệp quá lớn: {value} byte, giới hạn {max}. Tách tệp hoặc nâng `max-file-bytes` trong [tool.cchc.limits].",
        "File too large: {value} bytes, limit {max}. Split the file or raise `max-file-bytes` in [tool.cchc.limits].",
    ),
    "line-length": (
        "Dòng quá dài: {value} ký tự, giới hạn {max}. Ngắt dòng bằng khối văn bản `|` hoặc `>`.",
        "Line too long: {value} characters, limit {max}. Break it with a `|` or `>` block scalar.",
    ),
    "nesting-depth": (
        "Lồng nhau quá sâu (hơn {max} cấp). Dữ liệu kế hoạch không cần lồng sâu như vậy.",
        "Nesting too deep (more than {max} levels). Plan data never needs this depth.",
    ),
    "alias-expansion": (
        "Bí danh (alias) mở rộng quá {max} nút (kiểu “billion laughs”); tệp bị từ chối. Bỏ bí danh, viết giá trị trực tiếp.",
        "Aliases expand to more than {max} nodes (a 'billion laughs' pattern); file rejected. Remove the aliases and write values out.",
    ),
    "nodes": (
        "Quá nhiều nút trong tệp (hơn {max}). Tách tệp.",
        "Too many nodes in the file (more than {max}). Split the file.",
    ),
}


def check(ctx: Context) -> Iterator[Finding]:
    """Reported while loading; see :mod:`linter.loader`."""
    yield from ctx.loaded(CODE)

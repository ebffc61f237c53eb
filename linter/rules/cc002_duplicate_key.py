"""A mapping has the same key twice.

Một ánh xạ có cùng một khóa hai lần.

[vi]
**Kiểm tra gì.** Trong một khối, mỗi khóa chỉ được xuất hiện một lần. Phát hiện
nêu dòng của lần xuất hiện thứ hai và dòng của lần đầu.

**Vì sao quan trọng.** Trình đọc YAML thông thường lặng lẽ giữ một trong hai giá
trị; một thay đổi của biên tập viên có thể mất mà không ai biết.

**Cách sửa.** Gộp hai khóa thành một, giữ giá trị đúng.

[en]
**What it checks.** Each key may appear once per mapping. The finding names
the line of the second occurrence and that of the first.

**Why it matters.** Ordinary YAML readers silently keep one of the two values,
so an editor's change can be lost without anyone noticing.

**How to fix.** Merge the two keys into one, keeping the right value.

[fires]
number: "4655/QĐ-UBND"
number: "4656/QĐ-UBND"

[passes]
number: "4655/QĐ-UBND"
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding
from ._context import Context

CODE = "CC002"
NAME = "duplicate-key"
FAMILY = "syntax"
SEVERITY = "error"

#: The message, in Vietnamese and English; ``{name}`` fields are the finding's parameters.
MESSAGE = (
    "Khóa “{key}” lặp lại (lần đầu ở dòng {first_line}). Gộp thành một khóa.",
    "Key '{key}' appears twice (first on line {first_line}). Merge them into one key.",
)


def check(ctx: Context) -> Iterator[Finding]:
    """Reported while loading; see :mod:`linter.loader`."""
    yield from ctx.loaded(CODE)

"""A required field is missing.

Thiếu một trường bắt buộc.

[vi]
**Kiểm tra gì.** Lược đồ liệt kê các trường bắt buộc của từng khối: ví dụ một
chỉ tiêu phải có chỉ số, phép so sánh, giá trị, đơn vị, phạm vi và câu in.
Phát hiện nêu tên trường và trỏ tới khối thiếu nó.

**Vì sao quan trọng.** Thiếu trường thì các quy tắc so sánh và trang web không
có dữ liệu để dùng.

**Cách sửa.** Thêm trường còn thiếu; trình soạn thảo gợi ý từ lược đồ.

[en]
**What it checks.** The schema lists each block's required fields: a target
needs an indicator, comparator, value, unit, scope and the printed sentence.
The finding names the field and points at the block that lacks it.

**Why it matters.** Without the field, comparison rules and the site have
nothing to work with.

**How to fix.** Add the missing field; the editor suggests it from the schema.

[fires]
targets:
  - id: t1
    indicator: PAR-INDEX
    comparator: top
    value: 10
    unit: ~            # left out: every target needs a unit

[passes]
targets:
  - id: t1
    indicator: PAR-INDEX
    comparator: top
    value: 10
    unit: rank
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding
from ._context import Context

CODE = "CC010"
NAME = "missing-field"
FAMILY = "syntax"
SEVERITY = "error"

#: The message, in Vietnamese and English; ``{name}`` fields are the finding's parameters.
MESSAGE = (
    "Thiếu trường bắt buộc “{field}”. Thêm trường này.",
    "Missing required field '{field}'. Add it.",
)


def check(ctx: Context) -> Iterator[Finding]:
    """Reported while loading; see :mod:`linter.schema_check`."""
    yield from ctx.loaded(CODE)

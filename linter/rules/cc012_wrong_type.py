"""A value has the wrong type.

Một giá trị sai kiểu.

[vi]
**Kiểm tra gì.** Giá trị phải đúng kiểu của lược đồ: số cho `value`, năm là số
nguyên, văn bản cho các trường chữ. `true`, `null` hay một số ở trường văn bản
đều bị báo.

**Vì sao quan trọng.** YAML đoán kiểu từ cách viết; một giá trị đoán sai kiểu
làm hỏng so sánh và hiển thị.

**Cách sửa.** Viết giá trị theo kiểu được nêu; đặt văn bản trong dấu nháy kép.

[en]
**What it checks.** Values must have the schema's type: a number for `value`,
an integer year, text for text fields. `true`, `null` or a number in a text
field are reported.

**Why it matters.** YAML guesses types from spelling; a wrongly typed value
breaks comparisons and display.

**How to fix.** Write the value in the stated type; quote text.

[fires]
value: "90%"

[passes]
value: 90
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding
from ._context import Context

CODE = "CC012"
NAME = "wrong-type"
FAMILY = "syntax"
SEVERITY = "error"

#: The message, in Vietnamese and English; ``{name}`` fields are the finding's parameters.
MESSAGE = (
    "Sai kiểu: cần {expected}, gặp {got} ({value}). Viết lại giá trị theo đúng kiểu; đặt văn bản trong nháy kép.",
    "Wrong type: expected {expected}, got {got} ({value}). Rewrite the value in the right type; quote text.",
)


def check(ctx: Context) -> Iterator[Finding]:
    """Reported while loading; see :mod:`linter.schema_check`."""
    yield from ctx.loaded(CODE)

"""A value is outside the allowed set, pattern, format or range.

Một giá trị nằm ngoài tập, mẫu, định dạng hoặc miền cho phép.

[vi]
**Kiểm tra gì.** Giá trị liệt kê (loại văn bản, kiểu thời hạn, phép so sánh,
đơn vị, lĩnh vực), mẫu (mã chỉ số, mã cơ quan), định dạng ngày và khoảng số
(quý 1–4, tháng 1–12) phải đúng lược đồ.

**Vì sao quan trọng.** Một giá trị ngoài danh sách không được quy tắc nào hiểu.

**Cách sửa.** Chọn một giá trị trong danh sách được nêu trong thông báo.

[en]
**What it checks.** Enumerated values (document type, deadline kind,
comparator, unit, reform area), patterns (indicator and agency ids), the date
format and numeric ranges (quarter 1–4, month 1–12) must match the schema.

**Why it matters.** A value outside the list is understood by no rule.

**How to fix.** Pick one of the values listed in the message.

[fires]
deadline: {kind: quarter, printed: "Quý V/2021", quarter: 5, year: 2021}

[passes]
deadline: {kind: quarter, printed: "Quý IV/2021", quarter: 4, year: 2021}
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding
from ._context import Context

CODE = "CC013"
NAME = "invalid-value"
FAMILY = "syntax"
SEVERITY = "error"

#: The message, in Vietnamese and English; ``{name}`` fields are the finding's parameters.
MESSAGE = (
    "Giá trị không hợp lệ “{value}”: cần {allowed}.",
    "Invalid value '{value}': expected {allowed}.",
)


def check(ctx: Context) -> Iterator[Finding]:
    """Reported while loading; see :mod:`linter.schema_check`."""
    yield from ctx.loaded(CODE)

"""A field the schema does not know.

Một trường lược đồ không biết.

[vi]
**Kiểm tra gì.** Mỗi khối chỉ nhận các trường có trong lược đồ. Trường lạ
thường là lỗi gõ (`deadine` thay vì `deadline`).

**Vì sao quan trọng.** Trường gõ sai bị mọi công cụ bỏ qua: thông tin đã chép
sẽ không bao giờ được kiểm tra hay hiển thị.

**Cách sửa.** Sửa tên trường theo danh sách được gợi ý trong thông báo.

[en]
**What it checks.** Each block accepts only the fields in the schema. An
unknown field is usually a typo (`deadine` for `deadline`).

**Why it matters.** A mistyped field is ignored by every tool: what was
transcribed would never be checked or shown.

**How to fix.** Rename the field to one of those listed in the message.

[fires]
deadine: {kind: year, printed: "Năm 2022", year: 2022}

[passes]
deadline: {kind: year, printed: "Năm 2022", year: 2022}
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding
from ._context import Context

CODE = "CC011"
NAME = "unknown-field"
FAMILY = "syntax"
SEVERITY = "error"

#: The message, in Vietnamese and English; ``{name}`` fields are the finding's parameters.
MESSAGE = (
    "Trường “{field}” không có trong lược đồ (lỗi gõ?). Các trường hợp lệ: {allowed}.",
    "Field '{field}' is not in the schema (a typo?). Valid fields: {allowed}.",
)


def check(ctx: Context) -> Iterator[Finding]:
    """Reported while loading; see :mod:`linter.schema_check`."""
    yield from ctx.loaded(CODE)

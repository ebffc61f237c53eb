"""The file is empty or holds only comments.

Tệp rỗng hoặc chỉ có chú thích.

[vi]
**Kiểm tra gì.** Một tệp kế hoạch hoặc danh mục phải có nội dung.

**Vì sao quan trọng.** Tệp rỗng thường là kết quả của một lần lưu hỏng hoặc sao
chép dở dang.

**Cách sửa.** Khôi phục nội dung, hoặc xóa tệp; `cchc new` tạo khung kế hoạch hợp lệ.

[en]
**What it checks.** A plan or registry file must have content.

**Why it matters.** An empty file is usually a broken save or an unfinished copy.

**How to fix.** Restore the content or delete the file; `cchc new` scaffolds a valid plan.

[fires]
# only a comment

[passes]
slug: bac-ninh-584-kh-ubnd-2020
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding
from ._context import Context

CODE = "CC020"
NAME = "empty-document"
FAMILY = "syntax"
SEVERITY = "error"

#: The message, in Vietnamese and English; ``{name}`` fields are the finding's parameters.
MESSAGE = (
    "Tệp rỗng hoặc chỉ có chú thích. Thêm nội dung hoặc xóa tệp.",
    "The file is empty or only comments. Add content or delete it.",
)


def check(ctx: Context) -> Iterator[Finding]:
    """Reported while loading; see :mod:`linter.schema_check`."""
    yield from ctx.loaded(CODE)

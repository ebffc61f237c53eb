"""The file is not UTF-8 text, or holds a forbidden control character.

Tệp không phải văn bản UTF-8, hoặc chứa ký tự điều khiển bị cấm.

[vi]
**Kiểm tra gì.** Tệp phải là văn bản UTF-8 (có thể có BOM), không có byte NUL
hay ký tự điều khiển khác ngoài tab và xuống dòng. Tệp UTF-16 bị từ chối rõ ràng.

**Vì sao quan trọng.** Dữ liệu tiếng Việt sai mã hóa sẽ hiện thành ký tự rác
trên trang web và trong bản xuất.

**Cách sửa.** Lưu lại tệp với mã hóa UTF-8; xóa ký tự điều khiển ở vị trí được báo.

[en]
**What it checks.** The file must be UTF-8 text (a BOM is allowed) without NUL
bytes or control characters other than tab and newlines. UTF-16 files are
refused with a clear message.

**Why it matters.** Wrongly encoded Vietnamese text shows as garbage on the
site and in exports.

**How to fix.** Save the file as UTF-8; delete the control character at the
reported position.

[fires]
title: "Kế hoạch\\x00"   # a NUL byte in the file

[passes]
title: "Kế hoạch"
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding
from ._context import Context

CODE = "CC004"
NAME = "encoding-error"
FAMILY = "syntax"
SEVERITY = "error"


def check(ctx: Context) -> Iterator[Finding]:
    """Reported while loading; see :mod:`linter.loader`."""
    yield from ctx.loaded(CODE)

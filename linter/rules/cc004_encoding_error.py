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

#: The message, in Vietnamese and English; ``{name}`` fields are the finding's parameters.
MESSAGE = (
    "Lỗi mã hóa tệp.",
    "File encoding error.",
)
#: Messages of the finding's variants (its ``variant``, ``problem``, ``limit`` or ``feature`` parameter).
VARIANTS = {
    "utf8": (
        "Tệp không phải UTF-8 hợp lệ (byte {byte}). Lưu lại tệp với mã hóa UTF-8.",
        "The file is not valid UTF-8 (byte {byte}). Save it as UTF-8.",
    ),
    "utf16": (
        "Tệp mã hóa UTF-16; dữ liệu phải là UTF-8. Lưu lại tệp với mã hóa UTF-8.",
        "The file is UTF-16 encoded; data must be UTF-8. Save it as UTF-8.",
    ),
    "control": (
        "Ký tự điều khiển không được phép ({char}). Xóa ký tự này.",
        "Forbidden control character ({char}). Delete it.",
    ),
    "link-outside": (
        "Tệp là liên kết tượng trưng trỏ ra ngoài dự án nên không được đọc (nội dung của nó có thể lộ ra trong báo cáo). Đặt tệp thật vào dự án.",
        "The file is a symbolic link pointing out of the project, so it is not read (its content could leak into reports). Put the real file in the project.",
    ),
    "link-loop": (
        "Tệp là một vòng liên kết tượng trưng. Xóa liên kết.",
        "The file is a loop of symbolic links. Remove the link.",
    ),
    "not-regular": (
        "Đây không phải tệp thường (FIFO, thiết bị …) nên không được đọc. Xóa nó khỏi thư mục dữ liệu.",
        "This is not a regular file (a FIFO, a device …), so it is not read. Remove it from the data folders.",
    ),
    "unreadable": (
        "Không đọc được tệp: {detail}.",
        "Cannot read the file: {detail}.",
    ),
}


def check(ctx: Context) -> Iterator[Finding]:
    """Reported while loading; see :mod:`linter.loader`."""
    yield from ctx.loaded(CODE)

r"""A text holds a control character, written as a YAML escape.

Văn bản chứa ký tự điều khiển, viết bằng mã thoát YAML.

[vi]
**Kiểm tra gì.** Ký tự điều khiển (C0 trừ tab và xuống dòng, DEL, C1 như
`\x86`, ký tự định hướng hai chiều như `\u202e`, dấu ngăn dòng `\u2028`, ký tự
không hợp lệ `\uffff`, nửa cặp thay thế `\ud800`) viết bằng mã thoát trong chuỗi
nháy kép. Ký tự điều khiển viết thẳng trong tệp đã bị CC004 từ chối.

**Vì sao quan trọng.** Không văn bản in nào có các ký tự này. Chúng có thể đảo
chiều chữ hiển thị, ghi vào bộ nhớ tạm của terminal, hay làm trình đọc YAML khác
hiểu sai phần đầu trang. Trang web và báo cáo luôn hiện chúng dưới dạng mã thoát.

**Cách sửa.** Xóa mã thoát khỏi chuỗi.

[en]
**What it checks.** A control character (C0 but tab and line breaks, DEL, C1
such as `\x86`, bidirectional controls such as `\u202e`, the line separator
`\u2028`, noncharacters such as `\uffff`, a lone surrogate `\ud800`) written as an
escape in a double-quoted string. A control character written raw in the file is
already rejected by CC004.

**Why it matters.** No printed text holds them. They can reverse how text is
displayed, write to a terminal's clipboard, or make another YAML reader
misread a page's front matter. The site and the reports always show them as
escapes.

**How to fix.** Remove the escape from the string.

[fires]
title: {vi: "\x86Kế hoạch cải cách hành chính", en: "Administrative reform plan"}

[passes]
title: {vi: "Kế hoạch cải cách hành chính", en: "Administrative reform plan"}
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding
from ._context import Context

CODE = "CC008"
NAME = "control-character"
FAMILY = "syntax"
SEVERITY = "error"

#: The message, in Vietnamese and English; ``{name}`` fields are the finding's parameters.
MESSAGE = (
    "Ký tự điều khiển {char} trong văn bản (viết bằng mã thoát). Văn bản in không có ký tự này: xóa nó. Trang web và báo cáo hiện nó dưới dạng mã thoát.",
    "Control character {char} in the text (written as an escape). No printed text holds it: delete it. The site and the reports show it as an escape.",
)


def check(ctx: Context) -> Iterator[Finding]:
    yield from ctx.loaded(CODE)

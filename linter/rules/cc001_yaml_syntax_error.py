"""The file is not well-formed YAML.

Tệp không phải YAML hợp lệ.

[vi]
**Kiểm tra gì.** Tệp phải là YAML 1.2 hợp lệ. Trình phân tích dừng ở lỗi đầu
tiên (ví dụ thụt lề bằng tab, dấu ngoặc không đóng, dấu hai chấm thiếu khoảng
trắng) và báo đúng dòng, cột.

**Vì sao quan trọng.** Một tệp không đọc được thì không quy tắc nào kiểm tra
được; trang web cũng không dựng được kế hoạch đó.

**Cách sửa.** Mở tệp ở dòng, cột được báo; thụt lề bằng dấu cách, đóng ngoặc,
đặt văn bản có dấu hai chấm trong dấu nháy kép.

[en]
**What it checks.** The file must be valid YAML 1.2. The parser stops at the
first error (a tab used for indentation, an unclosed bracket, a colon without
a following space) and reports its line and column.

**Why it matters.** No other rule can check a file that cannot be read, and
the site cannot show the plan.

**How to fix.** Go to the reported line and column; indent with spaces, close
brackets, put text containing colons in double quotes.

[fires]
title:
\tvi: "Kế hoạch"   # a tab before vi

[passes]
title:
  vi: "Kế hoạch"
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding
from ._context import Context

CODE = "CC001"
NAME = "yaml-syntax-error"
FAMILY = "syntax"
SEVERITY = "error"

#: The message, in Vietnamese and English; ``{name}`` fields are the finding's parameters.
MESSAGE = (
    "Lỗi cú pháp YAML: {problem}. Sửa cú pháp tại vị trí này (thụt lề bằng dấu cách, đóng ngoặc, đặt văn bản có dấu hai chấm trong nháy kép).",
    "YAML syntax error: {problem}. Fix the syntax here (indent with spaces, close brackets, quote text containing colons).",
)
#: Messages of the finding's variants (its ``variant``, ``problem``, ``limit`` or ``feature`` parameter).
VARIANTS = {
    "tab": (
        "Lỗi cú pháp YAML: không được thụt lề bằng ký tự tab. Thay tab bằng dấu cách.",
        "YAML syntax error: tabs are not allowed for indentation. Replace the tab with spaces.",
    ),
}


def check(ctx: Context) -> Iterator[Finding]:
    """Reported while loading; see :mod:`linter.loader`."""
    yield from ctx.loaded(CODE)

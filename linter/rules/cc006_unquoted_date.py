"""A date is written without quotes.

Một ngày được viết không có dấu nháy.

[vi]
**Kiểm tra gì.** Ngày phải viết trong dấu nháy: `date: "2021-12-06"`. Không có
dấu nháy, YAML hiểu đó là kiểu ngày thay vì văn bản; ở trường văn bản, giá trị
bị đổi kiểu ngầm.

**Vì sao quan trọng.** Giữ mọi giá trị đúng như được gõ, và để trình định dạng,
lược đồ, công cụ khác đọc giống nhau.

**Cách sửa.** Thêm dấu nháy kép quanh ngày; `cchc fmt` làm việc này tự động.

[en]
**What it checks.** Dates must be quoted: `date: "2021-12-06"`. Unquoted,
YAML reads a timestamp rather than text; in a text field the value silently
changes type.

**Why it matters.** Every value stays exactly as typed, and the formatter, the
schema and other tools read it the same way.

**How to fix.** Put double quotes around the date; `cchc fmt` does it for you.

[fires]
date: 2021-12-06

[passes]
date: "2021-12-06"
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding
from ._context import Context

CODE = "CC006"
NAME = "unquoted-date"
FAMILY = "syntax"
SEVERITY = "warning"

#: The message, in Vietnamese and English; ``{name}`` fields are the finding's parameters.
MESSAGE = (
    'Ngày {value} viết không có dấu nháy. Viết "{value}" (cchc fmt tự sửa).',
    'Date {value} is not quoted. Write "{value}" (cchc fmt fixes it).',
)


def check(ctx: Context) -> Iterator[Finding]:
    for lf in ctx.corpus.files.values():
        for pointer in lf.unquoted_dates:
            yield Finding(CODE, lf.location(pointer), {"value": _value_at(lf.data, pointer)})


def _value_at(data: object, pointer: str) -> str:
    node = data
    for token in pointer.split("/")[1:]:
        token = token.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict):
            node = node.get(token)
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            return ""
    return str(node)

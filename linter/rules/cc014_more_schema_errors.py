"""A file has more schema errors than are listed one by one.

Tệp có nhiều lỗi lược đồ hơn số được liệt kê từng lỗi.

[vi]
**Kiểm tra gì.** Mỗi tệp chỉ liệt kê tối đa 25 lỗi lược đồ, lỗi liên quan nhất
trước; phát hiện này cho biết còn bao nhiêu lỗi nữa.

**Vì sao quan trọng.** Một tệp sai cấu trúc từ gốc có thể sinh hàng trăm lỗi;
sửa những lỗi đầu thường làm các lỗi sau biến mất.

**Cách sửa.** Sửa các lỗi đã liệt kê rồi chạy lại.

[en]
**What it checks.** At most 25 schema errors are listed per file, the most
relevant first; this finding says how many more there are.

**Why it matters.** A file that is wrong at its root can produce hundreds of
errors; fixing the first ones usually removes the rest.

**How to fix.** Fix the listed errors and run again.

[fires]
# 28 sections without their printed number: more errors than the 25 listed one by one
sections: [{id: a}, {id: b}, {id: c}, {id: d}, {id: e}, {id: f}, {id: g}, {id: h}, {id: i}, {id: j}, {id: k}, {id: l}, {id: m},
           {id: n}, {id: o}, {id: p}, {id: q}, {id: r}, {id: s}, {id: t}, {id: u}, {id: v}, {id: w}, {id: x}, {id: y}, {id: z},
           {id: aa}, {id: ab}]

[passes]
# two sections without their printed number: both are listed, no summary needed
sections: [{id: a}, {id: b}]
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding
from ._context import Context

CODE = "CC014"
NAME = "more-schema-errors"
FAMILY = "syntax"
SEVERITY = "error"

#: The message, in Vietnamese and English; ``{name}`` fields are the finding's parameters.
MESSAGE = (
    "Còn {count} lỗi lược đồ khác trong tệp này. Sửa các lỗi đã liệt kê rồi chạy lại.",
    "{count} more schema errors in this file. Fix the listed ones and run again.",
)


def check(ctx: Context) -> Iterator[Finding]:
    """Reported while loading; see :mod:`linter.schema_check`."""
    yield from ctx.loaded(CODE)

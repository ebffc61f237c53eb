"""A value looks like a date but no such day exists.

Một giá trị trông như ngày tháng nhưng không có ngày đó.

[vi]
**Kiểm tra gì.** Giá trị dạng `YYYY-MM-DD` phải là một ngày có thật
(không có ngày 30/02).

**Vì sao quan trọng.** Ngày sai làm lệch mọi so sánh thời hạn và thời kỳ.

**Cách sửa.** Đối chiếu văn bản gốc. Nếu văn bản in đúng ngày không tồn tại đó,
ghi nguyên văn vào trường `printed`/`date_printed` và xác nhận phát hiện.

[en]
**What it checks.** A `YYYY-MM-DD` value must be a real day (there is no 30 February).

**Why it matters.** A wrong date skews every deadline and period comparison.

**How to fix.** Check the source. If the document really prints an impossible
date, keep it in the `printed`/`date_printed` text and acknowledge the finding.

[fires]
date: 2021-02-30

[passes]
date: "2021-02-28"
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding
from ._context import Context

CODE = "CC007"
NAME = "invalid-date"
FAMILY = "syntax"
SEVERITY = "error"

#: The message, in Vietnamese and English; ``{name}`` fields are the finding's parameters.
MESSAGE = (
    "“{value}” không phải là một ngày có thật. Đối chiếu văn bản gốc.",
    "'{value}' is not a real date. Check the source document.",
)


def check(ctx: Context) -> Iterator[Finding]:
    """Reported while loading; see :mod:`linter.loader`."""
    yield from ctx.loaded(CODE)

"""A budget's printed unit disagrees with its recorded unit or the annex's unit line.

Đơn vị in của kinh phí khác đơn vị đã ghi hoặc đơn vị tính của phụ lục.

[vi]
**Kiểm tra gì.** Chuỗi kinh phí in (`printed`) có thể mang đơn vị (“20.000đ”,
“50 triệu đồng”). Đơn vị đó được so với `unit` đã ghi, và với dòng “Đơn vị tính”
của phụ lục chứa nhiệm vụ.

**Vì sao quan trọng.** “20.000đ” trong bảng “Đơn vị tính: nghìn đồng” có thể là
hai mươi nghìn hay hai mươi triệu đồng: chênh lệch nghìn lần.

**Cách sửa.** Ghi `unit` theo văn bản; nếu văn bản tự mâu thuẫn, xác nhận phát hiện.

[en]
**What it checks.** A printed budget (`printed`) may carry a unit ("20.000đ",
"50 triệu đồng"). That unit is compared with the recorded `unit` and with the
"Đơn vị tính" (unit) line of the annex holding the task.

**Why it matters.** "20.000đ" in a table whose unit line says "thousand dong"
is either twenty thousand or twenty million dong: a thousandfold difference.

**How to fix.** Record `unit` as the document gives it; if the document
contradicts itself, acknowledge.

[fires]
budget: {amount: 20000, unit: nghin-dong, printed: "20.000đ"}

[passes]
budget: {amount: 20000, unit: nghin-dong, printed: "20.000"}
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..findings import Finding
from ..textnorm import fold
from ._context import Context

CODE = "CC209"
NAME = "budget-unit-mismatch"
FAMILY = "tasks"
SEVERITY = "warning"

#: The message, in Vietnamese and English; ``{name}`` fields are the finding's parameters.
MESSAGE = (
    "Kinh phí “{printed}” của nhiệm vụ {task} ghi đơn vị {unit}, khác đơn vị tính của phụ lục ({table_unit}).",
    "Task {task}'s budget '{printed}' is in {unit}, unlike the annex's stated unit ({table_unit}).",
)

_UNITS = (
    ("ty-dong", r"\bty\b"),
    ("trieu-dong", r"\btrieu\b|\btr\.?d\b"),
    ("nghin-dong", r"\bnghin\b|\bngan\b"),
    ("dong", r"\d\s*d\b|\bdong\b|vnd"),
)


def unit_in(text: str) -> str | None:
    """The money unit written in ``text`` (folded), if any."""
    s = fold(text)
    for unit, pattern in _UNITS:
        if re.search(pattern, s):
            return unit
    return None


def check(ctx: Context) -> Iterator[Finding]:
    for plan in ctx.plans():
        table_unit = None
        for annex in plan.annexes:
            if annex.unit_printed:
                table_unit = unit_in(annex.unit_printed)
        for task in plan.tasks:
            b = task.budget
            if b is None:
                continue
            printed_unit = unit_in(b.printed)
            expected = b.unit or (table_unit if task.source == "appendix" else None)
            if printed_unit and expected and printed_unit != expected:
                yield Finding(
                    CODE,
                    ctx.loc(plan, b.pointer + "/printed"),
                    {"task": task.id, "printed": b.printed, "unit": printed_unit, "table_unit": expected},
                )

"""A percentage target lies outside 0–100.

Chỉ tiêu phần trăm nằm ngoài 0–100.

[vi]
**Kiểm tra gì.** Chỉ tiêu có đơn vị `percent` phải có giá trị (và cận trên) trong 0–100.

**Vì sao quan trọng.** “Tỷ lệ hài lòng 190%” là lỗi gõ hoặc lỗi OCR rõ ràng.

**Cách sửa.** Đối chiếu văn bản gốc; nếu in như vậy, xác nhận phát hiện.

[en]
**What it checks.** A target in `percent` must have its value (and upper bound) within 0–100.

**Why it matters.** "190% satisfaction" is an obvious typo or OCR error.

**How to fix.** Check the source; if it prints it so, acknowledge.

[fires]
targets:
  - {id: t1, indicator: SATISFACTION-ADMIN, comparator: at-least, value: 190, unit: percent, year: 2025, scope: {level: toan-tinh}, printed: {vi: "…", en: "…"}}

[passes]
targets:
  - {id: t1, indicator: SATISFACTION-ADMIN, comparator: at-least, value: 90, unit: percent, year: 2025, scope: {level: toan-tinh}, printed: {vi: "…", en: "…"}}
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding
from ._context import Context

CODE = "CC304"
NAME = "percentage-out-of-range"
FAMILY = "targets"
SEVERITY = "error"

#: The message, in Vietnamese and English; ``{name}`` fields are the finding's parameters.
MESSAGE = (
    "Tỷ lệ {value}% nằm ngoài khoảng 0–100.",
    "Percentage {value}% is outside 0–100.",
)


def check(ctx: Context) -> Iterator[Finding]:
    for plan in ctx.plans():
        for t in plan.targets:
            if t.unit != "percent":
                continue
            for field, value in (("value", t.value), ("value_max", t.value_max)):
                if value is not None and not 0 <= value <= 100:
                    yield Finding(CODE, ctx.loc(plan, f"{t.pointer}/{field}"), {"target": t.id, "value": f"{value:g}"})

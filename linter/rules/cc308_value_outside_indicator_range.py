"""A target's value lies outside its indicator's valid range.

Giá trị chỉ tiêu nằm ngoài miền hợp lệ của chỉ số.

[vi]
**Kiểm tra gì.** Khi chỉ tiêu dùng cùng đơn vị với chỉ số (điểm PAR INDEX, PCI …),
giá trị phải nằm trong miền của chỉ số ghi ở danh mục (ví dụ DTI 0–1, PAPI 0–80).

**Vì sao quan trọng.** “PCI đạt 120 điểm” là không thể; thường là nhầm đơn vị.

**Cách sửa.** Đối chiếu văn bản và đơn vị; nếu in như vậy, xác nhận phát hiện.

[en]
**What it checks.** When a target uses its indicator's own unit (PAR INDEX or
PCI points …), the value must be within the indicator's range in the
registry (DTI 0–1, PAPI 0–80 …).

**Why it matters.** "PCI of 120 points" is impossible; usually a unit mix-up.

**How to fix.** Check the source and the unit; if it prints it so, acknowledge.

[fires]
targets:
  - {id: t1, indicator: PCI, comparator: at-least, value: 120, unit: score, year: 2025, scope: {level: tinh}, printed: {vi: "…", en: "…"}}

[passes]
targets:
  - {id: t1, indicator: PCI, comparator: at-least, value: 70, unit: score, year: 2025, scope: {level: tinh}, printed: {vi: "…", en: "…"}}
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding
from ._context import Context

CODE = "CC308"
NAME = "value-outside-indicator-range"
FAMILY = "targets"
SEVERITY = "error"

#: The message, in Vietnamese and English; ``{name}`` fields are the finding's parameters.
MESSAGE = (
    "Giá trị {value} của chỉ tiêu {target} nằm ngoài miền {min}–{max} của chỉ số {indicator}.",
    "Target {target}'s value {value} is outside indicator {indicator}'s range {min}–{max}.",
)


def check(ctx: Context) -> Iterator[Finding]:
    for plan in ctx.plans():
        for t in plan.targets:
            ind = ctx.corpus.indicators.get(t.indicator)
            if ind is None or ind.unit != t.unit or t.unit == "percent":
                continue
            lo, hi = ind.range
            for field, value in (("value", t.value), ("value_max", t.value_max)):
                if value is not None and not lo <= value <= hi:
                    yield Finding(
                        CODE,
                        ctx.loc(plan, f"{t.pointer}/{field}"),
                        {"target": t.id, "value": f"{value:g}", "indicator": t.indicator, "min": f"{lo:g}", "max": f"{hi:g}"},
                    )

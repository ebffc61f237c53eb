"""A target is due outside the plan's period.

Chỉ tiêu có hạn nằm ngoài thời kỳ của kế hoạch.

[vi]
**Kiểm tra gì.** Năm của chỉ tiêu (hoặc giai đoạn của nó) phải nằm trong thời kỳ
của kế hoạch. Kế hoạch 2021–2025 đặt “đến năm 2030” là chỉ tiêu định hướng ngoài kỳ.

**Vì sao quan trọng.** Chỉ tiêu ngoài kỳ không được kiểm điểm khi kết thúc kế hoạch.

**Cách sửa.** Đối chiếu văn bản; chỉ tiêu định hướng in đúng như vậy thì xác nhận phát hiện.

[en]
**What it checks.** A target's year (or period) must lie within the plan
period. A 2021–2025 plan setting "by 2030" is an orientation beyond its term.

**Why it matters.** A target outside the period is never reviewed when the plan closes.

**How to fix.** Check the source; acknowledge an orientation target printed so.

[fires]
period: {start: 2022, end: 2025}
targets:
  - {id: t1, indicator: PCI, comparator: top, value: 10, unit: rank, year: 2030, scope: {level: tinh}, printed: {vi: "…", en: "…"}}

[passes]
period: {start: 2022, end: 2025}
targets:
  - {id: t1, indicator: PCI, comparator: top, value: 10, unit: rank, year: 2025, scope: {level: tinh}, printed: {vi: "…", en: "…"}}
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding
from ..periods import period_words
from ._context import Context

CODE = "CC306"
NAME = "target-outside-period"
FAMILY = "targets"
SEVERITY = "warning"

#: The message, in Vietnamese and English; ``{name}`` fields are the finding's parameters.
MESSAGE = (
    "Chỉ tiêu {target} đến hạn năm {year}, ngoài thời kỳ của kế hoạch ({period}).",
    "Target {target} is due in {year}, outside the plan period ({period}).",
)


def check(ctx: Context) -> Iterator[Finding]:
    for plan in ctx.plans():
        start, end = plan.period
        for t in plan.targets:
            years = [t.year] if t.year is not None else list(t.period or ())
            field = "year" if t.year is not None else "period"
            bad = [y for y in years if not start <= y <= end]
            if bad:
                yield Finding(
                    CODE,
                    ctx.loc(plan, f"{t.pointer}/{field}"),
                    {"target": t.id, "year": bad[0], "start": start, "end": end, "period": period_words(start, end)},
                )

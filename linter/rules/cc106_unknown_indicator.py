"""A target names an indicator that is not in the indicator registry.

Chỉ tiêu nêu một chỉ số không có trong danh mục chỉ số.

[vi]
**Kiểm tra gì.** Mã `indicator` của mỗi chỉ tiêu phải có trong `registry/indicators/`.

**Vì sao quan trọng.** Danh mục cho biết đơn vị, miền giá trị và hướng “tốt hơn”
của chỉ số; thiếu nó thì không so được chỉ tiêu giữa các kế hoạch.

**Cách sửa.** Dùng mã có sẵn (PAR-INDEX, SIPAS, PAPI, PCI, DTI, POBI …) hoặc thêm
chỉ số mới với tên, định nghĩa, đơn vị, hướng và cơ quan công bố.

[en]
**What it checks.** Each target's `indicator` code must exist in `registry/indicators/`.

**Why it matters.** The registry gives the unit, valid range and better
direction; without it targets cannot be compared across plans.

**How to fix.** Use an existing code (PAR-INDEX, SIPAS, PAPI, PCI, DTI, POBI …)
or add the indicator with name, definition, unit, direction and publisher.

[fires]
targets:
  - {id: t1, indicator: PAR-IDNEX, comparator: top, value: 10, unit: rank, year: 2025, scope: {level: tinh}, printed: {vi: "…", en: "…"}}

[passes]
targets:
  - {id: t1, indicator: PAR-INDEX, comparator: top, value: 10, unit: rank, year: 2025, scope: {level: tinh}, printed: {vi: "…", en: "…"}}
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding
from ._context import Context

CODE = "CC106"
NAME = "unknown-indicator"
FAMILY = "references"
SEVERITY = "error"

#: The message, in Vietnamese and English; ``{name}`` fields are the finding's parameters.
MESSAGE = (
    "Chỉ số “{indicator}” không có trong danh mục chỉ số. Thêm vào registry/indicators/ hoặc sửa mã.",
    "Indicator '{indicator}' is not in the indicator registry. Add it under registry/indicators/ or fix the code.",
)


def check(ctx: Context) -> Iterator[Finding]:
    for plan in ctx.plans():
        for t in plan.targets:
            if t.indicator not in ctx.corpus.indicators:
                yield Finding(CODE, ctx.loc(plan, t.pointer + "/indicator"), {"indicator": t.indicator})

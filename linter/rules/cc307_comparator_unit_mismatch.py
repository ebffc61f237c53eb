"""A target's comparator does not fit its unit.

Phép so sánh của chỉ tiêu không hợp với đơn vị của nó.

[vi]
**Kiểm tra gì.** “Trong nhóm N” (`top`) đi với đơn vị `rank` hoặc `group`; đơn vị
`rank` không đi với “tối thiểu”/“trên” (thứ hạng nhỏ hơn mới là tốt hơn); khoảng
(`range`) cần `value_max` không nhỏ hơn `value`.

**Vì sao quan trọng.** Dạng sai làm phép so sánh với kế hoạch cấp trên đảo chiều.

**Cách sửa.** Chọn phép so sánh và đơn vị theo câu in.

[en]
**What it checks.** "Top N" (`top`) goes with unit `rank` or `group`; unit
`rank` does not go with "at least"/"more than" (a smaller rank is better); a
`range` needs a `value_max` not below `value`.

**Why it matters.** A wrong shape turns the comparison with the parent plan upside down.

**How to fix.** Pick the comparator and unit the printed sentence means.

[fires]
targets:
  - {id: t1, indicator: PCI, comparator: top, value: 10, unit: percent, year: 2025, scope: {level: tinh}, printed: {vi: "…", en: "…"}}

[passes]
targets:
  - {id: t1, indicator: PCI, comparator: top, value: 10, unit: rank, year: 2025, scope: {level: tinh}, printed: {vi: "…", en: "…"}}
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding
from ._context import Context

CODE = "CC307"
NAME = "comparator-unit-mismatch"
FAMILY = "targets"
SEVERITY = "error"

#: The message, in Vietnamese and English; ``{name}`` fields are the finding's parameters.
MESSAGE = (
    "Phép so sánh {comparator} không hợp với đơn vị {unit} của chỉ tiêu {target}.",
    "Comparator {comparator} does not fit unit {unit} in target {target}.",
)


def check(ctx: Context) -> Iterator[Finding]:
    for plan in ctx.plans():
        for t in plan.targets:
            bad = (
                (t.comparator == "top" and t.unit not in ("rank", "group"))
                or (t.unit == "rank" and t.comparator in ("at-least", "more-than", "increase-by"))
                or (t.comparator == "range" and (t.value_max is None or t.value_max < t.value))
            )
            if bad:
                yield Finding(CODE, ctx.loc(plan, t.pointer + "/comparator"), {"target": t.id, "comparator": t.comparator, "unit": t.unit})

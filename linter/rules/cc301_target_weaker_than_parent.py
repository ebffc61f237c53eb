"""A child plan's target is weaker than its parent plan's milestone for the same year.

Chỉ tiêu của kế hoạch cấp dưới thấp hơn mốc của kế hoạch cấp trên cho cùng năm.

[vi]
**Kiểm tra gì.** Với kế hoạch có `parent`, mỗi chỉ tiêu được so với mốc của kế
hoạch cấp trên cho **cùng chỉ số, cùng phạm vi và cùng năm** (mốc năm 2023 với
2023, không phải 2025). Nếu cấp trên không đặt mốc riêng cho năm đó, chỉ tiêu cả
giai đoạn có chứa năm đó được dùng: một chỉ tiêu ghi cho cả giai đoạn (“trong giai
đoạn 2021-2025”, “hằng năm”, hay mục tiêu chung không in năm) được hiểu là mức
phải giữ trong mọi năm của giai đoạn. Chỉ tiêu “đến năm 2025” là mốc của năm 2025
(`year: 2025`), không áp cho các năm trước. Phép so sánh theo kiểu chỉ tiêu và hướng của
chỉ số: “trong nhóm 8” mạnh hơn “trong nhóm 10”; “tối thiểu 90%” mạnh hơn “85%”.
Chỉ tiêu khác dạng (thứ hạng với tỷ lệ) không bị so.

**Vì sao quan trọng.** Kế hoạch năm hoặc kế hoạch của sở thực hiện kế hoạch giai
đoạn của tỉnh; đặt chỉ tiêu thấp hơn là âm thầm hạ mục tiêu của tỉnh.

**Cách sửa.** Đối chiếu hai văn bản. Nếu chép sai, sửa. Nếu văn bản cấp dưới in
đúng chỉ tiêu thấp hơn, xác nhận phát hiện và ghi lý do.

[en]
**What it checks.** For a plan with a `parent`, each target is held against
the parent's milestone for the **same indicator, scope and year** (a 2023
target against the 2023 milestone, not 2025). When the parent sets no
milestone for that year, a target for a period containing it is used: a target
given for a whole period ("trong giai đoạn 2021-2025", "hằng năm", or a general
objective printed without a year) is read as a level to hold in every year of
the period. A target "by 2025" ("đến năm 2025") is the 2025 milestone
(`year: 2025`) and does not apply to earlier years.
Comparison follows the target's shape and the indicator's direction: "top 8"
beats "top 10", "at least 90%" beats "85%". Targets of different shapes (a
rank and a rate) are not compared.

**Why it matters.** An annual or departmental plan implements the province's
multi-year plan; a lower target silently lowers the province's goal.

**How to fix.** Compare the two documents. Fix a transcription slip; if the
child document really prints the lower target, acknowledge with the reason.

[fires]
# parent: PAR-INDEX top 10 for 2021–2025
parent: tinh-a-100-kh-ubnd-2022
targets:
  - {id: t1, indicator: PAR-INDEX, comparator: top, value: 15, unit: rank, year: 2023, scope: {level: tinh}, printed: {vi: "Top 15", en: "Top 15"}}

[passes]
parent: tinh-a-100-kh-ubnd-2022
targets:
  - {id: t1, indicator: PAR-INDEX, comparator: top, value: 8, unit: rank, year: 2023, scope: {level: tinh}, printed: {vi: "Top 8", en: "Top 8"}}
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding
from ..model import Target
from ._context import Context
from ._targets import bound, describe

CODE = "CC301"
NAME = "target-weaker-than-parent"
FAMILY = "targets"
SEVERITY = "error"

#: The message, in Vietnamese and English; ``{name}`` fields are the finding's parameters.
MESSAGE = (
    "Chỉ tiêu {target} ({value_text}) yếu hơn mốc của kế hoạch cấp trên {parent} cho cùng chỉ số {indicator} năm {year} ({parent_text}).",
    "Target {target} ({value_text}) is weaker than parent plan {parent}'s milestone for {indicator} in {year} ({parent_text}).",
)


def milestones_for(parent_targets: tuple[Target, ...], child: Target, year: int) -> list[Target]:
    """The parent's targets a child target for ``year`` is held against."""
    same = [t for t in parent_targets if t.indicator == child.indicator and t.scope.key() == child.scope.key() and t.unit == child.unit]
    exact = [t for t in same if t.year == year]
    if exact:
        return exact
    return [t for t in same if t.year is None and t.period and t.period[0] <= year <= t.period[1]]


def check(ctx: Context) -> Iterator[Finding]:
    for plan in ctx.plans():
        parent = ctx.corpus.plans.get(plan.parent) if plan.parent else None
        if parent is None:
            continue
        for t in plan.targets:
            year = t.due_year()
            if year is None:
                continue
            indicator = ctx.corpus.indicators.get(t.indicator)
            mine = bound(t, indicator)
            if mine is None:
                continue
            for m in milestones_for(parent.targets, t, year):
                theirs = bound(m, indicator)
                if theirs is not None and mine.weaker_than(theirs):
                    yield Finding(
                        CODE,
                        ctx.loc(plan, t.pointer + "/value"),
                        {
                            "target": t.id,
                            "value_text": describe(t),
                            "parent": parent.slug,
                            "indicator": t.indicator,
                            "year": year,
                            "parent_text": describe(m),
                        },
                        (ctx.loc(parent, m.pointer + "/value"),),
                    )

"""A later milestone within one plan asks less than an earlier one.

Một mốc sau trong cùng kế hoạch đòi hỏi ít hơn mốc trước.

[vi]
**Kiểm tra gì.** Trong một kế hoạch, các mốc của cùng chỉ số và cùng phạm vi được
xếp theo năm; mốc sau không được yếu hơn mốc trước (85% năm 2023 rồi 80% năm
2025 là thụt lùi; “trong nhóm 10” rồi “trong nhóm 15” cũng vậy).

**Vì sao quan trọng.** Lộ trình thụt lùi thường là lỗi gõ, hoặc hai câu của văn bản
mâu thuẫn nhau.

**Cách sửa.** Đối chiếu văn bản; nếu in như vậy, xác nhận phát hiện.

[en]
**What it checks.** Within one plan, milestones of the same indicator and
scope are ordered by year; a later one must not ask less than an earlier one
(85% in 2023 then 80% in 2025 regresses; so does top 10 then top 15).

**Why it matters.** A regressing path is usually a typo, or two sentences of
the document contradicting each other.

**How to fix.** Check the source; if it prints it so, acknowledge.

[fires]
targets:
  - {id: t1, indicator: SATISFACTION-ADMIN, comparator: at-least, value: 85, unit: percent, year: 2023, scope: {level: toan-tinh}, printed: {vi: "…", en: "…"}}
  - {id: t2, indicator: SATISFACTION-ADMIN, comparator: at-least, value: 80, unit: percent, year: 2025, scope: {level: toan-tinh}, printed: {vi: "…", en: "…"}}

[passes]
targets:
  - {id: t1, indicator: SATISFACTION-ADMIN, comparator: at-least, value: 85, unit: percent, year: 2023, scope: {level: toan-tinh}, printed: {vi: "…", en: "…"}}
  - {id: t2, indicator: SATISFACTION-ADMIN, comparator: at-least, value: 90, unit: percent, year: 2025, scope: {level: toan-tinh}, printed: {vi: "…", en: "…"}}
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from ..findings import Finding
from ..model import Target
from ._context import Context
from ._targets import bound, describe

CODE = "CC302"
NAME = "milestone-regression"
FAMILY = "targets"
SEVERITY = "error"

#: The message, in Vietnamese and English; ``{name}`` fields are the finding's parameters.
MESSAGE = (
    "Mốc {year} của chỉ số {indicator} ({value_text}) yếu hơn mốc trước đó {earlier_year} ({earlier_text}) trong cùng kế hoạch.",
    "The {year} milestone for {indicator} ({value_text}) is weaker than the earlier {earlier_year} milestone ({earlier_text}) in the same plan.",
)


def check(ctx: Context) -> Iterator[Finding]:
    for plan in ctx.plans():
        groups: dict[tuple[str, tuple[str, str], str], list[Target]] = {}
        for t in plan.targets:
            if t.year is not None:
                groups.setdefault((t.indicator, t.scope.key(), t.unit), []).append(t)
        for (indicator_code, _, _), targets in groups.items():
            indicator = ctx.corpus.indicators.get(indicator_code)
            ordered = sorted(targets, key=lambda t: t.year or 0)
            for earlier, later in itertools.pairwise(ordered):
                if later.year == earlier.year:
                    continue
                a, b = bound(earlier, indicator), bound(later, indicator)
                if a is not None and b is not None and b.weaker_than(a):
                    yield Finding(
                        CODE,
                        ctx.loc(plan, later.pointer + "/value"),
                        {
                            "indicator": indicator_code,
                            "year": later.year,
                            "value_text": describe(later),
                            "earlier_year": earlier.year,
                            "earlier_text": describe(earlier),
                        },
                        (ctx.loc(plan, earlier.pointer + "/value"),),
                    )

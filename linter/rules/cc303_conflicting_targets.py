"""The same indicator, scope and year (or period) is given two different values.

Cùng chỉ số, phạm vi và năm (hoặc kỳ) được ghi hai giá trị khác nhau.

[vi]
**Kiểm tra gì.** Trong một kế hoạch, hai chỉ tiêu cùng chỉ số, cùng phạm vi (cấp và
lĩnh vực), cùng năm hoặc cùng giai đoạn, cùng dạng so sánh nhưng khác giá trị.

**Vì sao quan trọng.** Văn bản dài thường nhắc lại chỉ tiêu ở phần mục tiêu chung
và phần nội dung; hai con số khác nhau khiến không ai biết phải đạt bao nhiêu.

**Cách sửa.** Đối chiếu văn bản; nếu hai con số thật sự là hai chỉ tiêu khác nhau,
ghi rõ phạm vi (`scope.sector`); nếu văn bản tự mâu thuẫn, xác nhận phát hiện.

[en]
**What it checks.** Within one plan, two targets with the same indicator,
scope (level and sector), year or period and comparator shape but different values.

**Why it matters.** Long documents repeat targets in the objectives and in
the body; two different numbers leave nobody sure what must be reached.

**How to fix.** Check the source; if they are really two targets, make the
scope explicit (`scope.sector`); if the document contradicts itself, acknowledge.

[fires]
targets:
  - {id: t1, indicator: ON-TIME-FILES, comparator: at-least, value: 95, unit: percent, year: 2025, scope: {level: toan-tinh}, printed: {vi: "…", en: "…"}}
  - {id: t2, indicator: ON-TIME-FILES, comparator: at-least, value: 98, unit: percent, year: 2025, scope: {level: toan-tinh}, printed: {vi: "…", en: "…"}}

[passes]
targets:
  - {id: t1, indicator: ON-TIME-FILES, comparator: at-least, value: 95, unit: percent, year: 2025, scope: {level: huyen}, printed: {vi: "…", en: "…"}}
  - {id: t2, indicator: ON-TIME-FILES, comparator: at-least, value: 98, unit: percent, year: 2025, scope: {level: tinh}, printed: {vi: "…", en: "…"}}
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding
from ..model import Target
from ._context import Context
from ._targets import bound, describe

CODE = "CC303"
NAME = "conflicting-targets"
FAMILY = "targets"
SEVERITY = "error"

#: The message, in Vietnamese and English; ``{name}`` fields are the finding's parameters.
MESSAGE = (
    "Chỉ số {indicator}, phạm vi {scope}, {when} được đặt hai giá trị: {value_text} và {other_text} (mục tiêu {other}).",
    "Indicator {indicator}, scope {scope}, {when} is given two values: {value_text} and {other_text} (target {other}).",
)


def _when(t: Target) -> tuple[int, int] | None:
    if t.year is not None:
        return (t.year, t.year)
    return t.period


def check(ctx: Context) -> Iterator[Finding]:
    for plan in ctx.plans():
        seen: dict[tuple[object, ...], Target] = {}
        for t in plan.targets:
            when = _when(t)
            b = bound(t, ctx.corpus.indicators.get(t.indicator))
            if when is None or b is None:
                continue
            k = (t.indicator, t.scope.key(), when, t.unit, b.shape)
            first = seen.get(k)
            if first is None:
                seen[k] = t
            elif first.value != t.value:
                text_when = str(when[0]) if when[0] == when[1] else f"{when[0]}–{when[1]}"
                yield Finding(
                    CODE,
                    ctx.loc(plan, t.pointer + "/value"),
                    {
                        "indicator": t.indicator,
                        "scope": t.scope.level + (f"/{t.scope.sector}" if t.scope.sector else ""),
                        "when": text_when,
                        "value_text": describe(t),
                        "other_text": describe(first),
                        "other": first.id,
                    },
                    (ctx.loc(plan, first.pointer + "/value"),),
                )

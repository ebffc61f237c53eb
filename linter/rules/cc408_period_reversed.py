"""A period whose last year comes before its first.

Một thời kỳ có năm cuối trước năm đầu.

[vi]
**Kiểm tra gì.** `period` của kế hoạch và `period` của chỉ tiêu phải có
`start` ≤ `end`.

**Vì sao quan trọng.** Thời hạn, chỉ tiêu và biểu đồ đều đặt trong thời kỳ; một
thời kỳ ngược làm mọi nhiệm vụ “nằm ngoài thời kỳ” và mọi so sánh sai.

**Cách sửa.** Đối chiếu văn bản: thường là hai năm bị đảo. Nếu văn bản in đúng
như vậy, xác nhận phát hiện.

[en]
**What it checks.** The plan's `period` and every target's `period` must have
`start` ≤ `end`.

**Why it matters.** Deadlines, targets and charts all sit in the period; a
reversed one puts every task "outside the period" and makes every comparison
wrong.

**How to fix.** Check the document: usually the two years are swapped. If the
document prints it so, acknowledge the finding.

[fires]
period: {start: 2025, end: 2021}

[passes]
period: {start: 2021, end: 2025}
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding
from ._context import Context

CODE = "CC408"
NAME = "period-reversed"
FAMILY = "structure"
SEVERITY = "error"

#: The message, in Vietnamese and English; ``{name}`` fields are the finding's parameters.
MESSAGE = (
    "Thời kỳ của {what} ngược: năm đầu {start} sau năm cuối {end}. Đối chiếu văn bản; nếu văn bản in như vậy, xác nhận phát hiện.",
    "The period of {what} is reversed: first year {start} after last year {end}. Check the document; if it prints it so, acknowledge.",
)


def check(ctx: Context) -> Iterator[Finding]:
    for plan in ctx.plans():
        if not ctx.reported(plan):
            continue
        if plan.period[0] > plan.period[1]:
            yield Finding(
                CODE, ctx.loc(plan, "/period"), {"start": plan.period[0], "end": plan.period[1], "what": ("kế hoạch", "the plan")}
            )
        for t in plan.targets:
            if t.period and t.period[0] > t.period[1]:
                yield Finding(
                    CODE,
                    ctx.loc(plan, t.pointer + "/period"),
                    {"start": t.period[0], "end": t.period[1], "what": (f"chỉ tiêu {t.id}", f"target {t.id}")},
                )

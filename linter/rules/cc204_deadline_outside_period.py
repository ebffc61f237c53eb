"""A task's deadline falls outside the plan's period.

Thời hạn của nhiệm vụ nằm ngoài thời kỳ của kế hoạch.

[vi]
**Kiểm tra gì.** Thời hạn có kiểu (ngày, tháng, quý, nửa năm, năm, khoảng năm)
phải nằm trong thời kỳ của kế hoạch. Thời hạn định kỳ (“hàng năm”), thường xuyên
hay theo lộ trình bên ngoài (“theo lộ trình của Trung ương”) không bị xét.

**Vì sao quan trọng.** Kế hoạch năm 2021 giao việc “Quý IV/2022” là giao việc cho
một kế hoạch chưa có; thường là lỗi gõ năm.

**Cách sửa.** Đối chiếu văn bản gốc; nếu văn bản in như vậy, xác nhận phát hiện.

[en]
**What it checks.** A typed deadline (date, month, quarter, half-year, year,
span of years) must fall within the plan period. Recurring ("every year"),
continuous and external ("on the central government's schedule") deadlines are not judged.

**Why it matters.** A 2021 plan giving a task "Q4/2022" assigns work to a plan
that does not exist yet; usually a mistyped year.

**How to fix.** Check the source; if it prints it so, acknowledge.

[fires]
period: {start: 2021, end: 2021}
deadline: {kind: quarter, printed: "Quý IV/2022", quarter: 4, year: 2022}

[passes]
period: {start: 2021, end: 2021}
deadline: {kind: quarter, printed: "Quý IV/2021", quarter: 4, year: 2021}
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding
from ..periods import period_words
from ._context import Context

CODE = "CC204"
NAME = "deadline-outside-period"
FAMILY = "tasks"
SEVERITY = "error"

#: The message, in Vietnamese and English; ``{name}`` fields are the finding's parameters.
MESSAGE = (
    "Thời hạn “{printed}” của nhiệm vụ {task} nằm ngoài thời kỳ của kế hoạch ({period}).",
    "Task {task}'s deadline '{printed}' is outside the plan period ({period}).",
)


def check(ctx: Context) -> Iterator[Finding]:
    for plan in ctx.plans():
        start, end = plan.period
        for task in plan.tasks:
            if task.deadline is None:
                continue
            span = task.deadline.year_span()
            if span and (span[0] < start or span[1] > end):
                yield Finding(
                    CODE,
                    ctx.loc(plan, task.deadline.pointer + "/printed"),
                    {"task": task.id, "printed": task.deadline.printed, "start": start, "end": end, "period": period_words(start, end)},
                )

"""A task's deadline ends before the plan was issued.

Thời hạn của nhiệm vụ kết thúc trước khi kế hoạch được ban hành.

[vi]
**Kiểm tra gì.** Ngày cuối cùng mà thời hạn cho phép (cuối quý, cuối tháng, cuối
năm …) phải không sớm hơn ngày ban hành kế hoạch.

**Vì sao quan trọng.** Một thời hạn đã qua khi kế hoạch ra đời không thể thực hiện.

**Cách sửa.** Đối chiếu văn bản gốc; nếu in như vậy, xác nhận phát hiện.

[en]
**What it checks.** The last day a deadline allows (end of the quarter, month,
year …) must not be earlier than the plan's issue date.

**Why it matters.** A deadline that had passed when the plan was issued cannot be met.

**How to fix.** Check the source; if it prints it so, acknowledge.

[fires]
document: {date: "2022-01-10"}
deadline: {kind: quarter, printed: "Quý IV/2021", quarter: 4, year: 2021}

[passes]
document: {date: "2022-01-10"}
deadline: {kind: quarter, printed: "Quý I/2022", quarter: 1, year: 2022}
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding
from ._context import Context

CODE = "CC205"
NAME = "deadline-before-issue"
FAMILY = "tasks"
SEVERITY = "error"

#: The message, in Vietnamese and English; ``{name}`` fields are the finding's parameters.
MESSAGE = (
    "Thời hạn “{printed}” của nhiệm vụ {task} ({latest}) trước ngày ban hành kế hoạch ({issued}).",
    "Task {task}'s deadline '{printed}' ({latest}) is before the plan's issue date ({issued}).",
)


def check(ctx: Context) -> Iterator[Finding]:
    for plan in ctx.plans():
        issued = plan.header.date
        for task in plan.tasks:
            if task.deadline is None:
                continue
            latest = task.deadline.latest_date()
            if latest and latest < issued:
                yield Finding(
                    CODE,
                    ctx.loc(plan, task.deadline.pointer + "/printed"),
                    {"task": task.id, "printed": task.deadline.printed, "latest": latest, "issued": issued},
                )

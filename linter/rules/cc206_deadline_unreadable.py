"""A task's deadline cannot be read as a date, period, recurrence or external schedule.

Không đọc được thời hạn của nhiệm vụ thành ngày, kỳ, định kỳ hay lộ trình bên ngoài.

[vi]
**Kiểm tra gì.** Thời hạn có kiểu `unreadable`: chuỗi in không đọc được thành
ngày, tháng, quý, năm, định kỳ, thường xuyên hay lộ trình bên ngoài.

**Vì sao quan trọng.** Không đọc được thì không ai theo dõi được tiến độ; trang web
cũng không đặt được nhiệm vụ lên dòng thời gian.

**Cách sửa.** Nếu chuỗi in thật ra có nghĩa (“Quý IV hằng năm”), chọn kiểu phù hợp;
nếu văn bản in mơ hồ, giữ `unreadable` và xác nhận phát hiện.

[en]
**What it checks.** A deadline of kind `unreadable`: the printed string does
not read as a date, month, quarter, year, recurrence, continuous duty or
external schedule.

**Why it matters.** Nobody can track progress against it, and the site cannot
place the task on the timeline.

**How to fix.** If the string does mean something ("Q4 every year"), pick the
matching kind; if the source is vague, keep `unreadable` and acknowledge.

[fires]
deadline: {kind: unreadable, printed: "Sớm"}

[passes]
deadline: {kind: continuous, printed: "Thường xuyên"}
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding
from ._context import Context

CODE = "CC206"
NAME = "deadline-unreadable"
FAMILY = "tasks"
SEVERITY = "warning"

#: The message, in Vietnamese and English; ``{name}`` fields are the finding's parameters.
MESSAGE = (
    "Không đọc được thời hạn “{printed}” của nhiệm vụ {task}. Ghi kiểu thời hạn (quý, năm, hàng năm, theo lộ trình …).",
    "Task {task}'s deadline '{printed}' cannot be read. Give it a typed kind (quarter, year, recurring, external …).",
)


def check(ctx: Context) -> Iterator[Finding]:
    for plan in ctx.plans():
        for task in plan.tasks:
            if task.deadline is not None and task.deadline.kind == "unreadable":
                yield Finding(CODE, ctx.loc(plan, task.deadline.pointer + "/printed"), {"task": task.id, "printed": task.deadline.printed})

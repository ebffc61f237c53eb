"""A task has more than one lead agency.

Nhiệm vụ có nhiều hơn một cơ quan chủ trì.

[vi]
**Kiểm tra gì.** Mỗi nhiệm vụ cần đúng một cơ quan chủ trì. Dữ liệu ghi đúng như
văn bản in, nên một ô “Cơ quan chủ trì” ghi nhiều cơ quan sẽ thành nhiều mục `lead`.

**Vì sao quan trọng.** Nhiều cơ quan cùng chủ trì thì trách nhiệm bị chia nhỏ: khi
nhiệm vụ trễ hạn, không rõ ai phải báo cáo.

**Cách sửa.** Nếu chép sai (một cơ quan phối hợp bị ghi vào chủ trì), sửa. Nếu văn
bản gốc giao nhiều cơ quan chủ trì, giữ nguyên và xác nhận phát hiện.

[en]
**What it checks.** Each task needs exactly one lead agency. Data records what
is printed, so a lead cell naming several agencies becomes several `lead` entries.

**Why it matters.** Shared leadership dilutes accountability: when the task is
late nobody clearly has to report.

**How to fix.** If it is a transcription slip (a cooperating agency recorded as
lead), fix it. If the source assigns several leads, keep it and acknowledge.

[fires]
lead:
  - {agency: tinh-a/so-tu-phap, printed: "Sở Tư pháp"}
  - {agency: tinh-a/so-noi-vu, printed: "Sở Nội vụ"}

[passes]
lead:
  - {agency: tinh-a/so-tu-phap, printed: "Sở Tư pháp"}
cooperating:
  - {agency: tinh-a/so-noi-vu, printed: "Sở Nội vụ"}
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding
from ._context import Context

CODE = "CC202"
NAME = "task-multiple-leads"
FAMILY = "tasks"
SEVERITY = "error"

#: The message, in Vietnamese and English; ``{name}`` fields are the finding's parameters.
MESSAGE = (
    "Nhiệm vụ {task} có {count} cơ quan chủ trì ({agencies}); mỗi nhiệm vụ cần đúng một. Nếu văn bản in như vậy, xác nhận phát hiện.",
    "Task {task} has {count} lead agencies ({agencies}); each task needs exactly one. If the document prints it so, acknowledge.",
)


def check(ctx: Context) -> Iterator[Finding]:
    for plan in ctx.plans():
        for task in plan.tasks:
            if len(task.lead) > 1:
                yield Finding(
                    CODE,
                    ctx.loc(plan, task.pointer + "/lead/1"),
                    {"task": task.id, "count": len(task.lead), "agencies": "; ".join(m.printed for m in task.lead)},
                )

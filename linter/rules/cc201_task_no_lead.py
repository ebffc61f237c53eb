"""A task has no lead agency.

Nhiệm vụ không có cơ quan chủ trì.

[vi]
**Kiểm tra gì.** Mỗi nhiệm vụ phải có một cơ quan chủ trì: ghi trên dòng nhiệm vụ,
hoặc được giao theo lĩnh vực ở phần “Tổ chức thực hiện” (khi đó ghi `assigned_in`).

**Vì sao quan trọng.** Nhiệm vụ không có cơ quan chủ trì là nhiệm vụ không ai chịu
trách nhiệm; đây là một trong những lỗi phổ biến nhất của kế hoạch CCHC.

**Cách sửa.** Tìm trong văn bản nơi giao nhiệm vụ (dòng phụ lục, đoạn “giao …
chủ trì”, phần tổ chức thực hiện) và ghi cơ quan đó. Nếu văn bản thật sự không
giao, giữ `lead: []` và xác nhận phát hiện.

[en]
**What it checks.** Each task needs one lead agency: on the task row, or
assigned by reform area in the implementation section (then with `assigned_in`).

**Why it matters.** A task without a lead is a task nobody answers for; it is
one of the most common flaws of reform plans.

**How to fix.** Find where the document assigns the task (appendix row, a
"… to lead" sentence, the implementation section) and record that agency. If
the document really assigns none, keep `lead: []` and acknowledge.

[fires]
tasks:
  - {id: B.1, number: "1", section: "I.2", source: body, text: {vi: "…", en: "…"}, lead: []}

[passes]
tasks:
  - id: B.1
    number: "1"
    section: "I.2"
    source: body
    text: {vi: "…", en: "…"}
    lead: [{agency: tinh-a/so-noi-vu, printed: "Sở Nội vụ", assigned_in: "II"}]
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding
from ._context import Context

CODE = "CC201"
NAME = "task-no-lead"
FAMILY = "tasks"
SEVERITY = "error"

#: The message, in Vietnamese and English; ``{name}`` fields are the finding's parameters.
MESSAGE = (
    "Nhiệm vụ {task} không có cơ quan chủ trì. Ghi cơ quan chủ trì như văn bản giao; nếu văn bản không giao, xác nhận phát hiện.",
    "Task {task} has no lead agency. Record the lead as the document assigns it; if the document assigns none, acknowledge.",
)


def check(ctx: Context) -> Iterator[Finding]:
    for plan in ctx.plans():
        for task in plan.tasks:
            if not task.lead:
                yield Finding(CODE, ctx.loc(plan, task.pointer + "/lead"), {"task": task.id})

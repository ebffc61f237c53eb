"""A task's lead is a collective ("các Sở, ban, ngành") rather than one agency.

Cơ quan chủ trì của nhiệm vụ là một nhóm (“các Sở, ban, ngành”) chứ không phải một cơ quan.

[vi]
**Kiểm tra gì.** Cơ quan chủ trì có loại `collective` trong danh mục (“các Sở, ban,
ngành”, “UBND cấp huyện”, “các cơ quan, đơn vị liên quan”).

**Vì sao quan trọng.** Một nhóm không thể là đầu mối chịu trách nhiệm; nhiệm vụ
giao cho “các sở, ngành” thường không được ai theo dõi.

**Cách sửa.** Nếu văn bản in như vậy, giữ nguyên và xác nhận phát hiện; nếu một cơ
quan cụ thể được giao ở nơi khác trong văn bản, ghi cơ quan đó.

[en]
**What it checks.** The lead is of kind `collective` in the registry ("các
Sở, ban, ngành", "district People's Committees", "relevant agencies").

**Why it matters.** A collective cannot be the accountable focal point; tasks
given to "all departments" are often followed by nobody.

**How to fix.** If the source prints it so, keep it and acknowledge; if a
specific agency is assigned elsewhere in the document, record that one.

[fires]
lead:
  - {agency: tinh-a/cac-so-ban-nganh, printed: "Các Sở, ban, ngành"}

[passes]
lead:
  - {agency: tinh-a/so-noi-vu, printed: "Sở Nội vụ"}
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding
from ._context import Context

CODE = "CC203"
NAME = "task-collective-lead"
FAMILY = "tasks"
SEVERITY = "warning"

#: The message, in Vietnamese and English; ``{name}`` fields are the finding's parameters.
MESSAGE = (
    "Cơ quan chủ trì của nhiệm vụ {task} là một nhóm ({agency}), không phải một cơ quan cụ thể chịu trách nhiệm.",
    "Task {task}'s lead is a collective ({agency}), not one accountable agency.",
)


def check(ctx: Context) -> Iterator[Finding]:
    for plan in ctx.plans():
        for task in plan.tasks:
            for m in task.lead:
                agency = ctx.agency(m.agency)
                if agency is not None and agency.kind == "collective":
                    yield Finding(CODE, ctx.loc(plan, m.pointer + "/agency"), {"task": task.id, "agency": m.printed})

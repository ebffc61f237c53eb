"""An agency both leads and cooperates on the same task.

Một cơ quan vừa chủ trì vừa phối hợp trong cùng nhiệm vụ.

[vi]
**Kiểm tra gì.** Cùng một mã cơ quan xuất hiện ở cả `lead` và `cooperating` của một nhiệm vụ.

**Vì sao quan trọng.** Thường là lỗi chép cột, hoặc văn bản gốc tự mâu thuẫn.

**Cách sửa.** Bỏ cơ quan khỏi cột sai; nếu văn bản in như vậy, xác nhận phát hiện.

[en]
**What it checks.** The same agency id appears in both `lead` and `cooperating` of one task.

**Why it matters.** Usually a column slip in transcription, or a contradiction in the source.

**How to fix.** Remove the agency from the wrong column; if the source prints it so, acknowledge.

[fires]
lead: [{agency: tinh-a/so-noi-vu, printed: "Sở Nội vụ"}]
cooperating: [{agency: tinh-a/so-noi-vu, printed: "Sở Nội vụ"}]

[passes]
lead: [{agency: tinh-a/so-noi-vu, printed: "Sở Nội vụ"}]
cooperating: [{agency: tinh-a/so-tu-phap, printed: "Sở Tư pháp"}]
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding
from ._context import Context

CODE = "CC208"
NAME = "lead-also-cooperating"
FAMILY = "tasks"
SEVERITY = "warning"

#: The message, in Vietnamese and English; ``{name}`` fields are the finding's parameters.
MESSAGE = (
    "{agency} vừa chủ trì vừa phối hợp trong nhiệm vụ {task}.",
    "{agency} both leads and cooperates on task {task}.",
)


def check(ctx: Context) -> Iterator[Finding]:
    for plan in ctx.plans():
        for task in plan.tasks:
            leads = {m.agency for m in task.lead}
            for m in task.cooperating:
                if m.agency in leads:
                    yield Finding(CODE, ctx.loc(plan, m.pointer + "/agency"), {"task": task.id, "agency": m.printed})

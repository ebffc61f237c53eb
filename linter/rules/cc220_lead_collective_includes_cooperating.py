"""A collective leads a task on which one of its own members cooperates.

Một nhóm cơ quan chủ trì nhiệm vụ mà một cơ quan thuộc nhóm đó lại là cơ quan phối hợp.

[vi]
**Kiểm tra gì.** Một nhiệm vụ do một nhóm cơ quan chủ trì (“Các sở, ban, ngành”,
“UBND cấp huyện”: cơ quan loại `collective` trong danh mục), trong khi một cơ quan
thuộc nhóm đó được ghi là cơ quan phối hợp (“Sở Nội vụ” phối hợp với “Các sở, ban,
ngành” chủ trì): cơ quan ấy vừa chủ trì (qua nhóm) vừa phối hợp. Đây là phần mà
CC208 (cùng một mã cơ quan ở cả hai cột) không thấy.

Danh mục không ghi thành viên của từng nhóm, nên quy tắc dùng những gì danh mục có:
một cơ quan đơn lẻ thuộc một nhóm khi cả hai cùng tỉnh, cùng cấp (`level`) và cùng
cơ quan cấp trên (`parent`, hoặc cùng không có). Ví dụ Sở Nội vụ (cấp tỉnh, trực
thuộc UBND tỉnh) thuộc “Các sở, ban, ngành” (cấp tỉnh, trực thuộc UBND tỉnh), không
thuộc “UBND cấp huyện” (cấp huyện).

Chiều ngược lại (một sở chủ trì, “các sở, ban, ngành” phối hợp) không bị báo: câu
“Sở Nội vụ chủ trì, phối hợp với các sở, ban, ngành” là cách viết thông thường, chỉ
các sở, ngành khác. Mã cơ quan được lấy từ dữ liệu, nên cách viết tên (cách bỏ dấu,
dạng Unicode) không ảnh hưởng.

**Vì sao quan trọng.** Cơ quan phối hợp cũng là một phần của bên chủ trì: trách
nhiệm không rõ, hoặc bản chép đã đặt nhầm cột.

**Cách sửa.** Đối chiếu văn bản gốc; nếu bản chép nhầm cột, sửa; nếu văn bản in như
vậy, xác nhận phát hiện với lý do trích dòng nhiệm vụ.

[en]
**What it checks.** A task led by a collective (“Các sở, ban, ngành”, the
provincial departments; “UBND cấp huyện”, the district committees: an agency of
kind `collective` in the registry) while one of that collective's members is listed
as cooperating (“Sở Nội vụ” cooperating on a task led by “Các sở, ban, ngành”): the
member both leads (through the collective) and cooperates. This is what CC208 (the
same agency id in both columns) does not see.

The registry does not list each collective's members, so the rule uses what it
holds: a single agency belongs to a collective when both are of the same province,
the same level (`level`) and the same parent (`parent`, or neither has one). For
example the Department of Home Affairs (provincial, under the provincial People's
Committee) belongs to “Các sở, ban, ngành” (provincial, under the provincial
People's Committee), not to “UBND cấp huyện” (district level).

The reverse (a department leads, “các sở, ban, ngành” cooperate) is not reported:
“Sở Nội vụ chủ trì, phối hợp với các sở, ban, ngành” is the usual wording and means
the other departments. Agencies are compared by their registry ids, so the printed
spelling (tone placement, Unicode form) does not matter.

**Why it matters.** The cooperating agency is part of the lead: responsibility is
unclear, or the transcription put an agency in the wrong column.

**How to fix.** Check the source; fix a column slip; if the document prints it so,
acknowledge the finding with a reason quoting the task row.

[fires]
lead: [{agency: tinh-a/cac-so-ban-nganh, printed: "Các Sở, ban, ngành"}]
cooperating: [{agency: tinh-a/so-noi-vu, printed: "Sở Nội vụ"}]

[passes]
lead: [{agency: tinh-a/so-noi-vu, printed: "Sở Nội vụ"}]
cooperating: [{agency: tinh-a/cac-so-ban-nganh, printed: "Các Sở, ban, ngành"}]
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding
from ..model import Agency
from ._context import Context

CODE = "CC220"
NAME = "lead-collective-includes-cooperating"
FAMILY = "tasks"
SEVERITY = "warning"

#: The message, in Vietnamese and English; ``{name}`` fields are the finding's parameters.
MESSAGE = (
    "{agency} phối hợp trong nhiệm vụ {task}, nhưng cũng thuộc nhóm chủ trì “{lead}”. Đối chiếu văn bản gốc; nếu văn bản in như vậy, xác nhận phát hiện.",
    "{agency} cooperates on task {task} but also belongs to the leading collective '{lead}'. Check the source; if it is printed so, acknowledge the finding.",
)


def belongs_to(member: Agency, collective: Agency) -> bool:
    """Whether ``member`` is one of the agencies ``collective`` names: a single agency of the same province,
    level and parent (membership is not listed in the registry; level and parent are)."""
    return (
        collective.kind == "collective"
        and member.kind == "single"
        and member.id != collective.id
        and member.scope == collective.scope
        and member.level == collective.level
        and member.parent == collective.parent
    )


def check(ctx: Context) -> Iterator[Finding]:
    for plan in ctx.plans():
        if not ctx.reported(plan):
            continue
        for task in plan.tasks:
            collectives = [(m, a) for m in task.lead if (a := ctx.agency(m.agency)) is not None and a.kind == "collective"]
            if not collectives:
                continue
            for m in task.cooperating:
                member = ctx.agency(m.agency)
                if member is None:
                    continue
                for lead, collective in collectives:
                    if belongs_to(member, collective):
                        yield Finding(
                            CODE,
                            ctx.loc(plan, m.pointer + "/agency"),
                            {"task": task.id, "agency": m.printed, "lead": lead.printed},
                            (ctx.loc(plan, lead.pointer + "/agency"),),
                        )
                        break

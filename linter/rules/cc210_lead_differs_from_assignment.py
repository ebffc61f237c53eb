"""A task's printed lead is not the agency the document assigns its reform area to.

Cơ quan chủ trì in ở nhiệm vụ không phải cơ quan được văn bản giao lĩnh vực cải cách đó.

[vi]
**Kiểm tra gì.** Phần tổ chức thực hiện thường giao cả một lĩnh vực cải cách cho
một cơ quan (`assignments` có `areas`: “Sở Thông tin và Truyền thông chủ trì …
chính quyền số”). Một nhiệm vụ cùng lĩnh vực mà tự ghi cơ quan chủ trì trên dòng
của nó (dòng phụ lục, hay câu “Sở … chủ trì”), không qua phân công (`assigned_in`),
và không có cơ quan nào trong số được giao lĩnh vực ấy, là một phát hiện: văn bản
tự nói hai cách về ai chịu trách nhiệm. Phân công cho một nhóm cơ quan không được
dùng để so; nhiệm vụ giao cho một nhóm (“các sở, ngành”) hay cho chính cơ quan
ban hành, hay cho ủy ban mà sở được giao trực thuộc, không bị coi là khác phân công.

**Vì sao quan trọng.** Người đọc và cơ quan được giao cần biết ai chịu trách
nhiệm; khi phụ lục khác phần phân công, một trong hai chỗ có lẽ là sai, hoặc văn
bản cố ý giao riêng và nên được ghi nhận như vậy.

**Cách sửa.** Đối chiếu văn bản. Nếu chép nhầm cơ quan, sửa. Nếu văn bản in đúng
như vậy, xác nhận phát hiện và trích cả hai chỗ trong lý do.

[en]
**What it checks.** The implementation section often assigns a whole reform area
to one agency (`assignments` with `areas`: "the Department of Information and
Communications leads … digital government"). A task of that area that prints its
own lead on its line (an appendix row, a "Sở … chủ trì" sentence), not through the
assignment (`assigned_in`), and names none of the agencies assigned that area, is
a finding: the document says two things about who is responsible. Assignments to
a group of agencies are not used for the comparison, and a task led by a group
("every department"), by the issuing body or by the committee the assigned
department belongs to displaces no one.

**Why it matters.** Readers and the agencies concerned need to know who is
accountable; when the appendix departs from the assignments, one of the two is
probably wrong, or the document deliberately assigns the task apart, which
should then be recorded as such.

**How to fix.** Compare with the document. Fix a transcription slip; if the
document prints it so, acknowledge the finding, quoting both places.

[fires]
assignments:
  - {id: a1, section: "V.2", areas: [the-che], lead: {agency: tinh-a/so-tu-phap, printed: "Sở Tư pháp"}, text: {vi: "Sở Tư pháp chủ trì cải cách thể chế", en: "…"}}
tasks:
  - {id: PL.1, number: "1", section: PL, source: appendix, area: the-che, text: {vi: "Rà soát văn bản", en: "Review legal documents"},
     lead: [{agency: tinh-a/so-noi-vu, printed: "Sở Nội vụ"}]}

[passes]
assignments:
  - {id: a1, section: "V.2", areas: [the-che], lead: {agency: tinh-a/so-tu-phap, printed: "Sở Tư pháp"}, text: {vi: "Sở Tư pháp chủ trì cải cách thể chế", en: "…"}}
tasks:
  - {id: PL.1, number: "1", section: PL, source: appendix, area: the-che, text: {vi: "Rà soát văn bản", en: "Review legal documents"},
     lead: [{agency: tinh-a/so-tu-phap, printed: "Sở Tư pháp"}]}
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding
from ._context import Context

CODE = "CC210"
NAME = "lead-differs-from-assignment"
FAMILY = "tasks"
SEVERITY = "warning"

#: The message, in Vietnamese and English; ``{name}`` fields are the finding's parameters.
MESSAGE = (
    "Nhiệm vụ {task} ghi chủ trì “{lead}”, trong khi mục {section} giao lĩnh vực này cho “{assigned}”. Đối chiếu văn bản; nếu văn bản in đúng như vậy, xác nhận phát hiện và trích cả hai chỗ.",
    "Task {task} names '{lead}' as lead, while section {section} assigns this reform area to '{assigned}'. Check the document; if it prints it so, acknowledge, quoting both places.",
)


def _collective(ctx: Context, agency_id: str) -> bool:
    agency = ctx.agency(agency_id)
    return agency is not None and agency.kind == "collective"


def _parent(ctx: Context, agency_id: str) -> str | None:
    agency = ctx.agency(agency_id)
    return agency.parent if agency is not None else None


def check(ctx: Context) -> Iterator[Finding]:
    for plan in ctx.plans():
        if not ctx.reported(plan):
            continue
        by_area: dict[str, list[tuple[str, str, str]]] = {}
        for a in plan.assignments:
            if any(_collective(ctx, m.agency) for m in a.leads):
                continue
            leads = list(a.leads)
            for area in a.areas:
                by_area.setdefault(area, []).extend((m.agency, m.printed, a.section) for m in leads)
        for task in plan.tasks:
            assigned = by_area.get(task.area or "")
            if not assigned or not task.lead or any(m.assigned_in for m in task.lead):
                continue
            if any(m.agency == agency for m in task.lead for agency, _, _ in assigned):
                continue
            above = {plan.issuer.agency} | {p for agency, _, _ in assigned if (p := _parent(ctx, agency))}
            if any(_collective(ctx, m.agency) or m.agency in above for m in task.lead):
                continue  # "every department", or the committee above them itself: no other agency is displaced
            _, printed, section = assigned[0]
            yield Finding(
                CODE,
                ctx.loc(plan, task.lead[0].pointer + "/agency"),
                {
                    "task": task.id,
                    "lead": "; ".join(m.printed for m in task.lead),
                    "assigned": printed,
                    "section": section,
                    "area": task.area or "",
                },
            )

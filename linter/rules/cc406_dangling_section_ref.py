"""A task, target, citation or assignment names a section that does not exist.

Nhiệm vụ, chỉ tiêu, trích dẫn hoặc phân công nêu một mục không tồn tại.

[vi]
**Kiểm tra gì.** Giá trị `section` của nhiệm vụ, chỉ tiêu, trích dẫn, phân công,
mục tiêu và dòng tự dẫn, cùng `assigned_in` của cơ quan chủ trì, phải là `id`
của một mục trong `sections`, mã một phụ lục, hoặc một trong các vị trí đặc
biệt: ``preamble`` (phần căn cứ), ``header`` (phần đầu), ``decision`` (các điều
của quyết định), ``signature`` (phần ký), ``recipients`` (nơi nhận).

**Vì sao quan trọng.** Trang web đặt mỗi nhiệm vụ và chỉ tiêu dưới mục của nó
và tạo liên kết tới đó; một mã mục sai làm mất nội dung khỏi trang và hỏng liên kết.

**Cách sửa.** Sửa `section` theo đúng `id` trong `sections` (ví dụ ``II.3.dd``).

[en]
**What it checks.** The `section` of tasks, targets, citations, assignments,
objectives and self-references, and a lead's `assigned_in`, is the `id` of a
section in `sections`, an annex id, or one of the special places: ``preamble``
(legal bases), ``header``, ``decision`` (the decision's articles),
``signature`` and ``recipients``.

**Why it matters.** The site files each task and target under its section and
links to it; a wrong section id drops content from the page and breaks links.

**How to fix.** Set `section` to the right `id` from `sections` (e.g. ``II.3.dd``).

[fires]
sections: [{id: "I", number: "I."}]
tasks:
  - {id: B.II.1, number: "1", section: "II", source: body, text: {vi: "…", en: "…"}, lead: []}

[passes]
sections: [{id: "I", number: "I."}, {id: "II", number: "II."}]
tasks:
  - {id: B.II.1, number: "1", section: "II", source: body, text: {vi: "…", en: "…"}, lead: []}
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding
from ..model import Plan
from ._context import Context

CODE = "CC406"
NAME = "dangling-section-ref"
FAMILY = "structure"
SEVERITY = "error"

#: The message, in Vietnamese and English; ``{name}`` fields are the finding's parameters.
MESSAGE = (
    "Mục “{section}” không tồn tại trong cấu trúc văn bản.",
    "Section '{section}' does not exist in the document's structure.",
)

SPECIAL = frozenset({"preamble", "header", "decision", "signature", "recipients"})


def section_refs(plan: Plan) -> Iterator[tuple[str, str]]:
    """(section id, pointer) of every reference to a section."""
    for group in (plan.tasks, plan.targets, plan.citations, plan.assignments, plan.self_references):
        for item in group:
            if item.section:
                yield item.section, item.pointer + "/section"
    for i, (_, section, _text) in enumerate(plan.objectives):
        if section:
            yield section, f"/objectives/{i}/section"
    for task in plan.tasks:
        for mention in task.lead:
            if mention.assigned_in:
                yield mention.assigned_in, mention.pointer + "/assigned_in"
    for annex in plan.annexes:
        if annex.attached_line and annex.attached_line.section:
            yield annex.attached_line.section, annex.attached_line.pointer + "/section"


def check(ctx: Context) -> Iterator[Finding]:
    for plan in ctx.plans():
        known = {s.id for s in plan.all_sections()} | {a.id for a in plan.annexes} | SPECIAL
        for section, pointer in section_refs(plan):
            if section not in known and section.split(".", 1)[0] not in SPECIAL:
                yield Finding(CODE, ctx.loc(plan, pointer), {"section": section})

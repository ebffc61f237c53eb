"""An id is used twice in one collection of a plan.

Một mã dùng hai lần trong cùng một danh sách của kế hoạch.

[vi]
**Kiểm tra gì.** Trong một kế hoạch, `id` của các trích dẫn, chỉ tiêu, nhiệm vụ,
phân công, mục tiêu, phụ lục và mục phải là duy nhất trong từng nhóm.

**Vì sao quan trọng.** Mã là địa chỉ: xác nhận phát hiện, liên kết trên trang web
và bản xuất dữ liệu đều trỏ tới mã. Hai nút cùng mã thì một nút bị che mất.

**Cách sửa.** Đổi một trong hai mã (ví dụ thêm số thứ tự: ``c12`` → ``c13``).

[en]
**What it checks.** In one plan, the `id`s of citations, targets, tasks,
assignments, objectives, annexes and sections are unique within each group.

**Why it matters.** An id is an address: acknowledgements, site links and the
data export point at it. Two nodes with one id hide one of them.

**How to fix.** Rename one of the two (e.g. add a counter: ``c12`` → ``c13``).

[fires]
citations:
  - {id: c1, document: 76-nq-cp-2021, role: legal-basis, printed: "…"}
  - {id: c1, document: 76-nq-cp-2021, role: body, printed: "…"}

[passes]
citations:
  - {id: c1, document: 76-nq-cp-2021, role: legal-basis, printed: "…"}
  - {id: c2, document: 76-nq-cp-2021, role: body, printed: "…"}
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding
from ..model import Plan
from ._context import Context

CODE = "CC405"
NAME = "duplicate-id"
FAMILY = "structure"
SEVERITY = "error"

#: The message, in Vietnamese and English; ``{name}`` fields are the finding's parameters.
MESSAGE = (
    "Mã “{id}” dùng hai lần trong {collection}. Mỗi mã phải duy nhất.",
    "Id '{id}' is used twice in {collection}. Each id must be unique.",
)


def id_groups(plan: Plan) -> Iterator[tuple[str, list[tuple[str, str]]]]:
    """(collection name, [(id, pointer of the id)]) for each collection of the plan."""
    yield "citations", [(c.id, c.pointer + "/id") for c in plan.citations]
    yield "targets", [(t.id, t.pointer + "/id") for t in plan.targets]
    yield "tasks", [(t.id, t.pointer + "/id") for t in plan.tasks]
    yield "assignments", [(a.id, a.pointer + "/id") for a in plan.assignments]
    yield "annexes", [(a.id, a.pointer + "/id") for a in plan.annexes]
    yield "sections", [(s.id, s.pointer + "/id") for s in plan.all_sections()]
    yield "objectives", [(o[0], f"/objectives/{i}/id") for i, o in enumerate(plan.objectives)]


def check(ctx: Context) -> Iterator[Finding]:
    for plan in ctx.plans():
        for collection, ids in id_groups(plan):
            first: dict[str, str] = {}
            for ident, pointer in ids:
                if ident in first:
                    yield Finding(CODE, ctx.loc(plan, pointer), {"id": ident, "collection": collection}, (ctx.loc(plan, first[ident]),))
                else:
                    first[ident] = pointer

"""A citation of a corpus plan does not link to it, or links to the wrong plan.

Trích dẫn một kế hoạch của kho không liên kết tới nó, hoặc liên kết sai kế hoạch.

[vi]
**Kiểm tra gì.** Khi văn bản được dẫn là một kế hoạch trong kho (mục danh mục có
`plan`, hoặc mã trùng slug), trích dẫn phải ghi `plan: <slug>` đúng kế hoạch đó;
`plan` ghi ở trích dẫn phải tồn tại.

**Vì sao quan trọng.** Liên kết này cho phép đối chiếu ngày, chỉ tiêu giữa hai kế
hoạch và đưa người đọc từ trích dẫn tới trang kế hoạch.

**Cách sửa.** Thêm hoặc sửa `plan` ở trích dẫn.

[en]
**What it checks.** When the cited document is a corpus plan (its registry
entry has `plan`, or its id equals a slug), the citation must say
`plan: <slug>` for that plan; a `plan` on a citation must exist.

**Why it matters.** The link lets dates and targets be checked between the two
plans and takes readers from the citation to the plan's page.

**How to fix.** Add or fix `plan` on the citation.

[fires]
citations:
  - {id: c1, document: ba-ria-vung-tau-4655-qd-ubnd-2021, role: implements, printed: "Quyết định 4655/QĐ-UBND"}

[passes]
citations:
  - {id: c1, document: ba-ria-vung-tau-4655-qd-ubnd-2021, plan: ba-ria-vung-tau-4655-qd-ubnd-2021, role: implements, printed: "Quyết định 4655/QĐ-UBND"}
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding
from ._context import Context
from ._refs import plan_behind

CODE = "CC108"
NAME = "citation-plan-link"
FAMILY = "references"
SEVERITY = "warning"

#: The message, in Vietnamese and English; ``{name}`` fields are the finding's parameters.
MESSAGE = (
    "Trích dẫn trỏ tới văn bản {document}, là kế hoạch “{plan}” của kho, nhưng thiếu liên kết `plan: {plan}`. Thêm liên kết.",
    "The citation points at {document}, which is corpus plan '{plan}', but lacks `plan: {plan}`. Add the link.",
)
#: Messages of the finding's variants (its ``variant``, ``problem``, ``limit`` or ``feature`` parameter).
VARIANTS = {
    "mismatch": (
        "Trích dẫn ghi `plan: {given}` nhưng văn bản {document} là kế hoạch “{plan}”. Sửa liên kết.",
        "The citation says `plan: {given}` but document {document} is plan '{plan}'. Fix the link.",
    ),
    "unknown": (
        "Trích dẫn ghi `plan: {given}` nhưng không có kế hoạch này trong kho. Sửa liên kết.",
        "The citation says `plan: {given}` but no such plan is in the corpus. Fix the link.",
    ),
}


def check(ctx: Context) -> Iterator[Finding]:
    plans = ctx.corpus.plans
    for plan in ctx.plans():
        for c in plan.citations:
            target = plan_behind(ctx.corpus, c.document)
            if c.plan and c.plan not in plans:
                yield Finding(CODE, ctx.loc(plan, c.pointer + "/plan"), {"variant": "unknown", "given": c.plan, "document": c.document})
            elif target and not c.plan:
                yield Finding(CODE, ctx.loc(plan, c.pointer + "/document"), {"document": c.document, "plan": target})
            elif target and c.plan and c.plan != target:
                yield Finding(
                    CODE,
                    ctx.loc(plan, c.pointer + "/plan"),
                    {"variant": "mismatch", "given": c.plan, "document": c.document, "plan": target},
                )

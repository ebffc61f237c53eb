"""An agency id that is not in the agency registry.

Mã cơ quan không có trong danh mục cơ quan.

[vi]
**Kiểm tra gì.** Mọi mã cơ quan — cơ quan ban hành, chủ trì, phối hợp, phân công,
cơ quan ban hành của văn bản được dẫn, cơ quan cấp trên trong danh mục — phải
có trong `registry/agencies/`.

**Vì sao quan trọng.** Trang của từng cơ quan gom mọi nhiệm vụ nó chủ trì hoặc
phối hợp; một mã lạ là một nhiệm vụ mất khỏi trang đó.

**Cách sửa.** Thêm cơ quan vào danh mục của tỉnh (tên hai ngôn ngữ, cấp, loại,
cách viết đã gặp) hoặc sửa mã.

[en]
**What it checks.** Every agency id — issuer, lead, cooperating agency,
assignment, a cited document's issuer, a registry parent — must exist in
`registry/agencies/`.

**Why it matters.** Each agency's page gathers every task it leads or
supports; an unknown id is a task missing from that page.

**How to fix.** Add the agency to its province's registry (bilingual name,
level, kind, printed spellings) or fix the id.

[fires]
lead:
  - {agency: tinh-a/so-khong-co, printed: "Sở Không Có"}

[passes]
lead:
  - {agency: tinh-a/so-noi-vu, printed: "Sở Nội vụ"}
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding
from ._context import Context
from ._refs import mentions

CODE = "CC105"
NAME = "unknown-agency"
FAMILY = "references"
SEVERITY = "error"

#: The message, in Vietnamese and English; ``{name}`` fields are the finding's parameters.
MESSAGE = (
    "Cơ quan “{agency}” không có trong danh mục cơ quan. Thêm vào registry/agencies/ hoặc sửa mã.",
    "Agency '{agency}' is not in the agency registry. Add it under registry/agencies/ or fix the id.",
)


def check(ctx: Context) -> Iterator[Finding]:
    known = ctx.corpus.agencies
    for plan in ctx.plans():
        for m in mentions(plan):
            if m.agency not in known:
                yield Finding(CODE, ctx.loc(plan, m.pointer + "/agency"), {"agency": m.agency})
    for doc in ctx.corpus.documents.values():
        if doc.issuer not in known:
            yield Finding(CODE, ctx.registry_loc(doc.path, doc.pointer + "/issuer"), {"agency": doc.issuer})
    for agency in known.values():
        if agency.parent and agency.parent not in known:
            yield Finding(CODE, ctx.registry_loc(agency.path, agency.pointer + "/parent"), {"agency": agency.parent})

"""A citation names a document that is not in the cited-document registry.

Trích dẫn nêu một văn bản không có trong danh mục văn bản được dẫn.

[vi]
**Kiểm tra gì.** Mỗi trích dẫn trỏ tới một mục trong `registry/documents/` bằng
mã `document`. Một kế hoạch trong kho cũng được chấp nhận nếu mã trùng slug của nó.

**Vì sao quan trọng.** Không có mục danh mục thì không kiểm tra được ngày, cơ quan,
số hiệu và trang web không liên kết được văn bản.

**Cách sửa.** Thêm văn bản vào danh mục (số hiệu, loại, cơ quan ban hành, ngày,
năm, tên) hoặc sửa mã cho đúng quy ước `<số-hiệu>-<năm>`.

[en]
**What it checks.** Each citation points at an entry of `registry/documents/`
through its `document` id. A corpus plan is accepted too when the id equals its slug.

**Why it matters.** Without a registry entry the date, issuer and number
cannot be checked and the site cannot link the document.

**How to fix.** Add the document to the registry (number, type, issuer, date,
year, title) or fix the id to the `<number>-<year>` convention.

[fires]
citations:
  - {id: c1, document: 99-nq-cp-2099, role: legal-basis, printed: "Nghị quyết 99/NQ-CP"}

[passes]
citations:
  - {id: c1, document: 76-nq-cp-2021, role: legal-basis, printed: "Nghị quyết 76/NQ-CP"}
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding
from ._context import Context

CODE = "CC104"
NAME = "unknown-document"
FAMILY = "references"
SEVERITY = "error"

#: The message, in Vietnamese and English; ``{name}`` fields are the finding's parameters.
MESSAGE = (
    "Văn bản “{document}” không có trong danh mục văn bản được dẫn. Thêm vào registry/documents/ hoặc sửa mã.",
    "Document '{document}' is not in the cited-document registry. Add it under registry/documents/ or fix the id.",
)


def check(ctx: Context) -> Iterator[Finding]:
    for plan in ctx.plans():
        for c in plan.citations:
            if c.document not in ctx.corpus.documents and c.document not in ctx.corpus.plans:
                yield Finding(CODE, ctx.loc(plan, c.pointer + "/document"), {"document": c.document})

"""A citation prints a number that differs from the cited document's number.

Trích dẫn in số hiệu khác số hiệu của văn bản được dẫn.

[vi]
**Kiểm tra gì.** Số hiệu in ở trích dẫn (`number`) được so với số hiệu trong danh
mục văn bản, không phân biệt hoa thường và khoảng trắng. Lỗi in (“4655/QPb-UBND”
thay vì “4655/QĐ-UBND”) hoặc dẫn nhầm văn bản đều hiện ra ở đây.

**Vì sao quan trọng.** Số hiệu là cách người đọc tìm văn bản; số sai là đường dẫn gãy.

**Nguồn.** Thông điệp nêu số hiệu của danh mục lấy từ đâu (`source` của mục). Khi
danh mục chỉ biết số hiệu qua một trích dẫn khác, danh mục không chứng minh được
trích dẫn này sai: phát hiện hạ xuống mức thông tin và nói hai trích dẫn không khớp.

**Cách sửa.** Nếu `document` trỏ nhầm, sửa mã. Nếu văn bản gốc in sai số hiệu,
giữ nguyên chuỗi in và xác nhận phát hiện.

[en]
**What it checks.** The number printed in a citation (`number`) is compared
with the registry's number, ignoring case and spacing. Misprints
("4655/QPb-UBND" for "4655/QĐ-UBND") and citations of the wrong document show
up here.

**Why it matters.** The number is how readers find a document; a wrong number
is a broken link.

**Sources.** The message says where the registry's number comes from (the
entry's `source`). When the registry knows the number only from another
citation, it cannot prove this one wrong: the finding drops to info and says
that two citations disagree.

**How to fix.** If `document` points at the wrong entry, fix it. If the
source misprints the number, keep the printed string and acknowledge.

[fires]
citations:
  - id: c1
    document: 76-nq-cp-2021
    role: legal-basis
    printed: "Nghị quyết 67/NQ-CP"
    number: "67/NQ-CP"

[passes]
citations:
  - id: c1
    document: 76-nq-cp-2021
    role: legal-basis
    printed: "Nghị quyết 76/NQ-CP"
    number: "76/NQ-CP"
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding
from ..textnorm import doc_number
from ._context import Context
from ._refs import basis, basis_words, lowered

CODE = "CC103"
NAME = "citation-number-mismatch"
FAMILY = "references"
SEVERITY = "warning"

#: The message, in Vietnamese and English; ``{name}`` fields are the finding's parameters.
MESSAGE = (
    "Trích dẫn trong {cited_in} in số hiệu “{number}”, khác số hiệu của văn bản {document} trong danh mục ({expected}, {basis}). Kiểm tra mã văn bản; nếu văn bản in sai, xác nhận phát hiện.",
    "The citation in {cited_in} prints the number '{number}', which differs from document {document}'s number in the registry ({expected}, {basis}). Check the document id; if the source misprints it, acknowledge.",
)
#: Messages of the finding's variants (its ``variant``, ``problem``, ``limit`` or ``feature`` parameter).
VARIANTS = {
    "citation": (
        "Trích dẫn trong {cited_in} in số hiệu “{number}”, còn danh mục chỉ biết số hiệu {expected} qua trích dẫn {other_citation} trong {other_plan}: hai trích dẫn không khớp, chưa rõ bên nào đúng. Tìm số hiệu ở công báo hoặc văn bản gốc, sửa bên sai hoặc xác nhận, và ghi nguồn cho mục danh mục.",
        "The citation in {cited_in} prints the number '{number}', while the registry knows the number {expected} only from citation {other_citation} in {other_plan}: two citations disagree and it is not known which is right. Find the number in the official gazette or the document, fix the wrong one or acknowledge, and record the source on the registry entry.",
    ),
}


def check(ctx: Context) -> Iterator[Finding]:
    for plan in ctx.plans():
        for c in plan.citations:
            doc = ctx.corpus.documents.get(c.document)
            if doc is None or not doc.number or not c.number:
                continue
            if doc_number(c.number) != doc_number(doc.number):
                b = basis(ctx.corpus, doc, "number")
                params: dict[str, object] = {
                    "document": c.document,
                    "number": c.number,
                    "expected": doc.number,
                    "cited_in": plan.header.number,
                    "basis": basis_words(b),
                }
                if b.from_citation:
                    params.update(variant="citation", other_plan=b.plan, other_citation=b.citation)
                yield Finding(
                    CODE,
                    ctx.loc(plan, c.pointer + "/number"),
                    params,
                    (ctx.registry_loc(doc.path, doc.pointer + "/number"),),
                    severity=lowered(SEVERITY) if b.from_citation else None,
                )

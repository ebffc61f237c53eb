"""A citation names an issuer that is not the cited document's issuer.

Trích dẫn ghi cơ quan ban hành không phải cơ quan ban hành văn bản được dẫn.

[vi]
**Kiểm tra gì.** Cơ quan ban hành in ở trích dẫn (`issuer_printed`) phải là tên,
tên viết tắt hoặc một cách viết đã biết (`aliases`) của cơ quan ban hành ghi
trong danh mục văn bản (hoặc phần đầu của kế hoạch trong kho). So sánh không
phân biệt hoa thường, dấu câu, khoảng trắng, dạng Unicode (NFC/NFD) và kiểu bỏ dấu
(“UỶ”/“ỦY”, “hoá”/“hóa”); dấu tiếng Việt được giữ. Một tên
đã đăng ký in trọn trong một danh xưng dài hơn (“Bộ Chính trị Ban Chấp hành Trung
ương Đảng (khóa XI)”) được coi là cùng cơ quan.

**Vì sao quan trọng.** Số hiệu văn bản chỉ duy nhất trong một cơ quan và một năm:
cùng số “70/QĐ-UBND” có ở mọi tỉnh. Cơ quan sai là dẫn sang một văn bản khác
(ví dụ “Quyết định … của Chủ tịch UBND tỉnh” trong khi văn bản do UBND tỉnh ban hành).

**Thông điệp chỉ đúng cách sửa.** Khi tên in chỉ khác tên đã đăng ký ở chữ viết tắt
(“UBND” / “Ủy ban nhân dân”, “HĐND”, “TP”) hoặc ở địa danh theo sau (“… tỉnh Bà Rịa
- Vũng Tàu”), hoặc khi danh mục chưa ghi cách viết nào khác cho cơ quan, nhiều khả
năng đó là cùng cơ quan: thông điệp bảo thêm tên vào `aliases`, không bảo sửa dữ
liệu. Thông điệp nêu nguồn của cơ quan ban hành trong danh mục; khi danh mục chỉ
biết cơ quan ban hành qua một trích dẫn khác (`source: {kind: citation}`), phát
hiện hạ xuống mức thông tin và nói hai trích dẫn không khớp, chưa rõ bên nào đúng.

**Cách sửa.** Nếu trích dẫn trỏ nhầm văn bản, sửa `document`. Nếu chỉ là một cách
viết khác của cùng cơ quan, thêm cách viết vào `aliases` của cơ quan. Nếu văn bản
gốc in sai cơ quan, xác nhận phát hiện.

[en]
**What it checks.** The issuer printed in a citation (`issuer_printed`) must be
the name, short name or a known spelling (`aliases`) of the issuer recorded in
the cited-document registry. The comparison ignores case, punctuation,
spacing, Unicode form (NFC/NFD) and tone-mark placement ("UỶ"/"ỦY",
"hoá"/"hóa"); Vietnamese diacritics count. A longer designation that starts with a
registered name ("Bộ Chính trị Ban Chấp hành Trung ương Đảng (khóa XI)", "Hội
nghị lần thứ năm Ban Chấp hành Trung ương Đảng", a plenum of the Central
Committee) is the same issuer; "Văn phòng Chính phủ" (the Government Office) is
not "Chính phủ".

**Why it matters.** Document numbers are unique only within one issuer and
year: "70/QĐ-UBND" exists in every province. A wrong issuer points at another
document (e.g. "Decision … of the Chairman of the provincial People's
Committee" for a decision the Committee itself issued).

**The message names the likely fix.** When the printed name differs from a
registered one only by an abbreviation ("UBND" / "Ủy ban nhân dân", "HĐND",
"TP") or by the place that follows ("… tỉnh Bà Rịa - Vũng Tàu"), or when the
registry lists no other spelling for the agency, it is most likely the same
body: the message says to add the name to `aliases`, not to change the data.
The message names where the registry's issuer comes from; when the registry
knows the issuer only from another citation (`source: {kind: citation}`), the
finding drops to info and says that two citations disagree and it is not known
which is right.

**How to fix.** If the citation points at the wrong document, fix `document`.
If it is another spelling of the same body, add it to the agency's `aliases`.
If the source misprints the issuer, acknowledge the finding.

[fires]
citations:
  - id: c1
    document: 76-nq-cp-2021        # issuer trung-uong/chinh-phu
    role: legal-basis
    printed: "Nghị quyết 76/NQ-CP ngày 15/7/2021 của Bộ Nội vụ"
    issuer_printed: "Bộ Nội vụ"

[passes]
citations:
  - id: c0
    document: 76-nq-cp-2021
    role: legal-basis
    printed: "Nghị quyết 76/NQ-CP ngày 15/7/2021 của CHÍNH PHỦ"
    issuer_printed: "CHÍNH PHỦ"
  - id: c1
    document: 76-nq-cp-2021
    role: legal-basis
    printed: "Nghị quyết 76/NQ-CP ngày 15/7/2021 của Chính phủ"
    issuer_printed: "Chính phủ"
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..findings import Finding
from ..textnorm import key
from ._context import Context
from ._refs import agency_names, alias_likely, basis, basis_words, lowered, name_index, plan_behind

CODE = "CC102"
NAME = "citation-issuer-mismatch"
FAMILY = "references"
SEVERITY = "warning"

#: The message, in Vietnamese and English; ``{name}`` fields are the finding's parameters.
MESSAGE = (
    "Trích dẫn trong {cited_in} ghi văn bản {document} là của “{issuer}”, nhưng danh mục ghi cơ quan ban hành là {expected} ({basis}). Nếu trích dẫn trỏ nhầm văn bản, sửa `document`; nếu “{issuer}” là một tên khác của cùng cơ quan, thêm vào `aliases` của cơ quan; nếu văn bản gốc in sai, xác nhận phát hiện.",
    "The citation in {cited_in} gives document {document} the issuer '{issuer}', but the registry says {expected} ({basis}). If the citation points at the wrong document, fix `document`; if '{issuer}' is another name of the same body, add it to the agency's `aliases`; if the source misprints it, acknowledge.",
)
#: Messages of the finding's variants (its ``variant``, ``problem``, ``limit`` or ``feature`` parameter).
VARIANTS = {
    "alias": (
        "Trích dẫn trong {cited_in} ghi văn bản {document} là của “{issuer}”, một tên mà danh mục chưa ghi cho {expected}. Nhiều khả năng đây là cùng cơ quan: thêm “{issuer}” vào `aliases` của {agency} trong danh mục cơ quan (không sửa trích dẫn, vì trích dẫn ghi như văn bản in).",
        "The citation in {cited_in} gives document {document} the issuer '{issuer}', a name the registry does not list for {expected}. It is most likely the same body: add '{issuer}' to the `aliases` of {agency} in the agency registry (leave the citation alone: it records what is printed).",
    ),
    "citation": (
        "Trích dẫn trong {cited_in} ghi văn bản {document} là của “{issuer}”, còn danh mục chỉ biết cơ quan ban hành {expected} qua trích dẫn {other_citation} trong {other_plan}: hai trích dẫn không khớp, chưa rõ bên nào đúng. Tìm cơ quan ban hành ở công báo hoặc văn bản gốc, sửa bên sai (hoặc thêm tên vào `aliases` nếu là cùng cơ quan) và ghi nguồn cho mục danh mục.",
        "The citation in {cited_in} gives document {document} the issuer '{issuer}', while the registry knows its issuer {expected} only from citation {other_citation} in {other_plan}: two citations disagree and it is not known which is right. Find the issuer in the official gazette or the document, fix the wrong one (or add the name to `aliases` if it is the same body) and record the source on the registry entry.",
    ),
}


#: "Hội nghị lần thứ năm …", "Hội nghị Trung ương 6 …": a plenum of the body that follows.
_PLENUM = re.compile(r"^hội nghị (?:lần thứ \S+ |trung ương \S+ )?")


def _designates(printed: str, names: set[str]) -> bool:
    """A longer designation that starts with a registered name ("Bộ Chính trị Ban Chấp hành Trung
    ương Đảng (khóa XI)", "Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng (khóa X)")."""
    printed = _PLENUM.sub("", printed)
    return any(len(n) >= 6 and (printed == n or printed.startswith(n + " ")) for n in names)


def check(ctx: Context) -> Iterator[Finding]:
    index = name_index(ctx.corpus)
    for plan in ctx.plans():
        for c in plan.citations:
            if not c.issuer_printed:
                continue
            doc = ctx.corpus.documents.get(c.document)
            if doc is None:
                continue
            agency = ctx.agency(doc.issuer)
            if agency is None:
                continue
            cited = ctx.corpus.plans.get(plan_behind(ctx.corpus, doc.id) or "")
            names = agency_names(agency, (cited.header.issuer_printed,) if cited is not None else ())
            printed = key(c.issuer_printed)
            if printed in names or _designates(printed, names):
                continue
            b = basis(ctx.corpus, doc, "issuer")
            params: dict[str, object] = {
                "document": c.number or c.document,
                "issuer": c.issuer_printed,
                "expected": (agency.name.vi, agency.name.en),
                "agency": agency.id,
                "cited_in": plan.header.number,
                "basis": basis_words(b),
            }
            severity = None
            if alias_likely(c.issuer_printed, agency, index):
                params["variant"] = "alias"
            elif b.from_citation:
                params.update(variant="citation", other_plan=b.plan, other_citation=b.citation)
                severity = lowered(SEVERITY)
            yield Finding(
                CODE,
                ctx.loc(plan, c.pointer + "/issuer_printed"),
                params,
                (ctx.registry_loc(doc.path, doc.pointer + "/issuer"),),
                severity=severity,
            )

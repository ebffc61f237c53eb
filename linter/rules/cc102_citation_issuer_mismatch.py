"""A citation names an issuer that is not the cited document's issuer.

Trích dẫn ghi cơ quan ban hành không phải cơ quan ban hành văn bản được dẫn.

[vi]
**Kiểm tra gì.** Cơ quan ban hành in ở trích dẫn (`issuer_printed`) phải là tên,
tên viết tắt hoặc một cách viết đã biết (`aliases`) của cơ quan ban hành ghi
trong danh mục văn bản (hoặc phần đầu của kế hoạch trong kho). So sánh không
phân biệt hoa thường, dấu câu và khoảng trắng; dấu tiếng Việt được giữ. Một tên
đã đăng ký in trọn trong một danh xưng dài hơn (“Bộ Chính trị Ban Chấp hành Trung
ương Đảng (khóa XI)”) được coi là cùng cơ quan.

**Vì sao quan trọng.** Số hiệu văn bản chỉ duy nhất trong một cơ quan và một năm:
cùng số “70/QĐ-UBND” có ở mọi tỉnh. Cơ quan sai là dẫn sang một văn bản khác
(ví dụ “Quyết định … của Chủ tịch UBND tỉnh” trong khi văn bản do UBND tỉnh ban hành).

**Cách sửa.** Nếu trích dẫn trỏ nhầm văn bản, sửa `document`. Nếu chỉ là một cách
viết khác của cùng cơ quan, thêm cách viết vào `aliases` của cơ quan. Nếu văn bản
gốc in sai cơ quan, xác nhận phát hiện.

[en]
**What it checks.** The issuer printed in a citation (`issuer_printed`) must be
the name, short name or a known spelling (`aliases`) of the issuer recorded in
the cited-document registry. The comparison ignores case, punctuation and
spacing; Vietnamese diacritics count. A longer designation that starts with a
registered name ("Bộ Chính trị Ban Chấp hành Trung ương Đảng (khóa XI)", "Hội
nghị lần thứ năm Ban Chấp hành Trung ương Đảng", a plenum of the Central
Committee) is the same issuer; "Văn phòng Chính phủ" (the Government Office) is
not "Chính phủ".

**Why it matters.** Document numbers are unique only within one issuer and
year: "70/QĐ-UBND" exists in every province. A wrong issuer points at another
document (e.g. "Decision … of the Chairman of the provincial People's
Committee" for a decision the Committee itself issued).

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

CODE = "CC102"
NAME = "citation-issuer-mismatch"
FAMILY = "references"
SEVERITY = "warning"


#: "Hội nghị lần thứ năm …", "Hội nghị Trung ương 6 …": a plenum of the body that follows.
_PLENUM = re.compile(r"^hội nghị (?:lần thứ \S+ |trung ương \S+ )?")


def _designates(printed: str, names: set[str]) -> bool:
    """A longer designation that starts with a registered name ("Bộ Chính trị Ban Chấp hành Trung
    ương Đảng (khóa XI)", "Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng (khóa X)")."""
    printed = _PLENUM.sub("", printed)
    return any(len(n) >= 6 and (printed == n or printed.startswith(n + " ")) for n in names)


def check(ctx: Context) -> Iterator[Finding]:
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
            names = {key(n) for n in (agency.name.vi, agency.short or "", *agency.aliases) if n}
            cited = ctx.corpus.plans.get(doc.plan or "")
            if cited is not None:
                names.add(key(cited.header.issuer_printed))
            printed = key(c.issuer_printed)
            if printed in names or _designates(printed, names):
                continue
            yield Finding(
                CODE,
                ctx.loc(plan, c.pointer + "/issuer_printed"),
                {"document": c.number or c.document, "issuer": c.issuer_printed, "expected": (agency.name.vi, agency.name.en)},
                (ctx.registry_loc(doc.path, doc.pointer + "/issuer"),),
            )

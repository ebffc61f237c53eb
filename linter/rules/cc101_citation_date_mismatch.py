"""A cited document's date differs from another record of the same document.

Ngày của văn bản được dẫn khác với một ghi nhận khác của cùng văn bản.

[vi]
**Kiểm tra gì.** Mỗi văn bản được dẫn (định danh bằng số hiệu + cơ quan ban hành
+ năm) chỉ có một ngày ban hành. Ngày in ở một trích dẫn được so với: ngày ở
phần đầu của chính văn bản đó nếu nó là một kế hoạch trong kho; nếu không, ngày
trong danh mục văn bản được dẫn. Mục danh mục của một kế hoạch trong kho cũng
được so với phần đầu của kế hoạch. Phát hiện trỏ tới ngày sai, kèm vị trí liên
quan của ngày đối chiếu.

**Vì sao quan trọng.** Ngày sai làm người đọc tìm nhầm văn bản, và thường là dấu
hiệu sao chép từ một bản khác (ví dụ 4655/QĐ-UBND ghi 06/12/2021 ở phần đầu
nhưng 08/12/2021 ở dòng “ban hành kèm theo” và ở kế hoạch cấp dưới).

**Cách sửa.** Đối chiếu văn bản gốc. Nếu chép sai, sửa. Nếu văn bản in đúng như
vậy, giữ nguyên và xác nhận phát hiện kèm lý do.

[en]
**What it checks.** Each cited document (identified by number + issuer + year)
has one issue date. The date printed in a citation is compared with the header
of that document when it is a plan in the corpus, and otherwise with the
cited-document registry. A registry entry for a corpus plan is also compared
with the plan's header. The finding points at the wrong date and names the
date it was compared with as a related location.

**Why it matters.** A wrong date sends readers to the wrong document, and
usually shows copying from another version (4655/QĐ-UBND is dated 06/12/2021
in its header but 08/12/2021 in its "issued together with" line and in the
plan that implements it).

**How to fix.** Check the source. Fix a transcription error; if the document
really prints it so, keep it and acknowledge the finding with the reason.

[fires]
citations:
  - id: c1
    document: ba-ria-vung-tau-4655-qd-ubnd-2021   # its header says 2021-12-06
    role: legal-basis
    printed: "Quyết định số 4655/QĐ-UBND ngày 08/12/2021"
    date: "2021-12-08"

[passes]
citations:
  - id: c1
    document: ba-ria-vung-tau-4655-qd-ubnd-2021
    role: legal-basis
    printed: "Quyết định số 4655/QĐ-UBND ngày 06/12/2021"
    date: "2021-12-06"
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding, Location
from ._context import Context

CODE = "CC101"
NAME = "citation-date-mismatch"
FAMILY = "references"
SEVERITY = "error"


def _reference(ctx: Context, document_id: str) -> tuple[str, Location, str] | None:
    """The authoritative date of a document: its corpus plan's header, else the registry."""
    doc = ctx.corpus.documents.get(document_id)
    slug = (doc.plan if doc and doc.plan else None) or (document_id if document_id in ctx.corpus.plans else None)
    plan = ctx.corpus.plans.get(slug) if slug else None
    if plan is not None:
        return plan.header.date, ctx.loc(plan, "/document/date"), "plan"
    if doc is not None and doc.date:
        return doc.date, ctx.registry_loc(doc.path, doc.pointer + "/date"), "registry"
    return None


def check(ctx: Context) -> Iterator[Finding]:
    first_seen: dict[str, tuple[str, Location]] = {}
    for plan in ctx.plans():
        for c in plan.citations:
            if not c.date:
                continue
            ref = _reference(ctx, c.document)
            if ref is None:
                # No header or registry date: citations must agree with each other.
                here = ctx.loc(plan, c.pointer + "/date")
                if c.document not in first_seen:
                    first_seen[c.document] = (c.date, here)
                elif first_seen[c.document][0] != c.date:
                    date, where = first_seen[c.document]
                    yield Finding(
                        CODE,
                        here,
                        {
                            "document": c.number or c.document,
                            "date": c.date,
                            "other_date": date,
                            "other_where": f"{where.path}:{where.line}",
                            "source": "citation",
                        },
                        (where,),
                    )
                continue
            date, where, source = ref
            if c.date != date:
                yield Finding(
                    CODE,
                    ctx.loc(plan, c.pointer + "/date"),
                    {"document": c.number or c.document, "date": c.date, "other_date": date, "other_where": where.path, "source": source},
                    (where,),
                )
    for doc in ctx.corpus.documents.values():
        slug = doc.plan or (doc.id if doc.id in ctx.corpus.plans else None)
        own = ctx.corpus.plans.get(slug) if slug else None
        if own is not None and doc.date and doc.date != own.header.date:
            where = ctx.loc(own, "/document/date")
            yield Finding(
                CODE,
                ctx.registry_loc(doc.path, doc.pointer + "/date"),
                {
                    "document": doc.number or doc.id,
                    "date": doc.date,
                    "other_date": own.header.date,
                    "other_where": where.path,
                    "source": "plan",
                },
                (where,),
            )

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

**Nguồn của ngày đối chiếu.** Thông điệp nêu bên nào nói gì: trích dẫn trong kế
hoạch nào ghi ngày nào, và danh mục ghi ngày nào theo nguồn nào (`source` của mục:
chính văn bản, công báo, biên tập viên chưa đối chiếu, hay chưa ghi nguồn). Khi
danh mục chỉ biết ngày qua một trích dẫn khác (`source: {kind: citation}`), danh
mục không chứng minh được trích dẫn này sai: phát hiện được hạ một mức (cảnh báo
thay vì lỗi) và thông điệp nói hai trích dẫn không khớp, chưa rõ bên nào sai. Cũng
vậy khi không có ngày đối chiếu và hai trích dẫn khác nhau.

**Cách sửa.** Đối chiếu văn bản gốc. Nếu chép sai, sửa. Nếu văn bản in đúng như
vậy, giữ nguyên và xác nhận phát hiện kèm lý do. Khi hai trích dẫn không khớp,
tìm ngày ở công báo, sửa bên sai và ghi nguồn (`source: {kind: gazette}`) cho mục
danh mục.

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

**Where the other date comes from.** The message says which record says what:
the citation in which plan gives which date, and which date the registry gives
from which source (the entry's `source`: the document itself, the official
gazette, an editor's unchecked entry, or no recorded source). When the
registry knows the date only from another citation (`source: {kind:
citation}`), it cannot prove this citation wrong: the finding is one step
lighter (a warning instead of an error) and says that two citations disagree
and it is not known which is right. The same holds when there is no date to
compare with and two citations differ.

**How to fix.** Check the source. Fix a transcription error; if the document
really prints it so, keep it and acknowledge the finding with the reason. When
two citations disagree, find the date in the official gazette, fix the wrong
one and record the source (`source: {kind: gazette}`) on the registry entry.

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
from dataclasses import dataclass

from ..findings import Finding, Location
from ..model import Plan
from ._context import Context
from ._refs import Basis, basis, basis_words, lowered, plan_behind

CODE = "CC101"
NAME = "citation-date-mismatch"
FAMILY = "references"
SEVERITY = "error"

#: The message, in Vietnamese and English; ``{name}`` fields are the finding's parameters.
MESSAGE = (
    "Trích dẫn trong {cited_in} ghi văn bản {document} ngày {date}, nhưng phần đầu của chính văn bản ({other_where}) ghi ngày {other_date}. Đối chiếu văn bản gốc; nếu văn bản in đúng như vậy, xác nhận phát hiện.",
    "The citation in {cited_in} dates document {document} {date}, but the document's own header ({other_where}) says {other_date}. Check the source; if it is printed so, acknowledge the finding.",
)
#: Messages of the finding's variants (its ``variant``, ``problem``, ``limit`` or ``feature`` parameter).
VARIANTS = {
    "registry": (
        "Trích dẫn trong {cited_in} ghi văn bản {document} ngày {date}, nhưng danh mục văn bản ({other_where}), {basis}, ghi ngày {other_date}. Đối chiếu văn bản gốc; nếu văn bản in đúng như vậy, xác nhận phát hiện.",
        "The citation in {cited_in} dates document {document} {date}, but the document registry ({other_where}), {basis}, says {other_date}. Check the source; if it is printed so, acknowledge the finding.",
    ),
    "citation": (
        "Trích dẫn trong {cited_in} ghi văn bản {document} ngày {date}, còn danh mục chỉ biết ngày {other_date} qua trích dẫn {other_citation} trong {other_plan}: hai trích dẫn không khớp, chưa rõ bên nào sai. Tìm ngày ở công báo hoặc văn bản gốc, sửa trích dẫn chép sai (hoặc xác nhận nếu văn bản in như vậy) và ghi nguồn `source` loại `gazette` cho mục danh mục.",
        "The citation in {cited_in} dates document {document} {date}, while the registry knows only {other_date}, from citation {other_citation} in {other_plan}: two citations disagree and it is not known which is right. Find the date in the official gazette or the document, fix the citation that was copied wrongly (or acknowledge if it is printed so), and record a `source` of kind `gazette` on the registry entry.",
    ),
    "citations": (
        "Trích dẫn trong {cited_in} ghi văn bản {document} ngày {date}, còn một trích dẫn khác ({other_where}) ghi ngày {other_date}; danh mục không có ngày để đối chiếu nên chưa rõ bên nào sai. Tìm ngày ở công báo hoặc văn bản gốc, sửa bên chép sai (hoặc xác nhận) và ghi ngày cùng nguồn vào danh mục.",
        "The citation in {cited_in} dates document {document} {date}, while another citation ({other_where}) says {other_date}; the registry has no date to compare with, so it is not known which is right. Find the date in the official gazette or the document, fix the one copied wrongly (or acknowledge) and record the date and its source in the registry.",
    ),
    "entry": (
        "Mục danh mục của văn bản {document} ghi ngày {date}, nhưng phần đầu của chính văn bản ({other_where}) ghi ngày {other_date}. Sửa ngày trong danh mục theo văn bản.",
        "The registry entry of document {document} gives {date}, but the document's own header ({other_where}) says {other_date}. Fix the registry's date to the document's.",
    ),
}


@dataclass(frozen=True)
class _Reference:
    """The date a citation is held against, where it is and what it rests on."""

    date: str
    where: Location
    #: ``plan`` (the cited plan's header) or ``registry``.
    source: str
    basis: Basis
    #: For a registry date known only from a citation: that citation's date, as a related place.
    origin: Location | None = None


def _reference(ctx: Context, document_id: str) -> _Reference | None:
    """The date a document is held to: its corpus plan's header, else the registry's date."""
    slug = plan_behind(ctx.corpus, document_id)
    plan = ctx.corpus.plans.get(slug) if slug else None
    if plan is not None:
        return _Reference(plan.header.date, ctx.loc(plan, "/document/date"), "plan", Basis("self"))
    doc = ctx.corpus.documents.get(document_id)
    if doc is None or not doc.date:
        return None
    b = basis(ctx.corpus, doc, "date")
    source = doc.sources.of("date")
    origin = None
    if b.from_citation and source is not None:
        origin = _citation_loc(ctx, source.plan, source.citation)
    return _Reference(doc.date, ctx.registry_loc(doc.path, doc.pointer + "/date"), "registry", b, origin)


def _citation_loc(ctx: Context, slug: str | None, citation: str | None) -> Location | None:
    plan = ctx.corpus.plans.get(slug or "")
    if plan is None:
        return None
    for c in plan.citations:
        if c.id == citation:
            return ctx.loc(plan, c.pointer + ("/date" if c.date else ""))
    return None


def _mismatch(ctx: Context, plan: Plan, pointer: str, document: str, date: str, ref: _Reference) -> Finding:
    params: dict[str, object] = {
        "document": document,
        "date": date,
        "other_date": ref.date,
        "other_where": ref.where.path,
        "source": ref.source,
        "cited_in": plan.header.number,
    }
    if ref.source == "plan":
        return Finding(CODE, ctx.loc(plan, pointer), params, (ref.where,))
    if ref.basis.from_citation:
        params.update(variant="citation", other_plan=ref.basis.plan, other_citation=ref.basis.citation, source="citation")
        related = (ref.where, ref.origin) if ref.origin is not None else (ref.where,)
        return Finding(CODE, ctx.loc(plan, pointer), params, related, severity=lowered(SEVERITY))
    params.update(variant="registry", basis=basis_words(ref.basis))
    return Finding(CODE, ctx.loc(plan, pointer), params, (ref.where,))


def check(ctx: Context) -> Iterator[Finding]:
    first_seen: dict[str, tuple[str, Location]] = {}
    for plan in ctx.plans():
        for c in plan.citations:
            if not c.date:
                continue
            ref = _reference(ctx, c.document)
            if ref is None:
                # No header or registry date: citations must agree with each other, and neither is known right.
                here = ctx.loc(plan, c.pointer + "/date")
                if c.document not in first_seen:
                    first_seen[c.document] = (c.date, here)
                elif first_seen[c.document][0] != c.date:
                    date, where = first_seen[c.document]
                    yield Finding(
                        CODE,
                        here,
                        {
                            "variant": "citations",
                            "document": c.number or c.document,
                            "date": c.date,
                            "other_date": date,
                            "other_where": f"{where.path}:{where.line}",
                            "source": "citation",
                            "cited_in": plan.header.number,
                        },
                        (where,),
                        severity=lowered(SEVERITY),
                    )
                continue
            if c.date != ref.date:
                yield _mismatch(ctx, plan, c.pointer + "/date", c.number or c.document, c.date, ref)
    for doc in ctx.corpus.documents.values():
        slug = plan_behind(ctx.corpus, doc.id)
        own = ctx.corpus.plans.get(slug) if slug else None
        if own is not None and doc.date and doc.date != own.header.date:
            where = ctx.loc(own, "/document/date")
            yield Finding(
                CODE,
                ctx.registry_loc(doc.path, doc.pointer + "/date"),
                {
                    "variant": "entry",
                    "document": doc.number or doc.id,
                    "date": doc.date,
                    "other_date": own.header.date,
                    "other_where": where.path,
                    "source": "plan",
                },
                (where,),
            )

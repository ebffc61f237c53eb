"""A registry entry or plan slug is declared twice, or two documents share one identity.

Một mục danh mục hoặc slug kế hoạch khai báo hai lần, hoặc hai văn bản trùng danh tính.

[vi]
**Kiểm tra gì.** Mã cơ quan, mã chỉ số, mã văn bản và slug kế hoạch phải duy nhất
trong toàn kho. Hai mục văn bản có cùng số hiệu + cơ quan ban hành + năm là cùng
một văn bản và phải gộp. (76/NQ-CP năm 2013 và 76/NQ-CP năm 2021 là hai văn bản khác nhau.)

**Vì sao quan trọng.** Mục trùng làm các trích dẫn chia ra hai nơi và các phép đối
chiếu ngày chỉ thấy một nửa.

**Cách sửa.** Giữ một mục, xóa mục kia, cập nhật các tham chiếu.

[en]
**What it checks.** Agency ids, indicator codes, document ids and plan slugs
must be unique across the corpus. Two document entries with the same number +
issuer + year are one document and must be merged. (76/NQ-CP of 2013 and
76/NQ-CP of 2021 are different documents.)

**Why it matters.** Duplicates split citations between two entries and date
checks only see half of them.

**How to fix.** Keep one entry, delete the other, update references.

[fires]
documents:
  - {id: 99-nq-cp-2021, number: "99/NQ-CP", type: nghi-quyet, issuer: trung-uong/chinh-phu, year: 2021, title: {vi: "…", en: "…"}}
  - {id: nq-99-2021, number: "99/NQ-CP", type: nghi-quyet, issuer: trung-uong/chinh-phu, year: 2021, title: {vi: "…", en: "…"}}

[passes]
documents:
  - {id: 99-nq-cp-2021, number: "99/NQ-CP", type: nghi-quyet, issuer: trung-uong/chinh-phu, year: 2021, title: {vi: "…", en: "…"}}
  - {id: 99-nq-cp-2013, number: "99/NQ-CP", type: nghi-quyet, issuer: trung-uong/chinh-phu, year: 2013, title: {vi: "…", en: "…"}}
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding
from ..textnorm import doc_number
from ._context import Context

CODE = "CC111"
NAME = "duplicate-registry-entry"
FAMILY = "references"
SEVERITY = "error"

#: The message, in Vietnamese and English; ``{name}`` fields are the finding's parameters.
MESSAGE = (
    "Mã {kind} “{id}” đã dùng ở {first}. Mỗi mục chỉ khai báo một lần.",
    "{kind} id '{id}' is already used in {first}. Declare each entry once.",
)
#: Messages of the finding's variants (its ``variant``, ``problem``, ``limit`` or ``feature`` parameter).
VARIANTS = {
    "identity": (
        "Văn bản “{id}” trùng danh tính (số hiệu + cơ quan + năm) với “{other}”. Gộp hai mục.",
        "Document '{id}' has the same identity (number + issuer + year) as '{other}'. Merge the entries.",
    ),
}

_KIND = {
    "agencies": "cơ quan/agency",
    "indicators": "chỉ số/indicator",
    "documents": "văn bản/document",
    "provinces": "tỉnh/province",
}


def check(ctx: Context) -> Iterator[Finding]:
    yield from ctx.loaded(CODE)  # duplicate plan slugs, found while loading
    for kind, ident, places in ctx.corpus.duplicates:
        first_path, _ = places[0]
        for path, pointer in places[1:]:
            yield Finding(
                CODE,
                ctx.registry_loc(path, pointer),
                {"kind": _KIND[kind], "id": ident, "first": first_path},
                (ctx.registry_loc(*places[0]),),
            )
    seen: dict[tuple[str, str, int], str] = {}
    for doc in ctx.corpus.documents.values():
        if not doc.number:
            continue
        identity = (doc_number(doc.number), doc.issuer, doc.year)
        if identity in seen:
            other = ctx.corpus.documents[seen[identity]]
            yield Finding(
                CODE,
                ctx.registry_loc(doc.path, doc.pointer + "/id"),
                {"variant": "identity", "id": doc.id, "other": other.id},
                (ctx.registry_loc(other.path, other.pointer + "/id"),),
            )
        else:
            seen[identity] = doc.id

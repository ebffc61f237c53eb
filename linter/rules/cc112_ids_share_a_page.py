"""Two different ids would be published on the same page.

Hai mã khác nhau sẽ được công bố trên cùng một trang.

[vi]
**Kiểm tra gì.** Mỗi kế hoạch, cơ quan, chỉ số và văn bản có một trang trên web,
với đường dẫn dựng từ mã của nó (chữ thường, không dấu, dấu gạch ngang). Hai mã
khác nhau cho ra cùng một đường dẫn (`bac-ninh/so/noi-vu` và `bac-ninh/so-noi-vu`,
`PAR--INDEX` và `PAR-INDEX`) là một phát hiện: trang của mục sau sẽ che mất trang
của mục trước.

**Vì sao quan trọng.** Một mục giả có thể chiếm trang của cơ quan thật; người đọc
tin vào trang mà không biết nó thuộc mục nào.

**Cách sửa.** Đổi một trong hai mã cho khác hẳn (hoặc gộp, nếu là cùng một mục).
Trang web chỉ dựng trang của mục đầu tiên.

[en]
**What it checks.** Every plan, agency, indicator and document has a page on the
site, at a path made from its id (lower case, no diacritics, hyphens). Two
different ids that give the same path (`bac-ninh/so/noi-vu` and
`bac-ninh/so-noi-vu`, `PAR--INDEX` and `PAR-INDEX`) are a finding: the later
entry's page would cover the earlier one's.

**Why it matters.** An impostor entry could take over a real agency's page;
readers trust the page without knowing whose it is.

**How to fix.** Give one of the two a clearly different id (or merge them, if
they are one entry). The site builds the page of the first entry only.

[fires]
agencies:
  - {id: tinh-a/so-noi-vu, name: {vi: "Sở Nội vụ", en: "Department of Home Affairs"}, level: tinh, kind: single}
  - {id: tinh-a/so/noi-vu, name: {vi: "Sở Nội vụ", en: "Impostor"}, level: tinh, kind: single}

[passes]
agencies:
  - {id: tinh-a/so-noi-vu, name: {vi: "Sở Nội vụ", en: "Department of Home Affairs"}, level: tinh, kind: single}
  - {id: tinh-a/so-tu-phap, name: {vi: "Sở Tư pháp", en: "Department of Justice"}, level: tinh, kind: single}
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding, Location
from ..sitegen import urls
from ._context import Context

CODE = "CC112"
NAME = "ids-share-a-page"
FAMILY = "references"
SEVERITY = "error"

#: The message, in Vietnamese and English; ``{name}`` fields are the finding's parameters.
MESSAGE = (
    "Mã “{id}” và mã “{other}” cho ra cùng một trang ({page}); trang web chỉ dựng trang của “{other}”. Đổi một mã cho khác hẳn, hoặc gộp nếu là cùng một mục.",
    "Ids '{id}' and '{other}' give the same page ({page}); the site builds only the page of '{other}'. Give one a clearly different id, or merge them if they are one entry.",
)


def pages(ctx: Context) -> Iterator[tuple[str, str, Location]]:
    """(page path, id, location of the id) of every entry that gets a page, in load order."""
    for plan in ctx.corpus.plans.values():
        yield urls.plan(plan.slug), plan.slug, plan.source.location("/slug")
    for a in ctx.corpus.agencies.values():
        yield urls.agency(a.id), a.id, ctx.registry_loc(a.path, a.pointer + "/id")
    for i in ctx.corpus.indicators.values():
        yield urls.indicator(i.code), i.code, ctx.registry_loc(i.path, i.pointer + "/code")
    for d in ctx.corpus.documents.values():
        if d.id not in ctx.corpus.plans:
            yield urls.document(d.id), d.id, ctx.registry_loc(d.path, d.pointer + "/id")


def check(ctx: Context) -> Iterator[Finding]:
    first: dict[str, tuple[str, Location]] = {}
    for page, ident, loc in pages(ctx):
        if page not in first:
            first[page] = (ident, loc)
        elif first[page][0] != ident:
            yield Finding(CODE, loc, {"id": ident, "other": first[page][0], "page": page}, (first[page][1],))

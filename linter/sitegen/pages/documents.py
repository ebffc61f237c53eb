"""Cited-document pages: which plans cite a document, with the date and issuer as printed."""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial

from ...model import Document
from .. import formats, urls
from ..components import breadcrumb, filter_table
from ..components import card as make_card
from ..context import SiteContext, document_title
from ..markup import Cell, block, h, link, md, quoted_vi, table, tag
from ..words import DOC_TYPES, label, t
from . import Page, both
from .agencies import sources_html
from .plans import status_chip


def _date(iso: str | None, year: int | None, lang: str) -> Cell:
    return Cell(h(formats.date(iso, lang) if iso else (str(year) if year else "—")), iso or (str(year) if year else ""))


def pages(ctx: SiteContext) -> Iterator[Page]:
    for doc in sorted(ctx.corpus.documents.values(), key=lambda d: d.id):
        page = urls.document(doc.id)
        yield both(page, partial(render, ctx, doc, page), partial(describe, ctx, doc))
    index = urls.index("documents")
    yield both(index, lambda lang: render_index(ctx, index, lang), lambda lang: t("desc_index", lang).format(what=t("documents", lang)))


def describe(ctx: SiteContext, doc: Document, lang: str) -> str:
    title = f"{label(DOC_TYPES, doc.type, lang)} {doc.number or ''} – {document_title(doc, lang)}".replace("  ", " ")
    return t("desc_document", lang).format(title=title, count=formats.number(len(ctx.citations_by_document.get(doc.id, [])), lang))


def render_index(ctx: SiteContext, page: str, lang: str) -> str:
    rows: list[list[str | Cell]] = []
    for d in sorted(ctx.corpus.documents.values(), key=lambda d: (-d.year, d.id)):
        rows.append(
            [
                tag("span", ctx.document_link(page, d.id, lang), cls="cchc-nowrap"),
                h(label(DOC_TYPES, d.type, lang)),
                ctx.agency_link(page, d.issuer, lang),
                _date(d.date, d.year, lang),
                h(document_title(d, lang)),
                h(formats.number(len(ctx.citations_by_document.get(d.id, [])), lang)),
            ]
        )
    headers = [t("number", lang), t("type", lang), t("issuer", lang), t("date", lang), t("title", lang), t("stats_citations", lang)]
    return f"# {md(t('documents', lang))} {{#documents}}\n" + block(filter_table("documents-table", headers, rows, lang))


def render(ctx: SiteContext, doc: Document, page: str, lang: str) -> str:
    title = f"{label(DOC_TYPES, doc.type, lang)} {doc.number or ''} – {document_title(doc, lang)}".replace("  ", " ")
    out = [breadcrumb(page, lang, [(t("documents", lang), urls.index("documents")), (doc.number or document_title(doc, lang), None)])]
    out.append(f"# {md(title)} {{#top}}\n")
    card = [
        (t("number", lang), h(doc.number or "—")),
        (t("type", lang), h(label(DOC_TYPES, doc.type, lang))),
        (t("issuer", lang), ctx.agency_link(page, doc.issuer, lang)),
        (t("date", lang), _date(doc.date, doc.year, lang).html),
        (t("title", lang), h(document_title(doc, lang))),
    ]
    if doc.plan:
        card.append((t("plan", lang), ctx.plan_link(page, doc.plan, lang)))
    fields = {f: t(f, lang) for f in ("number", "type", "issuer", "date", "year", "title")}
    sources = sources_html(ctx, page, doc.sources, lang, fields)
    if sources:
        card.append((t("fact_source", lang), sources))
    out.append(block(make_card(card)))
    cites = ctx.citations_by_document.get(doc.id, [])
    out.append(f"## {md(t('cited_by', lang))} ({len(cites)}) {{#cited-by}}\n")
    rows: list[list[str | Cell]] = []
    classes: list[str] = []
    for plan, c in cites:
        # The linter decides what disagrees (CC101 date, CC102 issuer, CC103 number); the page shows its verdict.
        verdict = {
            r.finding.rule
            for r in ctx.plan_results(plan)
            if r.finding.location.pointer.startswith(c.pointer + "/") or r.finding.location.pointer == c.pointer
        }
        date_cell = _date(c.date, c.year, lang).html
        issuer_cell = quoted_vi(c.issuer_printed or "—", lang)
        number_cell = h(c.number or "—")
        note = f"{t('mismatch', lang)} {t('registry_value', lang)}"
        if "CC101" in verdict:
            date_cell = tag(
                "mark", date_cell + (" ≠ " + h(formats.date(doc.date, lang)) if doc.date else ""), cls="cchc-mismatch", title=note
            )
        if "CC102" in verdict:
            issuer_cell = tag("mark", issuer_cell, cls="cchc-mismatch", title=note)
        if "CC103" in verdict:
            number_cell = tag("mark", number_cell, cls="cchc-mismatch", title=note)
        mismatch = bool(verdict & {"CC101", "CC102", "CC103"})
        rows.append(
            [
                tag("span", ctx.plan_link(page, plan.slug, lang, text=plan.header.number), cls="cchc-nowrap"),
                status_chip(ctx.plan_status(plan), lang),
                link(urls.href(page, urls.plan(plan.slug), ctx.item_id(plan, "c", c.id)), ctx.section_ref(plan, c.section, lang) or c.id),
                tag("span", number_cell, cls="cchc-nowrap"),
                date_cell,
                issuer_cell,
                quoted_vi(c.printed, lang) + " " + ctx.badges(page, plan, c.pointer, lang),
            ]
        )
        classes.append("cchc-row-mismatch" if mismatch else "")
    headers = [
        t("plan", lang),
        t("status", lang),
        t("section", lang),
        t("number", lang),
        t("date_printed", lang),
        t("issuer", lang),
        t("printed", lang),
    ]
    out.append(block(table(headers, rows, row_classes=classes) if rows else tag("p", h(t("none", lang))), search=False))
    return "\n".join(out)

"""Agency pages: every task an agency leads or supports, across plans."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from functools import partial

from ...model import Agency, FactSource, Plan, Sourced, Task
from ...validity import CENTRAL, ending
from .. import formats, urls
from ..components import breadcrumb
from ..components import card as make_card
from ..context import SiteContext, document_title, province_name
from ..markup import Cell, anchor, block, h, link, md, table, tag
from ..words import AGENCY_KINDS, DOC_TYPES, FACT_SOURCES, LEVELS, label, t
from . import Page, both
from .plans import deadline_cell, mentions, status_chip


def pages(ctx: SiteContext) -> Iterator[Page]:
    for agency in sorted(ctx.corpus.agencies.values(), key=lambda a: a.id):
        page = urls.agency(agency.id)
        yield both(page, partial(render, ctx, agency, page), partial(describe, ctx, agency))
    index = urls.index("agencies")
    yield both(index, lambda lang: render_index(ctx, index, lang), lambda lang: t("desc_index", lang).format(what=t("agencies", lang)))


def describe(ctx: SiteContext, agency: Agency, lang: str) -> str:
    return t("desc_agency", lang).format(
        name=agency.name.get(lang),
        plans=formats.number(sum(1 for p in ctx.corpus.plans.values() if p.issuer.agency == agency.id), lang),
        led=formats.number(len(ctx.led.get(agency.id, [])), lang),
        supported=formats.number(len(ctx.supported.get(agency.id, [])), lang),
    )


def render_index(ctx: SiteContext, page: str, lang: str) -> str:
    by_scope: dict[str, list[Agency]] = defaultdict(list)
    for a in ctx.corpus.agencies.values():
        by_scope[a.scope].append(a)
    out = [f"# {md(t('agencies', lang))} {{#agencies}}\n"]
    for scope in sorted(by_scope):
        out.append(f"## {md(province_name(ctx.corpus, scope, lang))} {{#{anchor('scope', scope)}}}\n")
        rows = [
            [
                ctx.agency_link(page, a.id, lang),
                h(label(LEVELS, a.level, lang)),
                h(label(AGENCY_KINDS, a.kind, lang)),
                h(formats.number(len(ctx.led.get(a.id, [])), lang)),
                h(formats.number(len(ctx.supported.get(a.id, [])), lang)),
            ]
            for a in sorted(by_scope[scope], key=lambda a: a.name.get(lang))
        ]
        out.append(
            block(
                table(
                    [t("name", lang), t("level", lang), t("kind", lang), t("led_tasks", lang), t("supported_tasks", lang)],
                    rows,
                    cls="cchc-sortable",
                )
            )
        )
    return "\n".join(out)


def task_rows(ctx: SiteContext, page: str, items: list[tuple[Plan, Task]], lang: str) -> str:
    rows: list[list[str | Cell]] = []
    for plan, task in items:
        rows.append(
            [
                tag("span", ctx.plan_link(page, plan.slug, lang, text=plan.header.number), cls="cchc-nowrap"),
                h(ctx.task_ref(plan, task, lang)),
                link(urls.href(page, urls.plan(plan.slug), ctx.item_id(plan, "task", task.id)), task.text.get(lang)),
                deadline_cell(task, lang),
                mentions(ctx, page, task.lead, lang, empty=t("none", lang)),
            ]
        )
    headers = [t("plan", lang), t("section", lang), t("task", lang), t("deadline", lang), t("lead", lang)]
    return table(headers, rows, cls="cchc-sortable") if rows else tag("p", h(t("none", lang)))


def issued_plans(ctx: SiteContext, page: str, agency: Agency, lang: str) -> str:
    """The plans the agency issued, with their period and check result."""
    rows: list[list[str | Cell]] = [
        [
            tag("span", ctx.plan_link(page, p.slug, lang, text=p.header.number), cls="cchc-nowrap"),
            h(p.title.get(lang)),
            Cell(h(formats.date(p.header.date, lang)), p.header.date),
            h(formats.period(p.period[0], p.period[1], lang)),
            h(formats.number(len(p.tasks), lang)),
            status_chip(ctx.plan_status(p), lang),
        ]
        for p in ctx.plans()
        if p.issuer.agency == agency.id
    ]
    headers = [t("number", lang), t("title", lang), t("date", lang), t("period", lang), t("tasks", lang), t("status", lang)]
    return table(headers, rows, cls="cchc-sortable") if rows else ""


def span_words(start: str | None, end: str | None, lang: str) -> str:
    """A span of days in words: "from 1 July 2025 to …", "until 30 June 2025"."""
    if start and end:
        return t("valid_from_to", lang).format(start=formats.date(start, lang), end=formats.date(end, lang))
    if start:
        return t("valid_from_only", lang).format(start=formats.date(start, lang))
    return t("valid_until_only", lang).format(end=formats.date(end or "", lang))


def source_html(ctx: SiteContext, page: str, source: FactSource, lang: str) -> str:
    """Where a registry fact comes from, as HTML: its kind, the citation or document it names, its note."""
    parts = [h(label(FACT_SOURCES, source.kind, lang))]
    if source.kind == "citation" and source.plan in ctx.corpus.plans:
        plan = ctx.corpus.plans[source.plan]
        where = link(urls.href(page, urls.plan(plan.slug), ctx.item_id(plan, "c", source.citation or "")), plan.header.number)
        before, _, after = t("citation_in", lang).partition("{plan}")
        cited = source.citation or ""
        gap = " " if before.endswith(" ") else ""
        parts.append(h(before.format(citation=cited).rstrip()) + gap + where + h(after.format(citation=cited)))
    if source.document and source.document in ctx.corpus.documents:
        parts.append(ctx.document_link(page, source.document, lang))
    if source.note is not None:
        parts.append(h(source.note.get(lang)))
    return " — ".join(parts)


def sources_html(ctx: SiteContext, page: str, sources: Sourced, lang: str, fields: dict[str, str]) -> str | None:
    """An entry's sources: the entry's own, then each field's that differs (``fields``: field → its word)."""
    lines = [source_html(ctx, page, sources.entry, lang)] if sources.entry is not None else []
    for name, source in sources.fields:
        lines.append(h(fields.get(name, name)) + ": " + source_html(ctx, page, source, lang))
    return "<br>".join(lines) or None


def validity_rows(ctx: SiteContext, page: str, agency: Agency, lang: str) -> list[tuple[str, str]]:
    """The card rows on an agency's time: when it exists, what took its place, and the sources."""
    rows: list[tuple[str, str]] = []
    end = ending(ctx.corpus, agency)
    if end is not None and end.why == "province":
        rows.append((t("validity", lang), h(t("ended_with_province", lang).format(end=formats.date(end.until, lang)))))
    elif agency.valid_from or agency.valid_until:
        rows.append((t("validity", lang), h(span_words(agency.valid_from, agency.valid_until, lang))))
    successors = [ctx.agency_link(page, s, lang) for s in agency.successors]
    if not successors and end is not None and end.province_successor is not None:
        successors = [h(end.province_successor.name.get(lang))]
    if successors:
        rows.append((t("successors", lang), "<br>".join(successors)))
    words = {
        "name": t("name", lang),
        "valid_from": t("validity", lang),
        "valid_until": t("validity", lang),
        "successors": t("successors", lang),
    }
    sources = sources_html(ctx, page, agency.sources, lang, words)
    if sources:
        rows.append((t("fact_source", lang), sources))
    return rows


def render(ctx: SiteContext, agency: Agency, page: str, lang: str) -> str:
    out = [breadcrumb(page, lang, [(t("agencies", lang), urls.index("agencies")), (agency.name.get(lang), None)])]
    out.append(f"# {md(agency.name.get(lang))} {{#top}}\n")
    card = [
        (
            t("province", lang),
            ctx.province_link(page, agency.scope, lang) if agency.scope != CENTRAL else h(province_name(ctx.corpus, agency.scope, lang)),
        ),
        (t("level", lang), h(label(LEVELS, agency.level, lang))),
        (t("kind", lang), h(label(AGENCY_KINDS, agency.kind, lang))),
        (t("aliases", lang), "<br>".join(h(a) for a in agency.aliases) or h(t("none", lang))),
    ]
    if agency.parent:
        card.append((t("agency", lang), ctx.agency_link(page, agency.parent, lang)))
    card.extend(validity_rows(ctx, page, agency, lang))
    out.append(block(make_card(card)))
    issued_table = issued_plans(ctx, page, agency, lang)
    if issued_table:
        out.append(f"## {md(t('plans_issued', lang))} {{#plans-issued}}\n")
        out.append(block(issued_table))
    led = ctx.led.get(agency.id, [])
    out.append(f"## {md(t('led_tasks', lang))} ({len(led)}) {{#led}}\n")
    out.append(block(task_rows(ctx, page, led, lang), search=False))
    supported = ctx.supported.get(agency.id, [])
    out.append(f"## {md(t('supported_tasks', lang))} ({len(supported)}) {{#supported}}\n")
    out.append(block(task_rows(ctx, page, supported, lang), search=False))
    assigned = [(p, a) for p in ctx.plans() for a in p.assignments if any(m.agency == agency.id for m in a.leads)]
    if assigned:
        out.append(f"## {md(t('assignments', lang))} {{#assignments}}\n")
        rows = [
            [ctx.plan_link(page, p.slug, lang, text=p.header.number), h(ctx.section_ref(p, a.section, lang)), h(a.text.get(lang))]
            for p, a in assigned
        ]
        out.append(block(table([t("plan", lang), t("section", lang), t("text", lang)], rows)))
    issued = [d for d in ctx.corpus.documents.values() if d.issuer == agency.id]
    if issued:
        out.append(f"## {md(t('issued', lang))} {{#issued}}\n")
        doc_rows: list[list[str | Cell]] = [
            [
                tag("span", ctx.document_link(page, d.id, lang), cls="cchc-nowrap"),
                h(label(DOC_TYPES, d.type, lang)),
                Cell(h(formats.date(d.date, lang) if d.date else str(d.year)), d.date or str(d.year)),
                h(document_title(d, lang)),
            ]
            for d in sorted(issued, key=lambda d: (d.year, d.id))
        ]
        out.append(block(table([t("number", lang), t("type", lang), t("date", lang), t("title", lang)], doc_rows, cls="cchc-sortable")))
    return "\n".join(out)

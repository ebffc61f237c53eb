"""Province pages: the province's plans and agencies."""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial

from ...validity import CENTRAL, provinces_in_force
from .. import formats, urls
from ..components import breadcrumb
from ..components import card as make_card
from ..context import SiteContext, province_name
from ..markup import Cell, block, h, md, table, tag
from ..words import AGENCY_KINDS, LEVELS, label, t
from . import Page, both
from .agencies import sources_html, span_words
from .plans import status_chip


def provinces(ctx: SiteContext) -> list[str]:
    return sorted({p.province for p in ctx.corpus.plans.values()} | {a.scope for a in ctx.corpus.agencies.values() if a.scope != CENTRAL})


def pages(ctx: SiteContext) -> Iterator[Page]:
    for prov in provinces(ctx):
        page = urls.province(prov)
        yield both(page, partial(render, ctx, prov, page), partial(describe, ctx, prov))
    index = urls.index("provinces")
    yield both(index, lambda lang: render_index(ctx, index, lang), lambda lang: t("desc_index", lang).format(what=t("provinces", lang)))


def describe(ctx: SiteContext, prov: str, lang: str) -> str:
    plans = [p for p in ctx.corpus.plans.values() if p.province == prov]
    return t("desc_province", lang).format(
        name=province_name(ctx.corpus, prov, lang),
        plans=formats.number(len(plans), lang),
        tasks=formats.number(sum(len(p.tasks) for p in plans), lang),
    )


def render_index(ctx: SiteContext, page: str, lang: str) -> str:
    rows = []
    for prov in provinces(ctx):
        plans = [p for p in ctx.plans() if p.province == prov]
        rows.append(
            [
                ctx.province_link(page, prov, lang),
                h(str(len(plans))),
                h(str(sum(len(p.tasks) for p in plans))),
                h(str(sum(len(p.targets) for p in plans))),
            ]
        )
    headers = [t("province", lang), t("plans", lang), t("tasks", lang), t("targets", lang)]
    out = f"# {md(t('provinces', lang))} {{#provinces}}\n" + block(table(headers, rows, cls="cchc-sortable"))
    return out + over_time(ctx, page, lang)


def over_time(ctx: SiteContext, page: str, lang: str) -> str:
    """Every provincial-level unit of the registry: when it existed, its successor and the source."""
    if not ctx.corpus.provinces:
        return ""
    days = sorted({d for p in ctx.corpus.provinces.values() for d in (p.valid_from, p.valid_until) if d})
    counts = []
    for day in days:
        n = provinces_in_force(ctx.corpus, day)
        counts.append(h(t("provinces_count_on", lang).format(count=formats.number(n or 0, lang), day=formats.date(day, lang))))
        later = next_day(day)
        n = provinces_in_force(ctx.corpus, later)
        counts.append(h(t("provinces_count_on", lang).format(count=formats.number(n or 0, lang), day=formats.date(later, lang))))
    rows: list[list[str | Cell]] = []
    for prov in sorted(ctx.corpus.provinces.values(), key=lambda p: p.name.get(lang)):
        successor = ctx.corpus.provinces.get(prov.successor or "")
        span = span_words(prov.valid_from, prov.valid_until, lang) if (prov.valid_from or prov.valid_until) else t("in_force_now", lang)
        rows.append(
            [
                ctx.province_link(page, prov.id, lang) if prov.id in provinces(ctx) else h(prov.name.get(lang)),
                Cell(h(span), prov.valid_until or "9999"),
                h(successor.name.get(lang)) if successor is not None else "",
                sources_html(ctx, page, prov.sources, lang, {}) or "",
            ]
        )
    headers = [t("province", lang), t("validity", lang), t("successors", lang), t("fact_source", lang)]
    return (
        f"\n## {md(t('provinces_over_time', lang))} {{#over-time}}\n"
        + block(tag("p", "<br>".join(counts)))
        + block(table(headers, rows, cls="cchc-sortable"))
    )


def next_day(day: str) -> str:
    from datetime import date, timedelta

    return (date.fromisoformat(day) + timedelta(days=1)).isoformat()


def province_card(ctx: SiteContext, prov: str, page: str, lang: str) -> list[str]:
    """The province's time in the registry: when it ended, its successor and the source."""
    unit = ctx.corpus.provinces.get(prov)
    if unit is None or not (unit.valid_from or unit.valid_until):
        return []
    rows = [(t("validity", lang), h(span_words(unit.valid_from, unit.valid_until, lang)))]
    successor = ctx.corpus.provinces.get(unit.successor or "")
    if successor is not None:
        rows.append((t("successors", lang), h(successor.name.get(lang))))
    sources = sources_html(ctx, page, unit.sources, lang, {})
    if sources:
        rows.append((t("fact_source", lang), sources))
    return [block(make_card(rows))]


def render(ctx: SiteContext, prov: str, page: str, lang: str) -> str:
    out = [
        breadcrumb(page, lang, [(t("provinces", lang), urls.index("provinces")), (province_name(ctx.corpus, prov, lang), None)]),
        f"# {md(province_name(ctx.corpus, prov, lang))} {{#top}}\n",
        *province_card(ctx, prov, page, lang),
        f"## {md(t('plans', lang))} {{#plans}}\n",
    ]
    rows: list[list[str | Cell]] = [
        [
            ctx.plan_link(page, p.slug, lang, text=p.header.number),
            h(p.title.get(lang)),
            h(formats.period(p.period[0], p.period[1], lang)),
            Cell(h(formats.date(p.header.date, lang)), p.header.date),
            h(formats.number(len(p.tasks), lang)),
            h(formats.number(len(p.targets), lang)),
            status_chip(ctx.plan_status(p), lang),
        ]
        for p in ctx.plans()
        if p.province == prov
    ]
    headers = [
        t("number", lang),
        t("title", lang),
        t("period", lang),
        t("date", lang),
        t("tasks", lang),
        t("targets", lang),
        t("status", lang),
    ]
    out.append(block(table(headers, rows, cls="cchc-sortable")))
    out.append(f"## {md(t('agencies', lang))} {{#agencies}}\n")
    agencies = sorted((a for a in ctx.corpus.agencies.values() if a.scope == prov), key=lambda a: a.name.get(lang))
    rows = [
        [
            ctx.agency_link(page, a.id, lang),
            h(label(LEVELS, a.level, lang)),
            h(label(AGENCY_KINDS, a.kind, lang)),
            h(str(len(ctx.led.get(a.id, [])))),
        ]
        for a in agencies
    ]
    out.append(block(table([t("name", lang), t("level", lang), t("kind", lang), t("led_tasks", lang)], rows, cls="cchc-sortable")))
    return "\n".join(out)

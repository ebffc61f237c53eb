"""Agency pages: every task an agency leads or supports, across plans."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from functools import partial

from ...model import Agency, Plan, Task
from .. import urls
from ..components import card as make_card
from ..context import SiteContext, province_name
from ..markup import anchor, block, h, link, md, table, tag
from ..words import AGENCY_KINDS, DOC_TYPES, LEVELS, label, t
from . import Page, both


def pages(ctx: SiteContext) -> Iterator[Page]:
    for agency in sorted(ctx.corpus.agencies.values(), key=lambda a: a.id):
        page = urls.agency(agency.id)
        yield both(page, partial(render, ctx, agency, page))
    index = urls.index("agencies")
    yield both(index, lambda lang: render_index(ctx, index, lang))


def render_index(ctx: SiteContext, page: str, lang: str) -> str:
    by_scope: dict[str, list[Agency]] = defaultdict(list)
    for a in ctx.corpus.agencies.values():
        by_scope[a.scope].append(a)
    out = [f"# {md(t('agencies', lang))} {{#agencies}}\n"]
    for scope in sorted(by_scope):
        out.append(f"## {md(province_name(scope, lang))} {{#{anchor('scope', scope)}}}\n")
        rows = [
            [
                ctx.agency_link(page, a.id, lang),
                h(label(LEVELS, a.level, lang)),
                h(label(AGENCY_KINDS, a.kind, lang)),
                h(str(len(ctx.led.get(a.id, [])))),
                h(str(len(ctx.supported.get(a.id, [])))),
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
    rows = []
    for plan, task in items:
        rows.append(
            [
                ctx.plan_link(page, plan.slug, lang, text=plan.header.number),
                link(urls.href(page, urls.plan(plan.slug), anchor("task", task.id)), task.text.get(lang)),
                h(task.deadline.printed if task.deadline else ""),
                ", ".join(ctx.agency_link(page, m.agency, lang, m.printed) for m in task.lead) or h(t("none", lang)),
            ]
        )
    headers = [t("plan", lang), t("task", lang), t("deadline", lang), t("lead", lang)]
    return table(headers, rows, cls="cchc-sortable") if rows else tag("p", h(t("none", lang)))


def render(ctx: SiteContext, agency: Agency, page: str, lang: str) -> str:
    out = [f"# {md(agency.name.get(lang))} {{#top}}\n"]
    card = [
        (
            t("province", lang),
            ctx.province_link(page, agency.scope, lang) if agency.scope != "trung-uong" else h(province_name(agency.scope, lang)),
        ),
        (t("level", lang), h(label(LEVELS, agency.level, lang))),
        (t("kind", lang), h(label(AGENCY_KINDS, agency.kind, lang))),
        (t("aliases", lang), "<br>".join(h(a) for a in agency.aliases) or h(t("none", lang))),
    ]
    if agency.parent:
        card.append((t("agency", lang), ctx.agency_link(page, agency.parent, lang)))
    out.append(block(make_card(card)))
    led = ctx.led.get(agency.id, [])
    out.append(f"## {md(t('led_tasks', lang))} ({len(led)}) {{#led}}\n")
    out.append(block(task_rows(ctx, page, led, lang)))
    supported = ctx.supported.get(agency.id, [])
    out.append(f"## {md(t('supported_tasks', lang))} ({len(supported)}) {{#supported}}\n")
    out.append(block(task_rows(ctx, page, supported, lang)))
    assigned = [(p, a) for p in ctx.plans() for a in p.assignments if any(m.agency == agency.id for m in a.leads)]
    if assigned:
        out.append(f"## {md(t('assignments', lang))} {{#assignments}}\n")
        rows = [[ctx.plan_link(page, p.slug, lang, text=p.header.number), h(a.section), h(a.text.get(lang))] for p, a in assigned]
        out.append(block(table([t("plan", lang), t("section", lang), t("text", lang)], rows)))
    issued = [d for d in ctx.corpus.documents.values() if d.issuer == agency.id]
    if issued:
        out.append(f"## {md(t('issued', lang))} {{#issued}}\n")
        rows = [
            [ctx.document_link(page, d.id, lang), h(label(DOC_TYPES, d.type, lang)), h(d.date or str(d.year)), h(d.title.get(lang))]
            for d in sorted(issued, key=lambda d: (d.year, d.id))
        ]
        out.append(block(table([t("number", lang), t("type", lang), t("date", lang), t("title", lang)], rows, cls="cchc-sortable")))
    return "\n".join(out)

"""Indicator pages: every target and reported result across plans and years, charted and tabled."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from functools import partial

from ...model import Indicator, Plan, ReportedResult, Target
from ...textnorm import slugify
from .. import formats, urls
from ..chart import (
    CHANGE_COMPARATORS,
    Mark,
    Series,
    figure,
    result_mark,
    target_mark,
    y_label,
)
from ..components import breadcrumb
from ..components import card as make_card
from ..context import SiteContext, province_name
from ..markup import block, h, h_code, link, md, table, tag
from ..words import BETTER, UNITS, label, t
from . import Page, both

#: The order of the charts of one indicator: levels by unit, then changes.
UNIT_ORDER = ("percent", "rank", "group", "score", "count", "days", "percentage-points")


def pages(ctx: SiteContext) -> Iterator[Page]:
    for ind in sorted(ctx.corpus.indicators.values(), key=lambda i: i.code):
        page = urls.indicator(ind.code)
        yield both(page, partial(render, ctx, ind, page), partial(describe, ctx, ind))
    index = urls.index("indicators")
    yield both(index, lambda lang: render_index(ctx, index, lang), lambda lang: t("desc_index", lang).format(what=t("indicators", lang)))


def describe(ctx: SiteContext, ind: Indicator, lang: str) -> str:
    return t("desc_indicator", lang).format(
        name=title(ind, lang),
        targets=formats.number(len(ctx.targets_by_indicator.get(ind.code, [])), lang),
        results=formats.number(len(ctx.results_by_indicator.get(ind.code, [])), lang),
    )


def render_index(ctx: SiteContext, page: str, lang: str) -> str:
    rows = [
        [
            ctx.indicator_link(page, i.code, lang),
            h_code(i.code),
            h(i.publisher.get(lang)),
            h(formats.number(len(ctx.targets_by_indicator.get(i.code, [])), lang)),
        ]
        for i in sorted(ctx.corpus.indicators.values(), key=lambda i: i.code)
    ]
    headers = [t("name", lang), t("code", lang), t("publisher", lang), t("targets", lang)]
    return f"# {md(t('indicators', lang))} {{#indicators}}\n" + block(table(headers, rows, cls="cchc-sortable"))


def title(ind: Indicator, lang: str) -> str:
    """The indicator's name, with its code in brackets unless the name already shows it (``PAR INDEX`` shows ``PAR-INDEX``)."""
    name = ind.name.get(lang)
    code = slugify(ind.code)
    if code and f"-{code}-" in f"-{slugify(name)}-":
        return name
    return f"{name} ({ind.code})"


def plan_label(ctx: SiteContext, plan: Plan, lang: str) -> str:
    """How a chart names a plan: its number and its province, never a slug."""
    return f"{plan.header.number} · {province_name(ctx.corpus, plan.province, lang)}"


def chart_groups(
    targets: list[tuple[Plan, Target]], results: list[tuple[Plan, ReportedResult]]
) -> list[tuple[str, bool, list[tuple[Plan, Target]], list[tuple[Plan, ReportedResult]]]]:
    """(unit, change, targets, results) per chart: one chart per unit, and one for increase/decrease targets of a unit."""
    groups: dict[tuple[str, bool], tuple[list[tuple[Plan, Target]], list[tuple[Plan, ReportedResult]]]] = defaultdict(lambda: ([], []))
    for plan, target in targets:
        groups[(target.unit, target.comparator in CHANGE_COMPARATORS)][0].append((plan, target))
    for plan, r in results:
        groups[(r.unit, False)][1].append((plan, r))

    def order(key: tuple[str, bool]) -> tuple[bool, int, str]:
        unit, change = key
        return change, UNIT_ORDER.index(unit) if unit in UNIT_ORDER else len(UNIT_ORDER), unit

    return [(unit, change, *groups[(unit, change)]) for unit, change in sorted(groups, key=order)]


def chart_series(
    ctx: SiteContext,
    targets: list[tuple[Plan, Target]],
    results: list[tuple[Plan, ReportedResult]],
    colours: dict[str, int],
    lang: str,
) -> list[Series]:
    """One series per plan: its targets and the results it reports, in the order of ``colours``."""
    marks: dict[str, list[Mark]] = defaultdict(list)
    plans: dict[str, Plan] = {}
    for plan, target in targets:
        plans[plan.slug] = plan
        mark = target_mark(target, plan_label(ctx, plan, lang), lang)
        if mark is not None:
            marks[plan.slug].append(mark)
    for plan, r in results:
        plans[plan.slug] = plan
        marks[plan.slug].append(result_mark(r, plan_label(ctx, plan, lang), lang))
    return [
        Series(plan_label(ctx, plans[slug], lang), tuple(marks[slug]), colour=colours.get(slug, 0))
        for slug in sorted(marks, key=lambda s: colours.get(s, 0))
    ]


def render(ctx: SiteContext, ind: Indicator, page: str, lang: str) -> str:
    name = ind.name.get(lang)
    out = [
        breadcrumb(page, lang, [(t("indicators", lang), urls.index("indicators")), (ind.name.get(lang), None)]),
        f"# {md(title(ind, lang))} {{#top}}\n",
    ]
    card = [
        (t("code", lang), h_code(ind.code)),
        (t("definition", lang), h(ind.definition.get(lang))),
        (t("unit", lang), h(label(UNITS, ind.unit, lang) or ind.unit)),
        (t("better", lang), h(label(BETTER, ind.better, lang))),
        (t("range", lang), h(f"{formats.number(ind.range[0], lang)}–{formats.number(ind.range[1], lang)}")),
        (t("publisher", lang), h(ind.publisher.get(lang))),
    ]
    out.append(block(make_card(card)))
    order = {p.slug: i for i, p in enumerate(ctx.plans())}
    items = sorted(ctx.targets_by_indicator.get(ind.code, []), key=lambda pt: (order.get(pt[0].slug, 0), pt[1].due_year() or 0, pt[1].id))
    results = sorted(ctx.results_by_indicator.get(ind.code, []), key=lambda pr: (order.get(pr[0].slug, 0), pr[1].year))
    on_page = sorted({p.slug for p, _ in items} | {p.slug for p, _ in results}, key=lambda s: order.get(s, 0))
    colours = {slug: i for i, slug in enumerate(on_page)}
    out.append(f"## {md(t('targets', lang))} ({formats.number(len(items), lang)}) {{#targets}}\n")
    for unit, change, targets, reported in chart_groups(items, results):
        series = chart_series(ctx, targets, reported, colours, lang)
        out_of = max((r.out_of or 0 for _, r in reported), default=0) or None
        fig = figure(series, unit=unit, title=f"{name} — {y_label(unit, lang, change=change)}", lang=lang, change=change, out_of=out_of)
        if fig:
            out.append(block(fig))
    rows = [
        [
            ctx.plan_link(page, plan.slug, lang, text=plan.header.number),
            h(province_name(ctx.corpus, plan.province, lang)),
            h(formats.when(target)),
            h(formats.target_value(target, lang)),
            h(formats.scope(target, lang)),
            link(urls.href(page, urls.plan(plan.slug), ctx.item_id(plan, "t", target.id)), target.printed.get(lang)),
        ]
        for plan, target in items
    ]
    headers = [t("plan", lang), t("province", lang), t("year", lang), t("value", lang), t("scope", lang), t("printed", lang)]
    out.append(
        block(
            table(headers, rows, cls="cchc-sortable cchc-chart-data", caption=t("milestones", lang))
            if rows
            else tag("p", h(t("none", lang))),
            search=False,
        )
    )
    if results:
        out.append(f"## {md(t('results', lang))} ({formats.number(len(results), lang)}) {{#results}}\n")
        rrows = [
            [
                ctx.plan_link(page, plan.slug, lang, text=plan.header.number),
                h(province_name(ctx.corpus, plan.province, lang)),
                h(str(r.year)),
                h(formats.result_value(r, lang)),
                link(urls.href(page, urls.plan(plan.slug), ctx.item_id(plan, "r", r.id)), r.printed.get(lang)),
            ]
            for plan, r in results
        ]
        headers = [t("plan", lang), t("province", lang), t("year", lang), t("result", lang), t("printed", lang)]
        out.append(block(table(headers, rrows, cls="cchc-sortable cchc-chart-data"), search=False))
    return "\n".join(out)

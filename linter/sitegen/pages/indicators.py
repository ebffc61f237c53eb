"""Indicator pages: every target across plans and years, and a chart of child targets beside parent milestones."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from functools import partial

from ...model import Indicator, Plan, ReportedResult, Target
from .. import urls
from ..chart import Series, line_chart
from ..components import card as make_card
from ..context import SiteContext
from ..markup import anchor, block, h, link, md, table, tag
from ..words import BETTER, LEVELS, UNITS, label, t
from . import Page, both
from .plans import result_value, target_value, when


def pages(ctx: SiteContext) -> Iterator[Page]:
    for ind in sorted(ctx.corpus.indicators.values(), key=lambda i: i.code):
        page = urls.indicator(ind.code)
        yield both(page, partial(render, ctx, ind, page))
    index = urls.index("indicators")
    yield both(index, lambda lang: render_index(ctx, index, lang))


def render_index(ctx: SiteContext, page: str, lang: str) -> str:
    rows = [
        [ctx.indicator_link(page, i.code, lang), h(i.code), h(i.publisher.get(lang)), h(str(len(ctx.targets_by_indicator.get(i.code, []))))]
        for i in sorted(ctx.corpus.indicators.values(), key=lambda i: i.code)
    ]
    headers = [t("name", lang), "Code" if lang == "en" else "Mã", t("publisher", lang), t("targets", lang)]
    return f"# {md(t('indicators', lang))} {{#indicators}}\n" + block(table(headers, rows, cls="cchc-sortable"))


def chart_series(items: list[tuple[Plan, Target]], lang: str) -> list[Series]:
    """One series per plan (and unit): its targets with a single year, as (year, value)."""
    points: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for plan, target in items:
        year = target.year if target.year is not None else (target.period[1] if target.period else None)
        if year is None:
            continue
        points[f"{plan.header.number} ({plan.province})"].append((year, float(target.value)))
    return [Series(name, tuple(sorted(set(p)))) for name, p in points.items()]


def result_series(items: list[tuple[Plan, ReportedResult]], lang: str) -> list[Series]:
    """One series per reporting plan: the results it reports, as (year, value)."""
    points: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for plan, r in items:
        points[f"{plan.header.number} ({plan.province}) — {t('results_series', lang)}"].append((r.year, float(r.value)))
    return [Series(name, tuple(sorted(set(p))), kind="result") for name, p in points.items()]


def render(ctx: SiteContext, ind: Indicator, page: str, lang: str) -> str:
    out = [f"# {md(ind.name.get(lang))} ({md(ind.code)}) {{#top}}\n"]
    card = [
        (t("definition", lang), h(ind.definition.get(lang))),
        (t("unit", lang), h(label(UNITS, ind.unit, lang) or ind.unit)),
        (t("better", lang), h(label(BETTER, ind.better, lang))),
        (t("range", lang), h(f"{_n(ind.range[0])}–{_n(ind.range[1])}")),
        (t("publisher", lang), h(ind.publisher.get(lang))),
    ]
    out.append(block(make_card(card)))
    items = sorted(ctx.targets_by_indicator.get(ind.code, []), key=lambda pt: (pt[0].slug, pt[1].year or 0))
    out.append(f"## {md(t('targets', lang))} ({len(items)}) {{#targets}}\n")
    by_unit: dict[str, list[tuple[Plan, Target]]] = defaultdict(list)
    for plan, target in items:
        by_unit[target.unit].append((plan, target))
    results = sorted(ctx.results_by_indicator.get(ind.code, []), key=lambda pr: (pr[0].slug, pr[1].year))
    results_by_unit: dict[str, list[tuple[Plan, ReportedResult]]] = defaultdict(list)
    for plan, r in results:
        results_by_unit[r.unit].append((plan, r))
        by_unit.setdefault(r.unit, [])
    for unit, group in by_unit.items():
        series = chart_series(group, lang) + result_series(results_by_unit.get(unit, []), lang)
        if series:
            title = f"{ind.name.get(lang)} — {label(UNITS, unit, lang) or unit}"
            y_label = t("rank_axis", lang) if unit == "rank" else (label(UNITS, unit, lang) or unit)
            svg = line_chart(series, title=title, y_label=y_label, invert=(unit == "rank"))
            out.append(block(tag("figure", svg + tag("figcaption", h(t("chart_note", lang))), cls="cchc-figure")))
    rows = []
    for plan, target in items:
        rows.append(
            [
                ctx.plan_link(page, plan.slug, lang, text=plan.header.number),
                h(when(target)),
                h(target_value(target, lang)),
                h(label(LEVELS, target.scope.level, lang) + (f" · {target.scope.sector}" if target.scope.sector else "")),
                link(urls.href(page, urls.plan(plan.slug), anchor("t", target.id)), target.printed.get(lang)),
            ]
        )
    headers = [t("plan", lang), t("year", lang), t("value", lang), t("scope", lang), t("printed", lang)]
    out.append(
        block(
            table(headers, rows, cls="cchc-sortable cchc-chart-data", caption=t("milestones", lang))
            if rows
            else tag("p", h(t("none", lang)))
        )
    )
    if results:
        out.append(f"## {md(t('results', lang))} ({len(results)}) {{#results}}\n")
        rrows = [
            [
                ctx.plan_link(page, plan.slug, lang, text=plan.header.number),
                h(str(r.year)),
                h(result_value(r, lang)),
                link(urls.href(page, urls.plan(plan.slug), anchor("r", r.id)), r.printed.get(lang)),
            ]
            for plan, r in results
        ]
        out.append(
            block(
                table([t("plan", lang), t("year", lang), t("result", lang), t("printed", lang)], rrows, cls="cchc-sortable cchc-chart-data")
            )
        )
    return "\n".join(out)


def _n(v: float) -> str:
    return str(int(v)) if float(v).is_integer() else str(v)

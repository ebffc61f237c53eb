"""The findings overview: every finding of the corpus, by rule and by plan."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from .. import urls
from ..components import filter_table
from ..context import SiteContext
from ..markup import block, h, link, md, table, tag
from ..words import t
from . import Page, both
from .plans import status_chip


def pages(ctx: SiteContext) -> Iterator[Page]:
    page = urls.FINDINGS
    yield both(page, lambda lang: render_page(ctx, page, lang), lambda lang: t("desc_index", lang).format(what=t("findings", lang)))


def render_page(ctx: SiteContext, page: str, lang: str) -> str:
    results = ctx.report.results
    out = [f"# {md(t('findings', lang))} {{#findings}}\n"]
    acked = sum(1 for r in results if r.acknowledged)
    out.append(block(tag("p", h(f"{t('open', lang)}: {len(results) - acked} · {t('acknowledged', lang)}: {acked}"))))
    out.append(f"## {md(t('by_plan', lang))} {{#by-plan}}\n")
    rows = []
    for plan in ctx.plans():
        mine = ctx.plan_results(plan)
        status = ctx.plan_status(plan)
        rows.append(
            [
                ctx.plan_link(page, plan.slug, lang, "findings", plan.header.number),
                status_chip(status, lang),
                h(str(sum(1 for r in mine if not r.acknowledged))),
                h(str(sum(1 for r in mine if r.acknowledged))),
            ]
        )
    out.append(block(table([t("plan", lang), t("status", lang), t("open", lang), t("acknowledged", lang)], rows, cls="cchc-sortable")))
    out.append(f"## {md(t('by_rule', lang))} {{#by-rule}}\n")
    counts = Counter(r.finding.rule for r in results)
    rows = [
        [ctx.rule_link(page, code, lang), h(ctx.report.rules[code].doc.title(lang) if code in ctx.report.rules else ""), h(str(n))]
        for code, n in sorted(counts.items())
    ]
    out.append(block(table([t("rule", lang), t("summary", lang), t("count", lang)], rows, cls="cchc-sortable")))
    out.append(f"## {md(t('all_findings', lang))} {{#all}}\n")
    plans_by_path = {p.path: p for p in ctx.plans()}
    rows = []
    for r in results:
        loc = r.finding.location
        owner = plans_by_path.get(loc.path)
        where = (
            link(urls.href(page, urls.plan(owner.slug), ctx.finding_id(r)), owner.header.number)
            if owner
            else tag("code", h(f"{loc.path}:{loc.line}:{loc.column}"))
        )
        state = t("acknowledged", lang) if r.acknowledged else t("open", lang)
        rows.append([ctx.rule_link(page, r.finding.rule, lang), h(ctx.severity(r, lang)), h(state), where, h(ctx.statement(r, lang))])
    out.append(
        block(
            filter_table(
                "findings-table",
                [t("rule", lang), t("severity", lang), t("status", lang), t("where", lang), t("message", lang)],
                rows,
                lang,
            ),
            search=False,
        )
    )
    return "\n".join(out)

"""The rule reference, generated from each rule module's own docstring."""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial

from ...ruledocs import rule_markdown
from ...rules import FAMILIES
from .. import urls
from ..context import SiteContext
from ..markup import block, h, link, md, table
from ..words import SEVERITY, pick, t
from . import Page, both


def pages(ctx: SiteContext) -> Iterator[Page]:
    for code, rule in sorted(ctx.report.rules.items()):
        page = urls.rule(code)
        yield both(page, partial(rule_markdown, rule))
    index = urls.index("rules")
    yield both(index, lambda lang: render_index(ctx, index, lang))


def render_index(ctx: SiteContext, page: str, lang: str) -> str:
    counts: dict[str, int] = {}
    for r in ctx.report.results:
        counts[r.finding.rule] = counts.get(r.finding.rule, 0) + 1
    out = [f"# {md(t('rules', lang))} {{#rules}}\n"]
    for family, names in FAMILIES.items():
        rules = [r for _, r in sorted(ctx.report.rules.items()) if r.family == family]
        if not rules:
            continue
        out.append(f"## {md(pick(names, lang))} {{#family-{family}}}\n")
        rows = [
            [
                link(urls.href(page, urls.rule(r.code)), r.code),
                h(r.name),
                h(pick(SEVERITY[r.severity], lang)),
                h(r.doc.summary),
                h(str(counts.get(r.code, 0))),
            ]
            for r in rules
        ]
        out.append(
            block(table([t("rule", lang), t("name", lang), t("default_severity", lang), t("summary", lang), t("findings", lang)], rows))
        )
    return "\n".join(out)

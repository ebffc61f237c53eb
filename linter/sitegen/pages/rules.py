"""The rule reference, generated from each rule module's own docstring."""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial

from ...ruledocs import rule_markdown
from ...rules import FAMILIES, Rule
from .. import urls
from ..components import breadcrumb
from ..context import SiteContext
from ..markup import block, h, h_code, link, md, table, tag
from ..words import SEVERITY, pick, t
from . import Page, both


def pages(ctx: SiteContext) -> Iterator[Page]:
    for code, rule in sorted(ctx.report.rules.items()):
        page = urls.rule(code)
        yield both(page, partial(render, rule, page), partial(describe, rule))
    index = urls.index("rules")
    yield both(index, lambda lang: render_index(ctx, index, lang), lambda lang: t("desc_index", lang).format(what=t("rules", lang)))


def render(rule: Rule, page: str, lang: str) -> str:
    return breadcrumb(page, lang, [(t("rules", lang), urls.index("rules")), (rule.code, None)]) + "\n" + rule_markdown(rule, lang)


def describe(rule: Rule, lang: str) -> str:
    return t("desc_rule", lang).format(code=rule.code, title=rule.doc.title(lang))


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
                h_code(r.doc.title(lang)),
                tag("code", h(r.name)),
                h(pick(SEVERITY[r.severity], lang)),
                h(str(counts.get(r.code, 0))),
            ]
            for r in rules
        ]
        out.append(
            block(
                table([t("rule", lang), t("summary", lang), t("config_name", lang), t("default_severity", lang), t("findings", lang)], rows)
            )
        )
    return "\n".join(out)

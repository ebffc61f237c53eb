"""Source pages: each plan's source text as found, line by line, with what the data does not cover marked."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from functools import partial

from ...model import Plan
from ...provenance import Alignment
from .. import urls
from ..components import breadcrumb, card
from ..context import SiteContext
from ..markup import block, h, link, md, tag
from ..words import SOURCE_KINDS, TRANSCRIPTION, label, t
from . import Page, both


def pages(ctx: SiteContext) -> Iterator[Page]:
    for plan in ctx.plans():
        if ctx.alignment(plan) is None:
            continue
        page = urls.source(plan.slug)
        yield replace(both(page, partial(render, ctx, plan, page), partial(describe, plan)), searchable=False)


def _pct(value: float) -> str:
    return f"{100 * value:.1f}%"


def summary_rows(ctx: SiteContext, plan: Plan, page: str, lang: str) -> list[tuple[str, str]]:
    """Transcription status, coverage and a link to the source page: shown on the plan page too."""
    tr = plan.transcription
    if tr is None:
        return []
    cov = ctx.coverage(plan)
    status = tag("span", h(label(TRANSCRIPTION, tr.status, lang)), cls=f"cchc-tstatus cchc-tstatus-{tr.status}")
    rows = [(t("transcription", lang), status)]
    if cov.total:
        text = t("coverage_of", lang).format(covered=_pct(cov.share), acknowledged=_pct(cov.acknowledged_share))
        rows.append((t("coverage", lang), h(text) + " · " + link(urls.href(page, urls.source(plan.slug)), t("source_text", lang))))
    rows.append((t("source_kind", lang), h(label(SOURCE_KINDS, tr.source_kind, lang))))
    return rows


def describe(plan: Plan, lang: str) -> str:
    return t("desc_source", lang).format(number=plan.header.number)


def render(ctx: SiteContext, plan: Plan, page: str, lang: str) -> str:
    alignment = ctx.alignment(plan)
    assert alignment is not None and plan.transcription is not None
    out = [
        breadcrumb(
            page,
            lang,
            [(t("plans", lang), urls.index("plans")), (plan.header.number, urls.plan(plan.slug)), (t("source_text", lang), None)],
        ),
        f"# {md(t('source_of', lang))} {md(plan.header.number)} {{#top}}\n",
    ]
    rows = [(t("plan", lang), ctx.plan_link(page, plan.slug, lang))]
    rows += summary_rows(ctx, plan, page, lang)[:1] + summary_rows(ctx, plan, page, lang)[2:]
    cov = ctx.coverage(plan)
    rows.append((t("coverage", lang), h(t("coverage_of", lang).format(covered=_pct(cov.share), acknowledged=_pct(cov.acknowledged_share)))))
    rows.append((t("source_file", lang), tag("code", h(plan.transcription.source))))
    if plan.transcription.origin:
        rows.append((t("origin", lang), h(plan.transcription.origin.get(lang))))
    out.append(block(card(rows, t("summary", lang))))
    out.append(block(tag("p", h(t("source_legend", lang)), cls="cchc-note")))
    out.append(block(source_listing(alignment, acknowledged_spans(ctx, plan, alignment), lang)))
    return "\n".join(out)


def acknowledged_spans(ctx: SiteContext, plan: Plan, alignment: Alignment) -> list[tuple[int, int]]:
    """Normalised-text spans left out with a reason (CC602 acknowledgements)."""
    from ...engine import quoted

    tr = plan.transcription
    quotes = [a.quote for a in (tr.acks if tr else ()) if a.rule == "CC602" and a.quote]
    return [(g.start, g.end) for g in alignment.gaps(minimum=1) if any(quoted(q, g.text) for q in quotes)]


def source_listing(alignment: Alignment, acked: list[tuple[int, int]], lang: str) -> str:
    """The raw text as an ordered list of lines; characters no text covers are marked."""
    src = alignment.source
    raw = src.raw
    # Raw offsets of normalised characters that are uncovered (letters and digits only: spacing is not text).
    missing = bytearray(len(raw) + 1)
    waived = bytearray(len(raw) + 1)
    for start, end in acked:
        for j in range(start, end):
            waived[src.origin[j]] = 1
    for j, ch in enumerate(src.norm):
        if not alignment.covered[j] and not ch.isspace():
            missing[src.origin[j]] = 1
    items = []
    offset = 0
    for number, line in enumerate(raw.split("\n"), start=1):
        parts: list[str] = []
        run, state = "", None
        for i, ch in enumerate(line):
            k = offset + i
            now = "ack" if waived[k] else ("gap" if missing[k] else None)
            if now != state and run:
                parts.append(_wrap(run, state, lang))
                run = ""
            state = now
            run += ch
        if run:
            parts.append(_wrap(run, state, lang))
        items.append(
            f'<li id="L{number}" value="{number}"><a class="cchc-lineno" href="#L{number}" aria-hidden="true" '
            f'tabindex="-1">{number}</a><span class="cchc-line">{"".join(parts) or "&#8203;"}</span></li>'
        )
        offset += len(line) + 1
    return f'<ol class="cchc-source" lang="vi">{"".join(items)}</ol>'


def _wrap(text: str, state: str | None, lang: str) -> str:
    if state == "gap":
        return f'<mark class="cchc-gap" title="{h(t("not_transcribed", lang))}">{_keep(text)}</mark>'
    if state == "ack":
        return f'<span class="cchc-waived" title="{h(t("left_out", lang))}">{_keep(text)}</span>'
    return _keep(text)


def _keep(text: str) -> str:
    """Escaped text with its spacing kept (a source line is shown as found)."""
    import html

    out = html.escape(text, quote=True).replace("{", "&#123;").replace("}", "&#125;")
    return out.replace("  ", " &nbsp;")

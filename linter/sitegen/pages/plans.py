"""Plan pages: metadata card, legal bases, targets, tasks, timeline, findings, full text."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from functools import partial

from ...model import Deadline, Plan, Section, Signer, Target, Task
from .. import formats, urls
from ..cite import cite_section, last_updated_row, page_url
from ..components import breadcrumb, card, filter_table
from ..context import SiteContext, province_name, section_number
from ..markup import NOPRINT, Cell, block, h, link, md, quoted_vi, table, tag
from ..words import AREAS, BUDGET_UNITS, DOC_TYPES, SIGNER_MODES, STATUS, TRANSCRIPTION, label, pick, t
from . import Page, both


def pages(ctx: SiteContext) -> Iterator[Page]:
    for plan in ctx.plans():
        page = urls.plan(plan.slug)
        yield both(page, partial(render_plan, ctx, plan, page), partial(describe, ctx, plan))
    index = urls.index("plans")
    yield both(index, lambda lang: render_index(ctx, index, lang), lambda lang: t("desc_index", lang).format(what=t("plans", lang)))


def describe(ctx: SiteContext, plan: Plan, lang: str) -> str:
    """The plan in one sentence, for search engines and link previews."""
    issuer = ctx.corpus.agencies.get(plan.issuer.agency)
    return t("desc_plan", lang).format(
        type=label(DOC_TYPES, plan.header.type, lang),
        number=plan.header.number,
        issuer=issuer.name.get(lang) if issuer else plan.issuer.printed or plan.issuer.agency,
        date=formats.date(plan.header.date, lang),
        title=plan.title.get(lang),
        tasks=formats.number(len(plan.tasks), lang),
        targets=formats.number(len(plan.targets), lang),
    )


def render_index(ctx: SiteContext, page: str, lang: str) -> str:
    rows: list[list[str | Cell]] = []
    for plan in ctx.plans():
        status = ctx.plan_status(plan)
        rows.append(
            [
                ctx.plan_link(page, plan.slug, lang, text=plan.header.number),
                h(plan.title.get(lang)),
                ctx.province_link(page, plan.province, lang),
                h(formats.period(plan.period[0], plan.period[1], lang)),
                Cell(h(formats.date(plan.header.date, lang)), plan.header.date),
                status_chip(status, lang),
                _transcription_cell(ctx, plan, lang),
            ]
        )
    headers = [
        t("number", lang),
        t("title", lang),
        t("province", lang),
        t("period", lang),
        t("date", lang),
        t("status", lang),
        t("transcription", lang),
    ]
    return f"# {md(t('plans', lang))} {{#plans}}\n" + block(table(headers, rows, cls="cchc-sortable"))


def status_chip(status: str, lang: str) -> str:
    """The check result of a plan, in words, styled by kind."""
    return tag("span", h(pick(STATUS[status], lang)), cls=f"cchc-status cchc-status-{status}")


def _transcription_cell(ctx: SiteContext, plan: Plan, lang: str) -> str:
    tr = plan.transcription
    if tr is None:
        return ""
    cov = ctx.coverage(plan)
    share = f" · {formats.number(100 * cov.share, lang, decimals=1)}%" if cov.total else ""
    return tag("span", h(label(TRANSCRIPTION, tr.status, lang) + share), cls=f"cchc-tstatus cchc-tstatus-{tr.status}")


target_value = formats.target_value
result_value = formats.result_value
when = formats.when


def deadline_key(d: Deadline | None) -> tuple[int, int] | None:
    """(year, month-ish) for sorting a deadline on a timeline; None when it has no date."""
    if d is None:
        return None
    if d.kind == "date" and d.date:
        return int(d.date[:4]), int(d.date[5:7])
    if d.kind == "month" and d.year:
        return d.year, d.month or 12
    if d.kind in ("quarter", "quarter-span") and d.year:
        return d.year, 3 * (d.quarter_end or d.quarter or 4)
    if d.kind == "half-year" and d.year:
        return d.year, 6 * (d.half or 2)
    if d.kind == "year" and d.year:
        return d.year, 12
    if d.kind == "year-span" and (d.end_year or d.start_year):
        return int(d.end_year or d.start_year or 0), 12
    return None


def mentions(ctx: SiteContext, page: str, items: tuple, lang: str, *, empty: str | None = None) -> str:
    """Agencies as a list, one per line, so that two names never read as one."""
    if not items:
        return tag("span", h(empty if empty is not None else "—"), cls="cchc-muted")
    if len(items) == 1:
        return ctx.agency_link(page, items[0].agency, lang, items[0].printed)
    return tag("ul", "".join(tag("li", ctx.agency_link(page, m.agency, lang, m.printed)) for m in items), cls="cchc-agencies")


def deadline_cell(task: Task, lang: str) -> Cell:
    """A deadline as printed (Vietnamese pages) or read in English with the printed words beside it."""
    d = task.deadline
    if d is None:
        return Cell("", formats.deadline_sort_key(None))
    if lang == "vi":
        shown = h(d.printed)
    else:
        reading = formats.deadline(d, lang)
        quoted = tag("span", "“" + quoted_vi(d.printed, lang) + "”", cls="cchc-printed")
        shown = f"{h(reading)} {quoted}" if reading else quoted
    return Cell(shown, formats.deadline_sort_key(d))


def budget_cell(task: Task, lang: str) -> Cell:
    """A budget in đồng with its printed string and unit beside it; sorts by its value in đồng."""
    b = task.budget
    if b is None:
        return Cell("", None)
    amount, dong = formats.money(b.amount, b.unit, lang)
    printed = f"{t('budget_printed', lang)} “{quoted_vi(b.printed, lang)}”"
    if b.unit in BUDGET_UNITS:
        printed += f", {h(pick(BUDGET_UNITS[b.unit], lang))}"
    if not amount:
        return Cell(quoted_vi(b.printed, lang), None)
    return Cell(tag("span", h(amount), cls="cchc-money") + " " + tag("span", f"({printed})", cls="cchc-printed"), dong)


def _task_row(ctx: SiteContext, plan: Plan, page: str, task: Task, lang: str) -> list[str | Cell]:
    text = h(task.text.get(lang))
    if task.notes:
        text += tag("div", h(task.notes.get(lang)), cls="cchc-note")
    return [
        tag("span", h(ctx.task_ref(plan, task, lang)), cls="cchc-nowrap"),
        text + " " + ctx.badges(page, plan, task.pointer, lang) + permalink(ctx.item_id(plan, "task", task.id), lang),
        mentions(ctx, page, task.lead, lang, empty=t("none", lang)),
        mentions(ctx, page, task.cooperating, lang),
        deadline_cell(task, lang),
        budget_cell(task, lang),
        h(label(AREAS, task.area, lang)),
    ]


def permalink(fragment: str, lang: str) -> str:
    """A small visible link to the item's own anchor, which stays the same across edits and languages."""
    label_ = t("permalink", lang)
    return " " + tag("a", "#", href=f"#{fragment}", cls="cchc-permalink", title=label_, aria_label=label_)


def render_plan(ctx: SiteContext, plan: Plan, page: str, lang: str) -> str:
    out: list[str] = [breadcrumb(page, lang, [(t("plans", lang), urls.index("plans")), (plan.header.number, None)])]
    out.append(f"# {md(plan.title.get(lang))} {{#top}}\n")
    out.append(block(metadata(ctx, plan, page, lang)))

    legal = [c for c in plan.citations if c.role == "legal-basis"]
    out.append(f"## {md(t('legal_bases', lang))} {{#legal-bases}}\n")
    items = []
    for c in legal:
        items.append(
            tag(
                "li",
                ctx.document_link(page, c.document, lang, c.number or c.document)
                + " — "
                + quoted_vi(c.printed, lang)
                + " "
                + ctx.badges(page, plan, c.pointer, lang)
                + permalink(ctx.item_id(plan, "c", c.id), lang),
                id=ctx.item_id(plan, "c", c.id),
            )
        )
    out.append(block(tag("ol", "".join(items)) if items else tag("p", h(t("none", lang)))))

    out.append(f"## {md(t('targets', lang))} {{#targets}}\n")
    out.append(block(targets_table(ctx, plan, page, lang)))

    if plan.results:
        out.append(f"## {md(t('results', lang))} {{#results}}\n")
        rows = [
            [
                ctx.indicator_link(page, r.indicator, lang),
                h(str(r.year)),
                h(result_value(r, lang)),
                h(r.printed.get(lang)) + " " + ctx.badges(page, plan, r.pointer, lang) + permalink(ctx.item_id(plan, "r", r.id), lang),
            ]
            for r in plan.results
        ]
        out.append(
            block(
                table(
                    [t("indicator", lang), t("year", lang), t("result", lang), t("printed", lang)],
                    rows,
                    cls="cchc-sortable",
                    row_ids=[ctx.item_id(plan, "r", r.id) for r in plan.results],
                )
            )
        )

    out.append(f"## {md(t('tasks', lang))} {{#tasks}}\n")
    if plan.tasks:
        headers = [
            t("numbering", lang),
            t("task", lang),
            t("lead", lang),
            t("cooperating", lang),
            t("deadline", lang),
            t("budget", lang),
            t("area", lang),
        ]
        task_rows = [_task_row(ctx, plan, page, task, lang) for task in plan.tasks]
        ids = [ctx.item_id(plan, "task", task.id) for task in plan.tasks]
        out.append(block(filter_table("tasks-table", headers, task_rows, lang, row_ids=ids)))
        out.append(f"## {md(t('timeline', lang))} {{#timeline .{NOPRINT}}}\n")
        out.append(block(timeline(ctx, plan, lang), search=False, printed=False))
    else:
        out.append(block(tag("p", h(t("none", lang)))))

    # A printed plan is the document: its findings are summed up in the card's check result.
    out.append(f"## {md(t('plan_findings', lang))} {{#findings .{NOPRINT}}}\n")
    out.append(block(findings_list(ctx, plan, page, lang), search=False, printed=False))

    body = [c for c in plan.citations if c.role != "legal-basis"]
    if body:
        out.append(f"## {md(t('citations', lang))} {{#citations}}\n")
        rows = [
            [
                tag("span", ctx.document_link(page, c.document, lang, c.number or c.document), cls="cchc-nowrap"),
                quoted_vi(c.printed, lang) + permalink(ctx.item_id(plan, "c", c.id), lang),
                h(ctx.section_ref(plan, c.section, lang)),
                ctx.badges(page, plan, c.pointer, lang),
            ]
            for c in body
        ]
        out.append(
            block(
                table(
                    [t("document", lang), t("printed", lang), t("section", lang), t("findings", lang)],
                    rows,
                    row_ids=[ctx.item_id(plan, "c", c.id) for c in body],
                )
            )
        )

    out.append(cite_section(plan, ctx.corpus, lang, updated=ctx.history.last_updated(plan.path), url=page_url(ctx.site_url, page, lang)))
    out.append(f"## {md(t('text', lang))} {{#text}}\n")
    if plan.articles:
        out.append(f"### {md(t('decision', lang))} {{#decision}}\n")
        out.append(
            block(
                "".join(tag("p", tag("strong", h(f"{t('articles', lang)} {a.number}.")) + " " + h(a.text.get(lang))) for a in plan.articles)
            )
        )
    for section in plan.sections:
        out.extend(section_text(ctx, plan, page, section, lang, 3))
    if plan.header.recipients:
        out.append(f"### {md(t('recipients', lang))} {{#recipients}}\n")
        out.append(block(tag("ul", "".join(tag("li", h(r.get(lang))) for r in plan.header.recipients))))
    if plan.notes or plan.uncertain:
        out.append(f"## {md(t('notes', lang))} {{#notes}}\n")
        # The transcribers' own notes, as they wrote them (they may name fields of the data).
        notes = "".join(tag("li", h(n.get(lang))) for n in plan.notes)
        unc = "".join(
            tag(
                "li",
                "“"
                + quoted_vi(u.raw, lang)
                + "”"
                + (" — " + h(u.note.get(lang)) if u.note else "")
                + tag("details", tag("summary", h(t("for_editors", lang))) + tag("code", h(u.reading)), cls="cchc-editor"),
            )
            for _, u in plan.uncertain
        )
        out.append(
            block(
                (tag("ul", notes, cls="cchc-notes") if notes else "")
                + (tag("h3", h(t("uncertain", lang))) + tag("ul", unc, cls="cchc-notes") if unc else "")
            )
        )
    return "\n".join(out)


def targets_table(ctx: SiteContext, plan: Plan, page: str, lang: str) -> str:
    """The targets in the document's order; a sentence that sets several targets is shown once, above them."""
    if not plan.targets:
        return tag("p", h(t("none", lang)))
    headers = [t("indicator", lang), t("value", lang), t("year", lang), t("scope", lang), t("findings", lang)]
    groups: list[tuple[str, list[Target]]] = []
    for target in plan.targets:
        printed = target.printed.get(lang)
        if groups and groups[-1][0] == printed:
            groups[-1][1].append(target)
        else:
            groups.append((printed, [target]))
    labels = [h(x) for x in headers]
    out = ['<table class="cchc-table cchc-targets">', "<thead><tr>"]
    out.append(" ".join(f'<th scope="col">{x}</th>' for x in labels))
    out.append("</tr></thead>")
    for printed, items in groups:
        src = ctx.source_lines(page, plan, f"{items[0].pointer}/printed/vi", lang)
        out.append(
            f'<tbody><tr class="cchc-sentence"><th scope="rowgroup" colspan="{len(headers)}">'
            f"{tag('span', h(t('printed', lang)) + ':', cls='cchc-muted')} {h(printed)}{(' ' + src) if src else ''}</th></tr>"
        )
        for target in items:
            cells = [
                ctx.indicator_link(page, target.indicator, lang),
                h(target_value(target, lang)),
                h(when(target)),
                h(formats.scope(target, lang)),
                ctx.badges(page, plan, target.pointer, lang) + permalink(ctx.item_id(plan, "t", target.id), lang),
            ]
            out.append(
                f'<tr id="{h(ctx.item_id(plan, "t", target.id))}">'
                + " ".join(f'<td data-label="{labels[i]}">{c}</td>' for i, c in enumerate(cells))
                + "</tr>"
            )
        out.append("</tbody>")
    out.append("</table>")
    return "".join(out)


def metadata(ctx: SiteContext, plan: Plan, page: str, lang: str) -> str:
    hd = plan.header
    rows: list[tuple[str, str]] = [
        (t("number", lang), h(hd.number) + " " + ctx.badges(page, plan, "/document/number", lang)),
        (
            t("type", lang),
            h(label(DOC_TYPES, hd.type, lang)) + (f" · {h(label(DOC_TYPES, plan.plan_type, lang))}" if plan.plan_type != hd.type else ""),
        ),
        (t("issuer", lang), ctx.agency_link(page, plan.issuer.agency, lang, plan.issuer.printed)),
        (
            t("date", lang),
            h(formats.date(hd.date, lang))
            + (f" ({t('printed', lang).lower()}: “{quoted_vi(hd.date_printed, lang)}”)" if hd.date_printed else "")
            + " "
            + ctx.badges(page, plan, "/document/date", lang),
        ),
        (t("place", lang), quoted_vi(hd.place or "", lang)),
        (t("period", lang), h(formats.period(plan.period[0], plan.period[1], lang))),
        (t("province", lang), ctx.province_link(page, plan.province, lang)),
    ]
    if hd.signer:
        rows.append((t("signer", lang), h(signer_text(hd.signer, lang))))
    if plan.parent:
        parent = ctx.corpus.plans.get(plan.parent)
        rows.append((t("parent", lang), _plan_list(ctx, page, [parent], lang) if parent else h(plan.parent)))
    kids = ctx.children(plan.slug)
    if kids:
        rows.append((t("children", lang), _plan_list(ctx, page, kids, lang)))
    from .compare import compare_links  # compare builds on this module

    comparisons = compare_links(ctx, plan, page, lang)
    if comparisons:
        rows.append((t("compare", lang), comparisons))
    citing = ctx.cited_by(plan.slug)
    if citing:
        rows.append((t("cited_by_plans", lang), _plan_list(ctx, page, citing, lang)))
    status = ctx.plan_status(plan)
    rows.append(
        (
            t("status", lang),
            status_chip(status, lang) + " " + link("#findings", t("plan_findings", lang)),
        )
    )
    from .sources import summary_rows

    updated = last_updated_row(ctx.history.last_updated(plan.path), lang)
    if updated:
        rows.append(updated)

    rows.extend(summary_rows(ctx, plan, page, lang))
    base = f"{urls.DOWNLOADS}/{plan.slug}"
    downloads = " · ".join(link(urls.asset_href(page, f"{base}.{ext}", lang), ext.upper()) for ext in ("yaml", "json", "csv"))
    if plan.transcription is not None and ctx.alignment(plan) is not None:
        downloads += " · " + link(urls.asset_href(page, f"{base}.source.txt", lang), t("download_source", lang))
    rows.append((t("download", lang), downloads))
    return card(rows, t("summary", lang))


def _plan_list(ctx: SiteContext, page: str, plans: list[Plan], lang: str) -> str:
    """Related plans, one per line, each with its check result."""
    items = "".join(
        tag(
            "li", ctx.plan_link(page, p.slug, lang) + tag("small", " — " + status_chip(ctx.plan_status(p), lang), cls="cchc-related-status")
        )
        for p in plans
    )
    return tag("ul", items, cls="cchc-related")


def signer_text(signer: Signer, lang: str) -> str:
    """``TM. CHỦ TỊCH Nguyễn Văn Thọ`` on Vietnamese pages; ``Chairman Nguyễn Văn Thọ (on behalf of …)`` on English ones."""
    mode_vi, mode_en = SIGNER_MODES.get(signer.mode or "none", ("", ""))
    position = signer.position.get(lang) if signer.position else ""
    if lang == "vi":
        return " ".join(x for x in (mode_vi, position, signer.name) if x)
    text = " ".join(x for x in (position, signer.name) if x)
    return f"{text} ({mode_en})" if mode_en else text


def timeline(ctx: SiteContext, plan: Plan, lang: str) -> str:
    dated: dict[int, list[tuple[tuple[int, int], Task]]] = defaultdict(list)
    other: list[Task] = []
    for task in plan.tasks:
        key = deadline_key(task.deadline)
        if key is None:
            other.append(task)
        else:
            dated[key[0]].append((key, task))
    parts = ['<ol class="cchc-timeline">']
    for year in sorted(dated):
        items = sorted(dated[year], key=lambda kt: kt[0])
        lis = "".join(
            tag("li", link(f"#{ctx.item_id(plan, 'task', task.id)}", f"{_when_text(task, lang)} — {short(task.text.get(lang))}"))
            for _, task in items
        )
        parts.append(tag("li", tag("span", h(str(year)), cls="cchc-year") + f" <small>({len(items)})</small>" + tag("ul", lis)))
    if other:
        lis = "".join(
            tag(
                "li",
                link(
                    f"#{ctx.item_id(plan, 'task', task.id)}",
                    f"{_when_text(task, lang) or t('no_deadline', lang)} — {short(task.text.get(lang))}",
                ),
            )
            for task in other
        )
        parts.append(
            tag("li", tag("span", h(t("other_deadlines", lang)), cls="cchc-year") + f" <small>({len(other)})</small>" + tag("ul", lis))
        )
    parts.append("</ol>")
    return "".join(parts)


def _when_text(task: Task, lang: str) -> str:
    d = task.deadline
    if d is None:
        return ""
    return d.printed if lang == "vi" else (formats.deadline(d, lang) or d.printed)


def short(text: str, n: int = 90) -> str:
    """``text`` cut to ``n`` characters at most, with an ellipsis."""
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def findings_list(ctx: SiteContext, plan: Plan, page: str, lang: str) -> str:
    """The plan's findings for a reader: what is wrong in plain words, what the document prints, and the
    acknowledged reason; the editor's message, the file position and the rule behind a disclosure."""
    results = ctx.plan_results(plan)
    if not results:
        return tag("p", h(t("none", lang)))
    items = []
    for r in results:
        fid = ctx.finding_id(r)
        state = (
            tag("span", "✓ " + h(t("acknowledged", lang)), cls="cchc-sev cchc-ack")
            if r.acknowledged
            else tag("span", "⚠ " + h(ctx.severity(r, lang)), cls=f"cchc-sev cchc-sev-{r.severity}")
        )
        head = tag("p", state + " " + ctx.statement_html(r, lang) + permalink(fid, lang), cls="cchc-statement")
        printed = r.finding.params.get("printed")
        quote = ""
        if isinstance(printed, str) and printed.strip():
            quote = tag("p", tag("span", h(t("printed_text", lang)) + ":", cls="cchc-muted") + " “" + quoted_vi(printed, lang) + "”")
        ack = ""
        if r.acknowledgement:
            a = r.acknowledgement
            reason = (a.reason_en or a.reason_vi) if lang == "en" else a.reason_vi
            ack = tag("p", tag("strong", h(t("reason", lang) + ":")) + " " + h(reason), cls="cchc-reason")
        loc = r.finding.location
        rule = ctx.report.rules.get(r.finding.rule)
        details = tag(
            "details",
            tag("summary", h(t("for_editors", lang)))
            + tag("p", h(ctx.message(r, lang)), cls="cchc-msg")
            + tag(
                "p",
                h(t("in_file", lang) + ": ")
                + tag("code", h(f"{loc.path}:{loc.line}:{loc.column}"), cls="cchc-where")
                + " · "
                + link(urls.href(page, urls.rule(r.finding.rule)), f"{r.finding.rule} · {rule.doc.title(lang) if rule else ''}"),
            ),
            cls="cchc-editor",
        )
        cls = "cchc-finding cchc-ack" if r.acknowledged else f"cchc-finding cchc-open cchc-sev-{r.severity}"
        items.append(tag("li", head + quote + ack + details, cls=cls, id=fid))
    open_n = sum(1 for r in results if not r.acknowledged)
    summary = tag("p", h(f"{t('open', lang)}: {open_n} · {t('acknowledged', lang)}: {len(results) - open_n}"))
    return summary + tag("ul", "".join(items), cls="cchc-findings")


def _srcref(ctx: SiteContext, plan: Plan, page: str, pointer: str, lang: str) -> str:
    ref = ctx.source_lines(page, plan, pointer, lang)
    return " " + ref if ref else ""


def section_text(ctx: SiteContext, plan: Plan, page: str, section: Section, lang: str, level: int) -> list[str]:
    number = section_number(section.number, lang) if section.number else ""
    title = " ".join(x for x in (number, section.heading.get(lang) if section.heading else "") if x).strip()
    sid = ctx.item_id(plan, "s", section.id)
    out: list[str] = []
    if not title:
        head = tag("span", "", id=sid)  # an unnumbered, untitled part (a closing sentence): text without a heading
    elif level <= 6:
        out.append(f"{'#' * level} {md(title)} {{#{sid}}}\n")
        head = ""
    else:
        head = tag("p", tag("strong", h(title)), id=sid)
    paras = "".join(
        tag("p", h(p.get(lang)) + _srcref(ctx, plan, page, f"{section.pointer}/paragraphs/{i}/vi", lang))
        for i, p in enumerate(section.paragraphs)
    )
    links = []
    for task in plan.tasks:
        if task.section == section.id:
            links.append(
                link(f"#{ctx.item_id(plan, 'task', task.id)}", f"{t('task', lang)} {task.number}: {short(task.text.get(lang), 60)}")
            )
    for target in plan.targets:
        if target.section == section.id:
            links.append(link(f"#{ctx.item_id(plan, 't', target.id)}", f"{t('target', lang)}: {short(target.printed.get(lang), 60)}"))
    extra = tag("ul", "".join(tag("li", x) for x in links), cls="cchc-crossrefs", data_search_exclude="") if links else ""
    badges = ctx.badges(page, plan, section.pointer + "/number", lang)
    if head or paras or extra or badges:
        out.append(block(head + paras + extra + (tag("p", badges) if badges else "")))
    for child in section.sections:
        out.extend(section_text(ctx, plan, page, child, lang, level + 1))
    return out


__all__ = ["deadline_key", "pages", "province_name", "render_plan", "target_value", "when"]

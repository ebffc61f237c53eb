"""Plan pages: metadata card, legal bases, targets, tasks, timeline, findings, full text."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from functools import partial

from ...catalogue import render
from ...model import Deadline, Plan, ReportedResult, Section, Target, Task
from .. import urls
from ..components import card, filter_table
from ..context import SiteContext, province_name
from ..markup import anchor, block, h, link, md, table, tag
from ..words import AREAS, COMPARATORS, DOC_TYPES, LEVELS, SIGNER_MODES, STATUS, TRANSCRIPTION, UNITS, label, pick, t
from . import Page, both


def pages(ctx: SiteContext) -> Iterator[Page]:
    for plan in ctx.plans():
        page = urls.plan(plan.slug)
        yield both(page, partial(render_plan, ctx, plan, page))
    index = urls.index("plans")
    yield both(index, lambda lang: render_index(ctx, index, lang))


def render_index(ctx: SiteContext, page: str, lang: str) -> str:
    rows = []
    for plan in ctx.plans():
        status = ctx.plan_status(plan)
        rows.append(
            [
                ctx.plan_link(page, plan.slug, lang, text=plan.header.number),
                h(plan.title.get(lang)),
                ctx.province_link(page, plan.province, lang),
                h(f"{plan.period[0]}–{plan.period[1]}"),
                h(plan.header.date),
                tag("span", h(pick(STATUS[status], lang)), cls=f"cchc-status cchc-status-{status}"),
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


def _transcription_cell(ctx: SiteContext, plan: Plan, lang: str) -> str:
    tr = plan.transcription
    if tr is None:
        return ""
    cov = ctx.coverage(plan)
    share = f" · {100 * cov.share:.1f}%" if cov.total else ""
    return tag("span", h(label(TRANSCRIPTION, tr.status, lang) + share), cls=f"cchc-tstatus cchc-tstatus-{tr.status}")


def target_value(target: Target, lang: str) -> str:
    comp = label(COMPARATORS, target.comparator, lang)
    value = _num(target.value) + (f"–{_num(target.value_max)}" if target.value_max is not None else "")
    unit = label(UNITS, target.unit, lang)
    if target.unit == "percent":
        return f"{comp} {value}%"
    return " ".join(x for x in (comp, value, unit) if x)


def result_value(result: ReportedResult, lang: str) -> str:
    """A reported result as read: ``38/63``, ``72.5 điểm``, ``85%``."""
    value = _num(result.value)
    if result.unit == "rank":
        return f"{value}/{result.out_of}" if result.out_of else value
    if result.unit == "percent":
        return f"{value}%"
    return " ".join(x for x in (value, label(UNITS, result.unit, lang)) if x)


def _num(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else str(value)


def when(target: Target) -> str:
    if target.year is not None:
        return str(target.year)
    if target.period:
        return f"{target.period[0]}–{target.period[1]}"
    return ""


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


def _mentions(ctx: SiteContext, page: str, mentions: tuple, lang: str) -> str:
    if not mentions:
        return tag("span", h(t("none", lang)), cls="cchc-muted")
    return "<br>".join(ctx.agency_link(page, m.agency, lang, m.printed) for m in mentions)


def _task_row(ctx: SiteContext, plan: Plan, page: str, task: Task, lang: str) -> list[str]:
    budget = ""
    if task.budget:
        budget = h(task.budget.printed)
    text = h(task.text.get(lang))
    if task.notes:
        text += tag("div", h(task.notes.get(lang)), cls="cchc-note")
    return [
        h(task.number),
        text + " " + ctx.badges(page, plan, task.pointer, lang),
        _mentions(ctx, page, task.lead, lang),
        _mentions(ctx, page, task.cooperating, lang),
        h(task.deadline.printed if task.deadline else ""),
        budget,
        h(label(AREAS, task.area, lang)),
    ]


def render_plan(ctx: SiteContext, plan: Plan, page: str, lang: str) -> str:
    out: list[str] = [f"# {md(plan.title.get(lang))} {{#top}}\n"]
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
                + h(c.printed)
                + " "
                + ctx.badges(page, plan, c.pointer, lang),
                id=anchor("c", c.id),
            )
        )
    out.append(block(tag("ol", "".join(items)) if items else tag("p", h(t("none", lang)))))

    out.append(f"## {md(t('targets', lang))} {{#targets}}\n")
    rows, ids = [], []
    for target in plan.targets:
        ids.append(anchor("t", target.id))
        scope = label(LEVELS, target.scope.level, lang) + (f" · {target.scope.sector}" if target.scope.sector else "")
        rows.append(
            [
                ctx.indicator_link(page, target.indicator, lang),
                h(target_value(target, lang)),
                h(when(target)),
                h(scope),
                h(target.printed.get(lang)) + " " + ctx.badges(page, plan, target.pointer, lang),
            ]
        )
    headers = [t("indicator", lang), t("value", lang), t("year", lang), t("scope", lang), t("printed", lang)]
    out.append(block(table(headers, rows, cls="cchc-sortable", row_ids=ids) if rows else tag("p", h(t("none", lang)))))

    if plan.results:
        out.append(f"## {md(t('results', lang))} {{#results}}\n")
        rows = [
            [
                ctx.indicator_link(page, r.indicator, lang),
                h(str(r.year)),
                h(result_value(r, lang)),
                h(r.printed.get(lang)) + " " + ctx.badges(page, plan, r.pointer, lang),
            ]
            for r in plan.results
        ]
        out.append(
            block(
                table(
                    [t("indicator", lang), t("year", lang), t("result", lang), t("printed", lang)],
                    rows,
                    cls="cchc-sortable",
                    row_ids=[anchor("r", r.id) for r in plan.results],
                )
            )
        )

    out.append(f"## {md(t('tasks', lang))} {{#tasks}}\n")
    if plan.tasks:
        headers = ["#", t("task", lang), t("lead", lang), t("cooperating", lang), t("deadline", lang), t("budget", lang), t("area", lang)]
        rows = [_task_row(ctx, plan, page, task, lang) for task in plan.tasks]
        ids = [anchor("task", task.id) for task in plan.tasks]
        out.append(block(filter_table("tasks-table", headers, rows, lang, row_ids=ids)))
        out.append(f"## {md(t('timeline', lang))} {{#timeline}}\n")
        out.append(block(timeline(plan, lang)))
    else:
        out.append(block(tag("p", h(t("none", lang)))))

    out.append(f"## {md(t('plan_findings', lang))} {{#findings}}\n")
    out.append(block(findings_list(ctx, plan, page, lang)))

    body = [c for c in plan.citations if c.role != "legal-basis"]
    if body:
        out.append(f"## {md(t('citations', lang))} {{#citations}}\n")
        rows = [
            [
                ctx.document_link(page, c.document, lang, c.number or c.document),
                h(c.printed),
                h(c.section or ""),
                ctx.badges(page, plan, c.pointer, lang),
            ]
            for c in body
        ]
        out.append(
            block(
                table(
                    [t("document", lang), t("printed", lang), t("section", lang), t("findings", lang)],
                    rows,
                    row_ids=[anchor("c", c.id) for c in body],
                )
            )
        )

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
        notes = "".join(tag("li", h(n.get(lang))) for n in plan.notes)
        unc = "".join(
            tag("li", tag("code", h(u.raw)) + " → " + h(u.reading) + (" — " + h(u.note.get(lang)) if u.note else ""))
            for _, u in plan.uncertain
        )
        out.append(block((tag("ul", notes) if notes else "") + (tag("h3", h(t("uncertain", lang))) + tag("ul", unc) if unc else "")))
    return "\n".join(out)


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
            h(hd.date) + (f" ({h(hd.date_printed)})" if hd.date_printed else "") + " " + ctx.badges(page, plan, "/document/date", lang),
        ),
        (t("place", lang), h(hd.place or "")),
        (t("period", lang), h(f"{plan.period[0]}–{plan.period[1]}")),
        (t("province", lang), ctx.province_link(page, plan.province, lang)),
    ]
    if hd.signer:
        mode = SIGNER_MODES.get(hd.signer.mode, "")
        rows.append(
            (
                t("signer", lang),
                h(" ".join(x for x in (mode, hd.signer.position.get(lang) if hd.signer.position else "", hd.signer.name) if x)),
            )
        )
    if plan.parent:
        rows.append((t("parent", lang), ctx.plan_link(page, plan.parent, lang)))
    kids = ctx.children(plan.slug)
    if kids:
        rows.append((t("children", lang), "<br>".join(ctx.plan_link(page, k.slug, lang) for k in kids)))
    status = ctx.plan_status(plan)
    rows.append(
        (
            t("status", lang),
            tag("span", h(pick(STATUS[status], lang)), cls=f"cchc-status cchc-status-{status}")
            + " "
            + link("#findings", t("plan_findings", lang)),
        )
    )
    from .sources import summary_rows

    rows.extend(summary_rows(ctx, plan, page, lang))
    base = f"{urls.DOWNLOADS}/{plan.slug}"
    downloads = " · ".join(link(urls.asset_href(page, f"{base}.{ext}", lang), ext.upper()) for ext in ("yaml", "json", "csv"))
    if plan.transcription is not None and ctx.alignment(plan) is not None:
        downloads += " · " + link(urls.asset_href(page, f"{base}.source.txt", lang), t("download_source", lang))
    rows.append((t("download", lang), downloads))
    return card(rows, t("summary", lang))


def timeline(plan: Plan, lang: str) -> str:
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
            tag(
                "li",
                link(f"#{anchor('task', task.id)}", f"{task.deadline.printed if task.deadline else ''} — {_short(task.text.get(lang))}"),
            )
            for _, task in items
        )
        parts.append(tag("li", tag("span", h(str(year)), cls="cchc-year") + f" <small>({len(items)})</small>" + tag("ul", lis)))
    if other:
        lis = "".join(
            tag(
                "li",
                link(
                    f"#{anchor('task', task.id)}",
                    f"{task.deadline.printed if task.deadline and task.deadline.printed else t('no_deadline', lang)} — {_short(task.text.get(lang))}",
                ),
            )
            for task in other
        )
        parts.append(
            tag("li", tag("span", h(t("other_deadlines", lang)), cls="cchc-year") + f" <small>({len(other)})</small>" + tag("ul", lis))
        )
    parts.append("</ol>")
    return "".join(parts)


def _short(text: str, n: int = 90) -> str:
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def findings_list(ctx: SiteContext, plan: Plan, page: str, lang: str) -> str:
    results = ctx.plan_results(plan)
    if not results:
        return tag("p", h(t("none", lang)))
    items = []
    for r in results:
        loc = r.finding.location
        head = (
            ctx.rule_link(page, r.finding.rule)
            + " "
            + tag("span", h(ctx.severity(r, lang)), cls=f"cchc-sev cchc-sev-{r.severity}")
            + " "
            + tag("span", h(f"{loc.path}:{loc.line}:{loc.column}"), cls="cchc-where")
        )
        msg = tag("div", h(render(r.finding, lang)), cls="cchc-msg")
        ack = ""
        if r.acknowledgement:
            a = r.acknowledgement
            reason = (a.reason_en or a.reason_vi) if lang == "en" else a.reason_vi
            ack = tag("div", tag("strong", h(t("acknowledged", lang) + ": ")) + h(reason), cls="cchc-reason")
        cls = "cchc-finding cchc-ack" if r.acknowledged else f"cchc-finding cchc-open cchc-sev-{r.severity}"
        items.append(tag("li", head + msg + ack, cls=cls, id=ctx.finding_id(r)))
    open_n = sum(1 for r in results if not r.acknowledged)
    summary = tag("p", h(f"{t('open', lang)}: {open_n} · {t('acknowledged', lang)}: {len(results) - open_n}"))
    return summary + tag("ul", "".join(items), cls="cchc-findings")


def _srcref(ctx: SiteContext, plan: Plan, page: str, pointer: str, lang: str) -> str:
    ref = ctx.source_lines(page, plan, pointer, lang)
    return " " + ref if ref else ""


def section_text(ctx: SiteContext, plan: Plan, page: str, section: Section, lang: str, level: int) -> list[str]:
    title = " ".join(x for x in (section.number, section.heading.get(lang) if section.heading else "") if x).strip()
    sid = anchor("s", section.id)
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
            links.append(link(f"#{anchor('task', task.id)}", f"{t('task', lang)} {task.number}: {_short(task.text.get(lang), 60)}"))
    for target in plan.targets:
        if target.section == section.id:
            links.append(link(f"#{anchor('t', target.id)}", f"{t('target', lang)}: {_short(target.printed.get(lang), 60)}"))
    extra = tag("ul", "".join(tag("li", x) for x in links), cls="cchc-crossrefs") if links else ""
    badges = ctx.badges(page, plan, section.pointer + "/number", lang)
    if head or paras or extra or badges:
        out.append(block(head + paras + extra + (tag("p", badges) if badges else "")))
    for child in section.sections:
        out.extend(section_text(ctx, plan, page, child, lang, level + 1))
    return out


__all__ = ["deadline_key", "pages", "province_name", "render_plan", "target_value", "when"]

"""A :class:`~.compare.CorpusDiff` in words: plain text, Markdown (a pull request's job summary)
and JSON.

Every word comes from the words catalogue (:mod:`linter.sitegen.words`). Text taken from the data
(titles, task texts, messages that quote them, file names) is escaped for its output: control
characters shown as escapes in text, and nothing Markdown or HTML could read as syntax in Markdown.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from ..catalogue import both, noun
from ..model import Text
from ..sitegen.markup import md
from ..sitegen.words import SEVERITY, label, t
from ..textnorm import visible
from .compare import ADDED, CHANGED, COUNTED, REMOVED, CorpusDiff, FieldChange, FindingRef, ItemChange, PlanChange, Side

#: Version of the JSON layout; a change that removes or renames a key raises it.
JSON_VERSION = 1

#: The words naming each plan field (keys of the words catalogue).
FIELD_WORDS = {
    "number": "number",
    "title": "diff_field_title",
    "document_title": "diff_field_document_title",
    "type": "type",
    "plan_type": "diff_field_plan_type",
    "date": "date",
    "period": "period",
    "status": "transcription",
    "issuer": "issuer",
    "province": "province",
    "parent": "parent",
    "path": "diff_field_path",
}
REGISTRY_WORDS = {"agencies": "agencies", "indicators": "indicators", "documents": "documents"}
#: Marks of each kind of change in text output.
MARKS = {ADDED: "+", REMOVED: "-", CHANGED: "~", "opened": "+", "resolved": "-"}


def short(text: str, limit: int = 80) -> str:
    """``text`` on one line, cut to ``limit`` characters."""
    one = " ".join(text.split())
    return one if len(one) <= limit else one[: limit - 1].rstrip() + "…"


def _one_line(text: object) -> str:
    return visible(str(text), newlines=False)


def counted(n: int, name: str, verb: str, lang: str) -> str:
    """ "5 tasks added", "5 nhiệm vụ thêm"."""
    return t("diff_count", lang).format(n=n, noun=noun(name, n, lang), verb=t(f"diff_{verb}", lang))


def group(name: str, verb: str, n: int, lang: str) -> str:
    """A heading for ``n`` items: "Tasks added", "Nhiệm vụ thêm"."""
    words = t("diff_group", lang).format(noun=noun(name, n, lang), verb=t(f"diff_{verb}", lang))
    return words[:1].upper() + words[1:]


def summary(diff: CorpusDiff, lang: str) -> str:
    """The one line that says what the change does: every count that is not zero."""
    counts = diff.counts()
    parts = [counted(counts[key], name, verb, lang) for key, name, verb in COUNTED if counts[key]]
    return ", ".join(parts) if parts else t("diff_no_change", lang)


def side_label(side: Side, lang: str, esc: Callable[[str], str] = _one_line) -> str:
    """A revision as the reader wrote it, with its short commit id; ``esc`` escapes the written name."""
    if side.commit is None:
        return t("diff_worktree", lang)
    return f"{esc(side.label)} ({side.commit[:7]})"


def between(diff: CorpusDiff, lang: str, esc: Callable[[str], str] = _one_line) -> str:
    return t("diff_between", lang).format(base=side_label(diff.base, lang, esc), head=side_label(diff.head, lang, esc))


def field_line(f: FieldChange, lang: str) -> tuple[str, str, str]:
    """A plan field's name, earlier and later value (a dash when not set)."""
    before = short(f.before.get(lang)) if f.before is not None else "—"
    after = short(f.after.get(lang)) if f.after is not None else "—"
    return (t(FIELD_WORDS[f.field], lang) if f.field in FIELD_WORDS else f.field), before, after


def plan_heading(p: PlanChange, lang: str) -> tuple[str, list[str]]:
    """The heading words of a plan ("Plan changed") and what names it: number, slug, file."""
    names = [n for n in (p.number, p.slug, p.path) if n]
    return group("plan", p.change, 1, lang), list(dict.fromkeys(names))


def _item_groups(p: PlanChange) -> list[tuple[str, str, list[ItemChange]]]:
    out = []
    for name, items in (("task", p.tasks), ("target", p.targets), ("citation", p.citations)):
        for change in (ADDED, REMOVED, CHANGED):
            mine = [i for i in items if i.change == change]
            if mine:
                out.append((name, change, mine))
    return out


def _unreadable(p: PlanChange, diff: CorpusDiff, lang: str, esc: Callable[[str], str] = _one_line) -> str:
    sides = {"base": [diff.base], "head": [diff.head], "both": [diff.base, diff.head]}[p.unreadable or "both"]
    return t("diff_unreadable", lang).format(rev=", ".join(side_label(s, lang, esc) for s in sides))


def _findings_by_kind(diff: CorpusDiff) -> list[tuple[str, tuple[FindingRef, ...]]]:
    return [(kind, refs) for kind, refs in (("opened", diff.findings.opened), ("resolved", diff.findings.resolved)) if refs]


def _totals(diff: CorpusDiff, lang: str) -> str:
    f = diff.findings
    return (
        t("diff_open_count", lang).format(base=f.open_before, head=f.open_after)
        + " · "
        + t("diff_acknowledged_count", lang).format(base=f.acknowledged_before, head=f.acknowledged_after)
    )


# --------------------------------------------------------------------------
# Plain text


def _text_plan(p: PlanChange, diff: CorpusDiff, lang: str) -> list[str]:
    heading, names = plan_heading(p, lang)
    out = [f"{heading}: {_one_line(' · '.join(names))}"]
    if p.title.get(lang) and p.unreadable is None:
        out.append(f"  {_one_line(short(p.title.get(lang), 120))}")
    if p.unreadable is not None:
        out.append(f"  {_unreadable(p, diff, lang)}")
    for f in p.fields:
        name, before, after = field_line(f, lang)
        out.append(f"  {name}: {_one_line(before)} → {_one_line(after)}")
    for name, change, items in _item_groups(p):
        out.append(f"  {group(name, change, len(items), lang)}:")
        for i in items:
            fields = f" ({', '.join(i.fields)})" if i.fields else ""
            out.append(f"    {MARKS[change]} {_one_line(i.id)}  {_one_line(short(i.text.get(lang)))}{_one_line(fields)}")
    if p.parts:
        out.append(f"  {t('diff_parts', lang)}: {_one_line(', '.join(p.parts))}")
    if p.layout_only:
        out.append(f"  {t('diff_layout_only', lang)}")
    return out


def _finding_text(ref: FindingRef, mark: str, lang: str) -> str:
    where = f"{ref.path}:{ref.line}:{ref.column}"
    return f"  {mark} {ref.rule} [{label(SEVERITY, ref.severity, lang)}] {_one_line(where)}  {_one_line(ref.message.get(lang))}"


def render_text(diff: CorpusDiff, lang: str = "vi") -> str:
    out = [between(diff, lang), summary(diff, lang)]
    for p in diff.plans:
        out.append("")
        out.extend(_text_plan(p, diff, lang))
    if diff.registry:
        out.append("")
        out.append(f"{t('feed_registry', lang)}:")
        for e in diff.registry:
            fields = f" ({', '.join(e.item.fields)})" if e.item.fields else ""
            kind = t(REGISTRY_WORDS[e.kind], lang)
            item = f"{_one_line(e.item.id)}  {_one_line(short(e.item.text.get(lang)))}{_one_line(fields)}"
            out.append(f"  {MARKS[e.item.change]} {kind}: {item}")
    for kind, refs in _findings_by_kind(diff):
        out.append("")
        out.append(f"{group('finding', kind, len(refs), lang)}:")
        out.extend(_finding_text(r, MARKS[kind], lang) for r in refs)
    out.append("")
    out.append(_totals(diff, lang))
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------
# Markdown


def _cell(text: object) -> str:
    """Data text for a Markdown table cell or list item: inert (no syntax, no HTML, no pipe)."""
    return md(text) or "—"


def _md_plan(p: PlanChange, diff: CorpusDiff, lang: str) -> list[str]:
    heading, names = plan_heading(p, lang)
    out = [f"#### {heading}: {' · '.join(_cell(n) for n in names)}", ""]
    if p.unreadable is not None:
        out.append(f"- {_unreadable(p, diff, lang, md)}")
    for f in p.fields:
        name, before, after = field_line(f, lang)
        out.append(f"- {name}: {_cell(before)} → {_cell(after)}")
    for name, change, items in _item_groups(p):
        out.append(f"- {group(name, change, len(items), lang)}:")
        for i in items:
            fields = f" ({', '.join(_cell(x) for x in i.fields)})" if i.fields else ""
            out.append(f"  - {_cell(i.id)} — {_cell(short(i.text.get(lang)))}{fields}")
    if p.parts:
        out.append(f"- {t('diff_parts', lang)}: {', '.join(_cell(x) for x in p.parts)}")
    if p.layout_only:
        out.append(f"- {t('diff_layout_only', lang)}")
    out.append("")
    return out


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    return ["| " + " | ".join(header) + " |", "| " + " | ".join("---" for _ in header) + " |", *("| " + " | ".join(r) + " |" for r in rows)]


def render_markdown(diff: CorpusDiff, lang: str = "vi") -> str:
    """The change for a pull request's job summary: a heading, the summary, then tables and lists."""
    out = [f"## {t('diff_heading', lang)}", "", between(diff, lang, md), "", f"**{summary(diff, lang)}**", ""]
    if diff.plans:
        out += [f"### {t('plans', lang)}", ""]
        rows = [[t(f"diff_{p.change}", lang), _cell(p.number), _cell(p.slug), _cell(short(p.title.get(lang), 120))] for p in diff.plans]
        out += _table([t("diff_change", lang), t("number", lang), t("diff_slug", lang), t("diff_field_title", lang)], rows)
        out.append("")
        for p in diff.plans:
            if p.change == CHANGED:
                out += _md_plan(p, diff, lang)
    if diff.registry:
        out += [f"### {t('feed_registry', lang)}", ""]
        rows = [
            [
                t(f"diff_{e.item.change}", lang),
                t(REGISTRY_WORDS[e.kind], lang),
                _cell(e.item.id),
                _cell(short(e.item.text.get(lang))),
                ", ".join(_cell(x) for x in e.item.fields) or "—",
            ]
            for e in diff.registry
        ]
        out += _table([t("diff_change", lang), t("kind", lang), t("code", lang), t("name", lang), t("diff_changed_fields", lang)], rows)
        out.append("")
    out += [f"### {t('findings', lang)}", ""]
    for kind, refs in _findings_by_kind(diff):
        out += [f"#### {group('finding', kind, len(refs), lang)}", ""]
        rows = [
            [
                _cell(f"{r.rule} {r.name}"),
                label(SEVERITY, r.severity, lang),
                _cell(f"{r.path}:{r.line}"),
                _cell(r.message.get(lang)),
            ]
            for r in refs
        ]
        out += _table([t("rule", lang), t("severity", lang), t("where", lang), t("message", lang)], rows)
        out.append("")
    out += [_totals(diff, lang), ""]
    return "\n".join(out)


# --------------------------------------------------------------------------
# JSON


def _both(text: Text | None) -> dict[str, str] | None:
    return None if text is None else both((text.vi, text.en or text.vi))


def _item_json(i: ItemChange) -> dict[str, Any]:
    return {"change": i.change, "id": i.id, "text": _both(i.text), "fields": list(i.fields)}


def _finding_json(r: FindingRef) -> dict[str, Any]:
    return {
        "rule": r.rule,
        "name": r.name,
        "severity": r.severity,
        "path": r.path,
        "line": r.line,
        "column": r.column,
        "node": r.node,
        "message": _both(r.message),
    }


def _side_json(side: Side) -> dict[str, Any]:
    return {"revision": side.label if side.commit is not None else None, "commit": side.commit, "worktree": side.commit is None}


def to_json(diff: CorpusDiff) -> dict[str, Any]:
    """The diff as plain data (the layout of ``--format json``)."""
    f = diff.findings
    return {
        "version": JSON_VERSION,
        "base": _side_json(diff.base),
        "head": _side_json(diff.head),
        "summary": {"counts": diff.counts(), "text": {lang: summary(diff, lang) for lang in ("vi", "en")}},
        "plans": [
            {
                "change": p.change,
                "slug": p.slug,
                "number": p.number,
                "path": p.path,
                "title": _both(p.title),
                "fields": [{"field": x.field, "before": _both(x.before), "after": _both(x.after)} for x in p.fields],
                "tasks": [_item_json(i) for i in p.tasks],
                "targets": [_item_json(i) for i in p.targets],
                "citations": [_item_json(i) for i in p.citations],
                "parts": list(p.parts),
                "layout_only": p.layout_only,
                "unreadable": p.unreadable,
            }
            for p in diff.plans
        ],
        "registry": [{"kind": e.kind, **_item_json(e.item)} for e in diff.registry],
        "findings": {
            "opened": [_finding_json(r) for r in f.opened],
            "resolved": [_finding_json(r) for r in f.resolved],
            "open": {"base": f.open_before, "head": f.open_after},
            "acknowledged": {"base": f.acknowledged_before, "head": f.acknowledged_after},
        },
    }


def render_json(diff: CorpusDiff) -> str:
    return json.dumps(to_json(diff), ensure_ascii=False, indent=2) + "\n"


RENDERERS = {"text": render_text, "markdown": render_markdown}

__all__ = [
    "JSON_VERSION",
    "RENDERERS",
    "counted",
    "render_json",
    "render_markdown",
    "render_text",
    "summary",
    "to_json",
]

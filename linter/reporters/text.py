"""Human-readable report with the source line and a caret, like ruff or rustc."""

from __future__ import annotations

from collections import Counter

from ..catalogue import render, ui
from ..engine import Report
from ..textnorm import visible
from ._common import source_line, status_label


def _e(text: object) -> str:
    """One line of the report: control characters and line breaks from data and file names escaped."""
    return visible(str(text), newlines=False)


#: Widest source excerpt shown; longer lines are cut around the column.
WINDOW = 100


def _excerpt(line: str, column: int) -> tuple[str, int]:
    """A window of ``line`` around ``column`` and the caret's offset in it."""
    line = line.replace("\t", " ")
    if len(line) <= WINDOW:
        return line, column - 1
    start = max(0, column - 1 - WINDOW // 2)
    piece = line[start : start + WINDOW]
    prefix = "…" if start > 0 else ""
    suffix = "…" if start + WINDOW < len(line) else ""
    return prefix + piece + suffix, column - 1 - start + len(prefix)


def _caret_width(text: str, offset: int) -> int:
    rest = text[offset:]
    if not rest:
        return 1
    if rest[0] in "\"'":
        end = rest.find(rest[0], 1)
        return end + 1 if end > 0 else len(rest)
    for i, ch in enumerate(rest):
        if ch in ",}]#" or (ch == ":" and i + 1 < len(rest) and rest[i + 1] == " "):
            return max(1, len(rest[:i].rstrip()))
    return max(1, len(rest.rstrip()))


def render_report(report: Report, lang: str = "vi", statistics: bool = False, color: bool = False) -> str:
    out: list[str] = []
    for r in report.results:
        f = r.finding
        rule = report.rules.get(f.rule)
        sev = ui(r.severity, lang)
        tag = f"{sev}, {ui('acknowledged', lang)}" if r.acknowledged else sev
        name = rule.name if rule else ""
        out.append(f"{_e(f.location.path)}:{f.location.line}:{f.location.column}: {f.rule} [{tag}] {name}")
        out.append(f"  {render(f, lang)}")
        src = source_line(report, f.location.path, f.location.line)
        if src is not None:
            text, offset = _excerpt(_e(src), f.location.column)
            gutter = str(f.location.line)
            pad = " " * len(gutter)
            out.append(f"  {pad} |")
            out.append(f"  {gutter} | {text}")
            out.append(f"  {pad} | {' ' * max(0, offset)}{'^' * _caret_width(text, max(0, offset))}")
        for rel in f.related:
            out.append(f"  = {ui('related', lang)}: {_e(rel.path)}:{rel.line}:{rel.column}")
        if r.acknowledgement is not None:
            reason = r.acknowledgement.reason_vi if lang == "vi" else r.acknowledgement.reason_en
            out.append(f"  = {ui('reason', lang)}: {_e(reason)}")
        out.append("")
    plans = [s for s in report.files if s.kind == "plan"]
    if plans:
        for s in plans:
            counts = ", ".join(f"{n} {ui(k, lang)}" for k, n in s.counts.items() if n)
            extra = f" ({counts})" if counts else ""
            acked = f" [{s.acknowledged} {ui('acknowledged', lang)}]" if s.acknowledged else ""
            out.append(f"{status_label(s.status, lang)}: {_e(s.path)}{extra}{acked}")
        out.append("")
    if statistics:
        out.append(ui("statistics", lang) + ":")
        counter = Counter((r.finding.rule, r.acknowledged) for r in report.results)
        for (code, is_acked), n in sorted(counter.items()):
            rule = report.rules.get(code)
            mark = f" ({ui('acknowledged', lang)})" if is_acked else ""
            out.append(f"  {n:5d}  {code} {rule.name if rule else ''}{mark}")
        out.append("")
    summary = report.summary()
    by = summary["by_severity"]
    assert isinstance(by, dict)
    out.append(
        ui("summary", lang).format(
            files=summary["files"],
            findings=summary["findings"],
            errors=by["error"],
            warnings=by["warning"],
            infos=by["info"],
            acknowledged=summary["acknowledged"],
        )
    )
    out.append(
        ui("failing", lang).format(failing=summary["failing"], fail_on=ui(report.fail_on, lang)) if report.failing else ui("clean", lang)
    )
    return "\n".join(out) + "\n"

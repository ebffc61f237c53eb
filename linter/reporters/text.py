"""Human-readable report with the source line and a caret, like ruff or rustc."""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path

from ..catalogue import counted, pick, render, severity_label, ui
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


#: ANSI styles of the parts of a report on a terminal.
STYLES = {"path": "1", "error": "31;1", "warning": "33;1", "info": "36", "acknowledged": "2", "caret": "31"}


def use_color(stream: object, env: dict[str, str] | None = None) -> bool:
    """Colour on a terminal; ``NO_COLOR`` turns it off, ``FORCE_COLOR`` on (https://no-color.org)."""
    env = dict(os.environ) if env is None else env
    if env.get("NO_COLOR"):
        return False
    if env.get("FORCE_COLOR", "0") not in ("", "0"):
        return True
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty()) and env.get("TERM") != "dumb"


def _paint(text: str, style: str, color: bool) -> str:
    return f"\x1b[{STYLES[style]}m{text}\x1b[0m" if color else text


def shown_path(path: str, root: Path | None, cwd: Path | None) -> str:
    """A finding's path as the reader types it, as ruff prints it: relative to the current folder
    when the file is under it or the folder is inside the project, else absolute."""
    if root is None or cwd is None:
        return path
    full, here = root.resolve() / path, cwd.resolve()
    if full.is_relative_to(here) or here.is_relative_to(root.resolve()):
        return os.path.relpath(full, here).replace(os.sep, "/")
    return full.as_posix()


def render_report(
    report: Report,
    lang: str = "vi",
    statistics: bool = False,
    color: bool = False,
    show_acknowledged: bool = True,
    root: Path | None = None,
    cwd: Path | None = None,
) -> str:
    """The report as text. ``show_acknowledged=False`` prints open findings only and counts the
    acknowledged ones; ``root`` and ``cwd`` make paths relative to the current folder."""
    out: list[str] = []
    hidden = 0
    for r in report.results:
        if r.acknowledged and not show_acknowledged:
            hidden += 1
            continue
        f = r.finding
        rule = report.rules.get(f.rule)
        sev = severity_label(r.severity, lang)
        tag = _paint(f"{sev}, {ui('acknowledged', lang)}", "acknowledged", color) if r.acknowledged else _paint(sev, r.severity, color)
        name = rule.name if rule else ""
        where = _paint(_e(shown_path(f.location.path, root, cwd)), "path", color)
        out.append(f"{where}:{f.location.line}:{f.location.column}: {f.rule} [{tag}] {name}")
        out.append(f"  {render(f, lang)}")
        src = source_line(report, f.location.path, f.location.line)
        if src is not None:
            text, offset = _excerpt(_e(src), f.location.column)
            gutter = str(f.location.line)
            pad = " " * len(gutter)
            out.append(f"  {pad} |")
            out.append(f"  {gutter} | {text}")
            out.append(f"  {pad} | {' ' * max(0, offset)}{_paint('^' * _caret_width(text, max(0, offset)), 'caret', color)}")
        for rel in f.related:
            out.append(f"  = {ui('related', lang)}: {_e(shown_path(rel.path, root, cwd))}:{rel.line}:{rel.column}")
        if r.acknowledgement is not None:
            reason = pick((r.acknowledgement.reason_vi, r.acknowledgement.reason_en), lang)
            out.append(f"  = {ui('reason', lang)}: {_e(reason)}")
        out.append("")
    plans = [s for s in report.files if s.kind == "plan" or s.blocked_by]
    if plans:
        for s in plans:
            counts = ", ".join(counted(n, k, lang) for k, n in s.counts.items() if n)
            extra = f" ({counts})" if counts else ""
            acked = f" [{s.acknowledged} {ui('acknowledged', lang)}]" if s.acknowledged else ""
            if s.blocked_by:
                blocker = report.rules.get(s.blocked_by)
                extra = " — " + ui("unchecked_why", lang).format(code=s.blocked_by, rule=blocker.name if blocker else "")
            out.append(f"{status_label(s.status, lang)}: {_e(shown_path(s.path, root, cwd))}{extra}{acked}")
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

    def number(key: str | int) -> int:
        value = summary[key] if isinstance(key, str) else key
        assert isinstance(value, int)
        return value

    out.append(
        ui("summary", lang).format(
            files=counted(number("files"), "file", lang),
            findings=counted(number("findings"), "finding", lang),
            errors=counted(number(by["error"]), "error", lang),
            warnings=counted(number(by["warning"]), "warning", lang),
            infos=counted(number(by["info"]), "info", lang),
            acknowledged=summary["acknowledged"],
        )
    )
    if hidden:
        out.append(ui("acknowledged_hidden", lang).format(n=hidden))
    failing = counted(number("failing"), "finding", lang)
    out.append(
        ui("failing", lang).format(failing=failing, fail_on=severity_label(report.fail_on, lang)) if report.failing else ui("clean", lang)
    )
    unchecked = sum(1 for s in report.files if s.blocked_by)
    if unchecked:
        out.append(ui("not_checked", lang).format(files=counted(unchecked, "file", lang)))
    return "\n".join(out) + "\n"

"""Pieces the reporters share."""

from __future__ import annotations

from typing import Any

from ..catalogue import both, render_both, ui
from ..engine import Report
from ..findings import Location, Result


def status_label(status: str, lang: str) -> str:
    return ui(f"status.{status}", lang)


def result_dict(result: Result, report: Report) -> dict[str, Any]:
    """The stable JSON shape of one result (documented in docs/reference/json-format)."""
    f = result.finding
    rule = report.rules.get(f.rule)
    out: dict[str, Any] = {
        "rule": f.rule,
        "name": rule.name if rule else f.rule,
        "severity": result.severity,
        "path": f.location.path,
        "line": f.location.line,
        "column": f.location.column,
        "pointer": f.location.pointer,
        "message": render_both(f),
        "acknowledged": result.acknowledged,
    }
    if result.acknowledgement is not None:
        a = result.acknowledgement
        out["acknowledgement"] = {
            "reason": both((a.reason_vi, a.reason_en)),
            "expires": a.expires,
            "path": a.location.path,
            "line": a.location.line,
            "column": a.location.column,
        }
    if f.related:
        out["related"] = [{"path": r.path, "line": r.line, "column": r.column, "pointer": r.pointer} for r in f.related]
    return out


def source_line(report: Report, path: str, line: int) -> str | None:
    if report.loaded is None:
        return None
    lines = _lines(report, path)
    if lines is not None and 1 <= line <= len(lines):
        return lines[line - 1]
    return None


def _lines(report: Report, path: str) -> list[str] | None:
    """A file's lines, split once per report (a report with thousands of findings in one file stays linear)."""
    cache: dict[str, list[str] | None] = report.__dict__.setdefault("_lines", {})
    if path not in cache:
        lf = report.loaded.corpus.files.get(path) if report.loaded is not None else None
        cache[path] = lf.text.split("\n") if lf is not None and lf.text is not None else None
    return cache[path]


# --------------------------------------------------------------------------
# Where a located value ends

#: Start (line, column) -> the ends of the nodes that start there, outermost first (1-based; the end
#: is the column after the node's last character, as SARIF counts).
_Ends = dict[tuple[int, int], list[tuple[int, int] | None]]


def span(report: Report, location: Location) -> tuple[int, int, int, int]:
    """Start line and column and end line and column of the value ``location`` names.

    The loader records where each value starts; where it ends is read from the same YAML
    parser's events over the loaded text: a scalar (or a key) ends after its last character,
    a flow collection after its closing bracket, and a block mapping or sequence — which may
    run to hundreds of lines — at the end of the values on its first line (``- agency: x``
    of a list of leads), so that a finding on a whole task does not cover the whole task. A
    location where no value starts (a syntax error, a line of a source text, a file that could
    not be read) covers the one character at its column.
    """
    line, column = max(1, location.line), max(1, location.column)
    lf = report.loaded.corpus.files.get(location.path) if report.loaded is not None else None
    if lf is not None and lf.text is not None:
        ends = _node_ends(report, location.path, lf.text).get((line, column))
        if ends:
            # A block mapping starts where its first key does: the key itself is meant only when the
            # location is the key of ``pointer`` (``key=True``) and not the value's start.
            on_key = lf.key_positions.get(location.pointer) == (line, column) and lf.where(location.pointer) != (line, column)
            end = ends[-1] if on_key else ends[0]
            if end is not None and end > (line, column):
                return line, column, end[0], end[1]
    return line, column, line, column + 1


def _node_ends(report: Report, path: str, text: str) -> _Ends:
    """The ends of every node of one file, found once per report."""
    cache: dict[str, _Ends] = report.__dict__.setdefault("_node_ends", {})
    if path not in cache:
        cache[path] = _scan(text, pure=False)
    return cache[path]


def _scan(text: str, pure: bool) -> _Ends:
    from ruamel.yaml import YAML
    from ruamel.yaml.events import AliasEvent, CollectionEndEvent, CollectionStartEvent, ScalarEvent

    lines = text.split("\n")
    ends: _Ends = {}
    #: Open collections: [start, flow, end of the values on the first line, index in ends[start]].
    stack: list[list[Any]] = []

    def close(start: tuple[int, int], end: tuple[int, int]) -> None:
        parent = stack[-1] if stack else None
        if parent is not None and not parent[1] and parent[0][0] == start[0]:
            parent[2] = end if parent[2] is None else max(parent[2], end)

    try:
        for ev in YAML(typ="safe", pure=pure).parse(text):
            start = (ev.start_mark.line + 1, ev.start_mark.column + 1)
            if isinstance(ev, (ScalarEvent, AliasEvent)):
                end = _trim(start, (ev.end_mark.line + 1, ev.end_mark.column + 1), lines)
                ends.setdefault(start, []).append(end)
                close(start, end)
            elif isinstance(ev, CollectionStartEvent):
                slot = ends.setdefault(start, [])
                slot.append(None)
                stack.append([start, bool(ev.flow_style), None, len(slot) - 1])
            elif isinstance(ev, CollectionEndEvent) and stack:
                begin, flow, first_line_end, index = stack.pop()
                end = (ev.end_mark.line + 1, ev.end_mark.column + 1) if flow else first_line_end
                if end is not None:
                    ends[begin][index] = end
                    close(begin, end)
    except Exception:
        # The C parser rejects some YAML 1.2 the pure-Python one reads (the loader falls back the
        # same way); a file that neither reads keeps the ends found before the error.
        if not pure:
            return _scan(text, pure=True)
    return ends


def _trim(start: tuple[int, int], end: tuple[int, int], lines: list[str]) -> tuple[int, int]:
    """A multi-line scalar's end moved back over the line breaks and blank lines the parser counts in it."""
    line, column = end
    while column == 1 and line > start[0] and line - 2 < len(lines):
        line -= 1
        column = len(lines[line - 1].rstrip()) + 1
    return line, column

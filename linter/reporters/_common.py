"""Pieces the reporters share."""

from __future__ import annotations

from typing import Any

from ..catalogue import render_both, ui
from ..engine import Report
from ..findings import Result


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
            "reason": {"vi": a.reason_vi, "en": a.reason_en},
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

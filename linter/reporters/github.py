"""GitHub workflow commands (``::error file=…,line=…,col=…::message``).

GitHub shows only a few annotations per step, so when ``GITHUB_STEP_SUMMARY``
is set the full text report is also appended to the job summary.
"""

from __future__ import annotations

from ..catalogue import render
from ..engine import Report
from ..textnorm import visible

_COMMAND = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    """Escape a message for a workflow command (``%``, CR and LF; control characters shown as escapes)."""
    return visible(text).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a property value (also ``:`` and ``,``)."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render_report(report: Report, lang: str = "vi") -> str:
    lines = []
    for r in report.results:
        if r.acknowledged:
            continue
        f = r.finding
        rule = report.rules.get(f.rule)
        title = f"{f.rule} {rule.name}" if rule else f.rule
        props = ",".join(
            [
                f"file={escape_property(f.location.path)}",
                f"line={f.location.line}",
                f"col={f.location.column}",
                f"title={escape_property(title)}",
            ]
        )
        lines.append(f"::{_COMMAND[r.severity]} {props}::{escape_data(render(f, lang))}")
    return "\n".join(lines) + ("\n" if lines else "")

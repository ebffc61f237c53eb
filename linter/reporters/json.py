"""Stable JSON report (version 1), documented on the "JSON format" docs page."""

from __future__ import annotations

import json as _json

from ..catalogue import LANGS
from ..engine import Report
from ._common import result_dict, status_label

VERSION = 1


def render_report(report: Report, lang: str = "vi") -> str:
    doc = {
        "version": VERSION,
        "findings": [result_dict(r, report) for r in report.results],
        "files": [
            {
                "path": s.path,
                "kind": s.kind,
                "status": s.status,
                "status_label": {lang: status_label(s.status, lang) for lang in LANGS},
                "counts": s.counts,
                "acknowledged": s.acknowledged,
                **({"blocked_by": s.blocked_by} if s.blocked_by else {}),
            }
            for s in report.files
        ],
        "summary": report.summary(),
    }
    return _json.dumps(doc, ensure_ascii=False, indent=2) + "\n"

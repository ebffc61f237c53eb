"""SARIF 2.1.0 report for code-scanning services."""

from __future__ import annotations

import json as _json
from typing import Any

from .. import __version__
from ..catalogue import render
from ..engine import Report
from ..rules import all_rules

_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def _region(line: int, column: int) -> dict[str, int]:
    return {"startLine": max(1, line), "startColumn": max(1, column)}


def render_report(report: Report, lang: str = "vi") -> str:
    rules = list(all_rules())
    index = {r.code: i for i, r in enumerate(rules)}
    driver_rules = []
    for r in rules:
        help_text = r.doc.vi if lang == "vi" else r.doc.en
        driver_rules.append(
            {
                "id": r.code,
                "name": r.name,
                "shortDescription": {"text": r.doc.summary.splitlines()[0] if r.doc.summary else r.name},
                "fullDescription": {"text": help_text.split("\n\n")[0] if help_text else r.name},
                "help": {"text": help_text or r.name, "markdown": help_text or r.name},
                "defaultConfiguration": {"level": _LEVEL[r.severity]},
                "properties": {"family": r.family},
            }
        )
    results: list[dict[str, Any]] = []
    for res in report.results:
        f = res.finding
        item: dict[str, Any] = {
            "ruleId": f.rule,
            "level": _LEVEL[res.severity],
            "message": {"text": render(f, lang)},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": f.location.path, "uriBaseId": "%SRCROOT%"},
                        "region": _region(f.location.line, f.location.column),
                    },
                    "logicalLocations": [{"fullyQualifiedName": f.location.pointer or "/", "kind": "object"}],
                }
            ],
            "partialFingerprints": {"cchc/v1": f"{f.rule}:{f.location.path}:{f.location.pointer}"},
        }
        if f.rule in index:
            item["ruleIndex"] = index[f.rule]
        if f.related:
            item["relatedLocations"] = [
                {
                    "id": i + 1,
                    "physicalLocation": {
                        "artifactLocation": {"uri": r.path, "uriBaseId": "%SRCROOT%"},
                        "region": _region(r.line, r.column),
                    },
                }
                for i, r in enumerate(f.related)
            ]
        if res.acknowledgement is not None:
            a = res.acknowledgement
            item["suppressions"] = [
                {"kind": "inSource", "status": "accepted", "justification": a.reason_vi if lang == "vi" else a.reason_en}
            ]
        results.append(item)
    log = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "cchc",
                        "version": __version__,
                        "semanticVersion": __version__,
                        "rules": driver_rules,
                        "language": lang,
                    }
                },
                "results": results,
                "columnKind": "unicodeCodePoints",
            }
        ],
    }
    return _json.dumps(log, ensure_ascii=False, indent=2) + "\n"

"""SARIF 2.1.0 report for code-scanning services (GitHub code scanning, the SARIF Multitool).

* Every region has a start and an end (:func:`._common.span`): a value is marked from its
  first character to its last, so an alert underlines the value it is about.
* Each rule carries its title, description and documentation in the report's language
  (``help.text`` in plain words, ``help.markdown`` as the rule's page); with the site's public
  address (``site_url``, the ``CCHC_SITE_URL`` of ``mkdocs.yml``) the tool and each rule also
  link to their pages on the site. Without it no address is invented.
* A result's fingerprint names the finding by the rule, the file, the path to the node through
  the ids of tasks, targets, citations … (:mod:`linter.anchors`) and the message's parameters,
  never by line or list index: inserting a citation above a finding does not change it, so
  code scanning keeps tracking the same alert.
"""

from __future__ import annotations

import hashlib
import json as _json
import os
import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from .. import __version__
from ..anchors import finding_key, numbered
from ..catalogue import pick, render
from ..engine import Report
from ..findings import Location, Result
from ..ruledocs import rule_markdown
from ..rules import Rule, all_rules
from ..sitegen import urls
from ..sitegen.cite import page_url
from ._common import span

_LEVEL = {"error": "error", "warning": "warning", "info": "note"}

#: The environment variable that holds the site's public address (read by ``mkdocs.yml`` too).
SITE_URL_VARIABLE = "CCHC_SITE_URL"

#: The key of the fingerprint in ``partialFingerprints``; its version changes when the recipe does.
FINGERPRINT = "cchc/v2"

#: Parameters that are positions in a file (they move when lines are inserted above) or a count of
#: other findings folded into this one: left out of the fingerprint.


def site_url_from_env(environ: Mapping[str, str] | None = None) -> str | None:
    """The site's public address from ``CCHC_SITE_URL``, or None when it is unset or empty."""
    value = (os.environ if environ is None else environ).get(SITE_URL_VARIABLE, "").strip()
    return value or None


def render_report(report: Report, lang: str = "vi", *, site_url: str | None = None) -> str:
    """The SARIF log of ``report``, its texts in ``lang``; ``site_url`` is the site's public address."""
    rules = list(all_rules())
    index = {r.code: i for i, r in enumerate(rules)}
    results: list[dict[str, Any]] = []
    for res, fingerprint in zip(report.results, fingerprints(report)):
        results.append(_result(report, res, fingerprint, index, lang))
    driver: dict[str, Any] = {
        "name": "cchc",
        "version": __version__,
        "semanticVersion": __version__,
        "language": lang,
        "rules": [_rule(r, lang, site_url) for r in rules],
    }
    home = page_url(site_url, "index.md", lang)
    if home:
        driver["informationUri"] = home
    log = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{"tool": {"driver": driver}, "results": results, "language": lang, "columnKind": "unicodeCodePoints"}],
    }
    return _json.dumps(log, ensure_ascii=False, indent=2) + "\n"


def _rule(rule: Rule, lang: str, site_url: str | None) -> dict[str, Any]:
    body = pick((rule.doc.vi, rule.doc.en), lang)
    first = _lead_removed(body.split("\n\n")[0].strip()) if body else ""
    markdown = rule_markdown(rule, lang, heading_level=2)
    out: dict[str, Any] = {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": _one_line(rule.doc.title(lang)) or rule.name},
        "fullDescription": {"text": _one_line(plain_text(first)) or rule.name, "markdown": _one_line(first) or rule.name},
        "help": {"text": plain_text(markdown), "markdown": markdown},
        "defaultConfiguration": {"level": _LEVEL[rule.severity]},
        "properties": {"family": rule.family},
    }
    page = page_url(site_url, urls.rule(rule.code), lang)
    if page:
        out["helpUri"] = page
    return out


def _result(report: Report, res: Result, fingerprint: str, index: dict[str, int], lang: str) -> dict[str, Any]:
    f = res.finding
    item: dict[str, Any] = {
        "ruleId": f.rule,
        "level": _LEVEL[res.severity],
        "message": {"text": render(f, lang)},
        "locations": [
            {
                "physicalLocation": _physical(report, f.location),
                "logicalLocations": [{"fullyQualifiedName": f.location.pointer or "/", "kind": "object"}],
            }
        ],
        "partialFingerprints": {FINGERPRINT: fingerprint},
    }
    if f.rule in index:
        item["ruleIndex"] = index[f.rule]
    if f.related:
        item["relatedLocations"] = [{"id": i + 1, "physicalLocation": _physical(report, r)} for i, r in enumerate(f.related)]
    if res.acknowledgement is not None:
        a = res.acknowledgement
        item["suppressions"] = [{"kind": "inSource", "status": "accepted", "justification": pick((a.reason_vi, a.reason_en), lang)}]
    return item


def _physical(report: Report, location: Location) -> dict[str, Any]:
    start_line, start_column, end_line, end_column = span(report, location)
    return {
        "artifactLocation": {"uri": quote(location.path, safe="/"), "uriBaseId": "%SRCROOT%"},
        "region": {"startLine": start_line, "startColumn": start_column, "endLine": end_line, "endColumn": end_column},
    }


# --------------------------------------------------------------------------
# Fingerprints


def fingerprints(report: Report) -> list[str]:
    """One fingerprint per result, in report order: a hash of the rule, the file, the stable path
    of the node and the message's parameters (equal ones numbered in report order)."""
    keys = []
    for res in report.results:
        f = res.finding
        lf = report.loaded.corpus.files.get(f.location.path) if report.loaded is not None else None
        keys.append(_json.dumps(finding_key(f, lf.data if lf is not None else None), ensure_ascii=False))
    return [hashlib.sha256(key.encode("utf-8")).hexdigest() for key in numbered(keys)]


# --------------------------------------------------------------------------
# Plain text from the rules' Markdown

_CODE_SPAN = re.compile(r"(`+)(.+?)\1", re.S)
_STRONG = re.compile(r"\*\*(.+?)\*\*|__(.+?)__", re.S)
_EMPHASIS = re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])", re.S)
_LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_HEADING = re.compile(r"^#{1,6}\s+")
_LEAD = re.compile(r"^\*\*[^*]+\*\*\s*")


def plain_text(markdown: str) -> str:
    """``markdown`` as plain text: no emphasis, code or heading marks; code blocks indented."""
    out: list[str] = []
    fenced = False
    for line in markdown.split("\n"):
        if line.lstrip().startswith("```"):
            fenced = not fenced
            continue
        out.append("    " + line if fenced and line else line if fenced else _inline(_HEADING.sub("", line)))
    return "\n".join(out).strip("\n")


def _inline(text: str) -> str:
    pieces = _CODE_SPAN.split(text)
    # split() gives: text, fence, code, text, fence, code, … — only the text parts hold markup.
    for i in range(0, len(pieces), 3):
        t = _LINK.sub(r"\1 (\2)", pieces[i])
        t = _STRONG.sub(lambda m: m.group(1) or m.group(2), t)
        t = _EMPHASIS.sub(r"\1", t)
        pieces[i] = _ESCAPE.sub(r"\1", t)
    return "".join(p for i, p in enumerate(pieces) if i % 3 != 1)


def _lead_removed(paragraph: str) -> str:
    """A rule's first paragraph without its bold lead-in (``**What it checks.**``)."""
    return _LEAD.sub("", paragraph)


def _one_line(text: str) -> str:
    return " ".join(text.split())

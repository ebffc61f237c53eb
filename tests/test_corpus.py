"""The corpus itself: every file valid, every reference resolved, every text translated,
appendix task counts as in the documents, and the linter clean (findings fixed or acknowledged)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from linter.config import load_config
from linter.corpus import corpus_files, kind_of, load_corpus
from linter.engine import lint

from .conftest import ROOT, run_cli

CONFIG = load_config(ROOT)
LOADED = load_corpus(CONFIG)
FILES = corpus_files(CONFIG)

#: Appendix rows per group, counted in the source documents.
APPENDIX_ROWS = {
    "ha-tinh-3504-qd-ubnd-2021": {"PL.I": 1, "PL.II": 4, "PL.III": 2, "PL.IV": 2, "PL.V": 2, "PL.VI": 10, "PL.VII": 4, "PL.VIII": 2},
    "bac-ninh-584-kh-ubnd-2020": {"PL.I": 4, "PL.II": 1, "PL.III": 4, "PL.IV": 1, "PL.V": 1},
}

SEEDS = {
    "ba-ria-vung-tau-4655-qd-ubnd-2021": "000",
    "ha-tinh-3504-qd-ubnd-2021": "001",
    "ca-mau-70-qd-ubnd-2016": "002",
    "bac-ninh-584-kh-ubnd-2020": "003",
    "ba-ria-vung-tau-64-kh-skhcn-2022": "004",
}


def _id(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def test_every_plan_is_a_known_seed_with_its_source():
    for slug, plan in LOADED.corpus.plans.items():
        assert slug in SEEDS, slug
        assert plan.transcription is not None
        assert plan.transcription.source == f"sources/{plan.province}/{slug}.txt"
        assert (ROOT / plan.transcription.source).is_file()


@pytest.mark.parametrize("path", FILES, ids=_id)
def test_file_is_valid_and_has_a_modeline(path):
    shown = _id(path)
    problems = [f for f in LOADED.findings if f.location.path == shown]
    assert problems == [], problems[:5]
    first = path.read_text(encoding="utf-8").split("\n", 1)[0]
    schema = {"plan": "plan", "agencies": "agencies", "indicators": "indicators", "documents": "documents"}[kind_of(path, CONFIG)]
    assert first == f"# yaml-language-server: $schema=../../schema/{schema}.schema.json"


def test_every_reference_resolves():
    report = lint(CONFIG)
    unresolved = [r for r in report.results if r.finding.rule in {"CC104", "CC105", "CC106", "CC107", "CC108", "CC111"}]
    assert unresolved == [], [
        (r.finding.rule, r.finding.location.path, r.finding.location.line, dict(r.finding.params)) for r in unresolved[:10]
    ]


def _bilingual(node, pointer=""):
    if isinstance(node, dict):
        if "vi" in node and "en" in node and isinstance(node["vi"], str):
            yield pointer, node["vi"], node["en"]
        for k, v in node.items():
            yield from _bilingual(v, f"{pointer}/{k}")
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _bilingual(v, f"{pointer}/{i}")


def test_every_text_is_translated():
    missing = []
    for shown, lf in LOADED.corpus.files.items():
        for pointer, vi, en in _bilingual(lf.data):
            if vi.strip() and not str(en or "").strip():
                missing.append((shown, pointer))
            lowered = str(en).lower()
            if any(word in lowered for word in ("todo", "tbd", "translation pending", "[en]")):
                missing.append((shown, pointer))
    assert missing == [], missing[:10]


def test_every_plan_with_an_appendix_has_its_row_counts_recorded():
    with_rows = {slug for slug, p in LOADED.corpus.plans.items() if any(t.source == "appendix" for t in p.tasks)}
    assert with_rows <= set(APPENDIX_ROWS)


@pytest.mark.parametrize("slug", sorted(set(APPENDIX_ROWS) & set(LOADED.corpus.plans)))
def test_appendix_rows_match_the_document(slug):
    plan = LOADED.corpus.plans[slug]
    counts = Counter(t.section for t in plan.tasks if t.source == "appendix")
    assert dict(counts) == APPENDIX_ROWS[slug]


def test_design_card_example_decision_4655_dated_twice():
    """4655/QĐ-UBND is dated 06/12/2021 in its header and 08/12/2021 where seed 004 cites it: found, and acknowledged."""
    report = lint(CONFIG)
    hits = [
        r
        for r in report.results
        if r.finding.rule == "CC101" and r.finding.location.path == "plans/ba-ria-vung-tau/ba-ria-vung-tau-64-kh-skhcn-2022.yaml"
    ]
    assert hits and all(r.acknowledged for r in hits)
    assert all(r.finding.params["date"] == "2021-12-08" and r.finding.params["other_date"] == "2021-12-06" for r in hits)


def test_corpus_lints_clean_from_the_command_line():
    r = run_cli("lint", "--no-cache", "--format", "json")
    doc = json.loads(r.out)
    open_findings = [f for f in doc["findings"] if not f["acknowledged"]]
    assert r.code == 0, [(f["rule"], f["path"], f["line"], f["message"]["en"]) for f in open_findings[:10]]
    assert doc["summary"]["acknowledged"] > 0


#: (targets, tasks, citations, reported results) of each plan, counted when the transcription was completed.
COUNTS = {
    "ba-ria-vung-tau-4655-qd-ubnd-2021": (48, 146, 32, 0),
    "ba-ria-vung-tau-64-kh-skhcn-2022": (11, 36, 26, 0),
    "bac-ninh-584-kh-ubnd-2020": (0, 44, 20, 0),
    "ca-mau-70-qd-ubnd-2016": (29, 114, 31, 5),
    "ha-tinh-3504-qd-ubnd-2021": (119, 145, 33, 0),
}


def test_every_seed_is_in_the_corpus_complete_with_its_counts():
    assert set(LOADED.corpus.plans) == set(SEEDS)
    for slug, plan in LOADED.corpus.plans.items():
        assert plan.transcription is not None and plan.transcription.status in ("complete", "reviewed"), slug
        assert (len(plan.targets), len(plan.tasks), len(plan.citations), len(plan.results)) == COUNTS[slug], slug


def test_design_card_annual_plan_held_against_its_parent_milestones():
    """64/KH-SKHCN (2023) implements 4655's 2021-2025 plan: its weaker PAR INDEX and satisfaction targets are found and acknowledged."""
    report = lint(CONFIG)
    hits = {(r.finding.params["indicator"], r.acknowledged) for r in report.results if r.finding.rule == "CC301"}
    assert hits == {("PAR-INDEX", True), ("SATISFACTION-ADMIN", True)}
    child = LOADED.corpus.plans["ba-ria-vung-tau-64-kh-skhcn-2022"]
    assert child.parent == "ba-ria-vung-tau-4655-qd-ubnd-2021"
    assert all(c.plan == child.parent for c in child.citations if c.document == child.parent)

"""``cchc export``: JSON and CSV that read back to the model's counts."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from linter.config import load_config
from linter.corpus import load_corpus
from linter.export import CITATION_COLUMNS, PLAN_COLUMNS, TARGET_COLUMNS, TASK_COLUMNS

from .conftest import ROOT, run_cli


def _rows(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_export_reads_back(tmp_path: Path):
    r = run_cli("export", "--out", str(tmp_path))
    assert r.code == 0, r.err
    corpus = load_corpus(load_config(ROOT)).corpus
    plans = list(corpus.plans.values())
    data = json.loads((tmp_path / "corpus.json").read_text(encoding="utf-8"))
    assert data["version"] == 1 and set(data["plans"]) == set(corpus.plans)
    assert set(data["agencies"]) == set(corpus.agencies) and set(data["indicators"]) == set(corpus.indicators)
    for name, columns, expected in (("plans.csv", PLAN_COLUMNS, len(plans)),
                                    ("targets.csv", TARGET_COLUMNS, sum(len(p.targets) for p in plans)),
                                    ("tasks.csv", TASK_COLUMNS, sum(len(p.tasks) for p in plans)),
                                    ("citations.csv", CITATION_COLUMNS, sum(len(p.citations) for p in plans))):
        path = tmp_path / name
        assert not path.read_bytes().startswith(b"\xef\xbb\xbf")
        with open(path, encoding="utf-8", newline="") as fh:
            assert next(csv.reader(fh)) == list(columns)
        assert len(_rows(path)) == expected, name
    task = next(p.tasks[0] for p in plans if p.tasks)
    row = next(r for r in _rows(tmp_path / "tasks.csv") if r["id"] == task.id)
    assert row["text_vi"] == task.text.vi and row["text_en"] == task.text.en

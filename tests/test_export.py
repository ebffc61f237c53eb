"""``cchc export``: JSON and CSV that read back to the model's counts, in the documented layout."""

from __future__ import annotations

import csv
import json
import re
import shutil
from pathlib import Path

import pytest

from linter.config import load_config
from linter.corpus import load_corpus
from linter.export import CITATION_COLUMNS, LAYOUT_VERSION, PLAN_COLUMNS, TARGET_COLUMNS, TASK_COLUMNS, export_corpus

from .conftest import ROOT, run_cli
from .ruletools import Project, base_plan

CSV_FILES = {"plans.csv": PLAN_COLUMNS, "targets.csv": TARGET_COLUMNS, "tasks.csv": TASK_COLUMNS, "citations.csv": CITATION_COLUMNS}


@pytest.fixture(scope="module")
def corpus():
    return load_corpus(load_config(ROOT)).corpus


def _rows(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_export_reads_back_to_the_model(tmp_path: Path, corpus):
    files = export_corpus(corpus, tmp_path / "out")
    assert sorted(f.name for f in files) == sorted(["corpus.json", "plans.json", *CSV_FILES])
    out = tmp_path / "out"
    plans = sorted(corpus.plans.values(), key=lambda p: p.slug)
    data = json.loads((out / "corpus.json").read_text(encoding="utf-8"))
    assert data["version"] == LAYOUT_VERSION and list(data["plans"]) == [p.slug for p in plans]
    for p in plans:
        assert data["plans"][p.slug] == json.loads(json.dumps(p.data))  # the validated data, as is
    assert set(data["agencies"]) == set(corpus.agencies) and set(data["indicators"]) == set(corpus.indicators)
    assert set(data["documents"]) == set(corpus.documents)
    index = json.loads((out / "plans.json").read_text(encoding="utf-8"))
    assert index["version"] == LAYOUT_VERSION and [r["slug"] for r in index["plans"]] == [p.slug for p in plans]
    assert all(list(r) == list(PLAN_COLUMNS) for r in index["plans"])
    for row, p in zip(index["plans"], plans):
        assert (row["targets"], row["tasks"], row["citations"]) == (len(p.targets), len(p.tasks), len(p.citations))
        assert isinstance(row["period_start"], int)
    expected = {
        "plans.csv": len(plans),
        "targets.csv": sum(len(p.targets) for p in plans),
        "tasks.csv": sum(len(p.tasks) for p in plans),
        "citations.csv": sum(len(p.citations) for p in plans),
    }
    for name, columns in CSV_FILES.items():
        raw = (out / name).read_bytes()
        assert not raw.startswith(b"\xef\xbb\xbf") and b"\r\n" not in raw.replace(b'\r\n"', b"")
        with open(out / name, encoding="utf-8", newline="") as fh:
            assert next(csv.reader(fh)) == list(columns)
        rows = _rows(out / name)
        assert len(rows) == expected[name], name
        assert all(None not in r and len(r) == len(columns) for r in rows), name  # no ragged rows
    tasks = _rows(out / "tasks.csv")
    for p in plans:
        for t in p.tasks:
            row = next(r for r in tasks if r["plan"] == p.slug and r["id"] == t.id)
            assert row["text_vi"] == t.text.vi and row["text_en"] == t.text.en
            assert row["lead"].split("; ") == [m.agency for m in t.lead] or (not t.lead and row["lead"] == "")
    citations = _rows(out / "citations.csv")
    for p in plans:
        assert [r["id"] for r in citations if r["plan"] == p.slug] == [c.id for c in p.citations]


def test_export_is_deterministic(tmp_path: Path, corpus):
    a = export_corpus(corpus, tmp_path / "a")
    b = export_corpus(corpus, tmp_path / "b")
    assert [f.read_bytes() for f in a] == [f.read_bytes() for f in b]


def test_bilingual_columns_come_in_pairs():
    for columns in CSV_FILES.values():
        assert len(set(columns)) == len(columns)
        for c in columns:
            if c.endswith("_vi"):
                assert columns[columns.index(c) + 1] == c[:-3] + "_en"
            if c.endswith("_en"):
                assert columns[columns.index(c) - 1] == c[:-3] + "_vi"


@pytest.mark.parametrize("page", ["open-data.md", "open-data.en.md"])
def test_every_column_is_documented(page):
    text = (ROOT / "docs" / "reference" / page).read_text(encoding="utf-8")
    for name, columns in CSV_FILES.items():
        section = text.split(f"## {name}", 1)[1].split("\n## ", 1)[0]
        documented = re.findall(r"^\| `([a-z_]+)` \|", section, flags=re.M)
        assert documented == list(columns), (page, name)
    plans_json = text.split("## plans.json", 1)[1].split("\n## ", 1)[0]
    assert "plans.csv" in plans_json


def test_the_cli_writes_the_files_and_reports_what_it_left_out(tmp_path: Path):
    project = Project(tmp_path / "p")
    project.root.mkdir()
    project.add(base_plan())
    project.write()
    out = tmp_path / "data"
    r = run_cli("export", "--out", str(out), cwd=project.root)
    assert r.code == 0, r.err
    assert "Đã ghi 6 tệp" in r.out and "Wrote 6 files" in r.out
    assert len(_rows(out / "plans.csv")) == 1 and len(_rows(out / "tasks.csv")) == len(base_plan()["tasks"])
    (project.root / "plans" / "tinh-a" / "broken.yaml").write_text("slug: [unclosed\n", encoding="utf-8")
    r = run_cli("export", cwd=project.root)
    assert r.code == 1 and "plans/tinh-a/broken.yaml" in r.err and "cchc lint" in r.err
    assert "Traceback" not in r.err
    assert len(_rows(project.root / "dist" / "data" / "plans.csv")) == 1  # the rest is still exported
    shutil.rmtree(project.root / "dist")

"""``cchc coverage`` end to end, the sources folder, and the one normalisation of Vietnamese text."""

from __future__ import annotations

import hashlib
import json
import unicodedata
from pathlib import Path

import pytest

from linter.provenance import normalise, prepare
from linter.textnorm import canonical, key

from .conftest import ROOT, SHARED
from .ruletools import Project, base_plan, source_text

SLUG = "tinh-a-100-kh-ubnd-2022"
SOURCE = f"sources/tinh-a/{SLUG}.txt"


def test_coverage_of_a_project_in_text_and_json(cchc, tmp_path: Path):
    project = Project(tmp_path)
    plan = project.add(base_plan())
    motto = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    project.sources[SOURCE] = motto + source_text(plan) + "Một đoạn chưa chép của văn bản.\n"
    plan["transcription"]["acknowledgements"] = [
        {"rule": "CC602", "quote": "CỘNG HÒA XÃ HỘI", "reason": {"vi": "Quốc hiệu.", "en": "The national motto."}}
    ]
    project.write()
    text = cchc("coverage", cwd=tmp_path)
    assert text.code == 0, text.err
    assert "plans/tinh-a/" in text.out and "đã chép" in text.out and "“Một đoạn chưa chép của văn bản.”" in text.out
    assert "✓ dòng 1–2" in text.out and "Quốc hiệu." in text.out
    english = cchc("coverage", "--lang", "en", cwd=tmp_path)
    assert "covered" in english.out and "The national motto." in english.out
    data = json.loads(cchc("coverage", "--format", "json", cwd=tmp_path).out)
    (one,) = data["plans"]
    assert one["slug"] == SLUG and one["status"] == "complete" and 0.8 < one["covered"] < 1
    spans = one["spans"]
    assert [s["acknowledged"] for s in spans] == [True, False] and spans[1]["text"] == "Một đoạn chưa chép của văn bản."
    assert one["characters"]["covered"] + sum(s["characters"] for s in spans) == one["characters"]["total"]
    assert data["totals"]["plans"] == 1
    # CI can hold complete plans to a floor (covered + acknowledged)
    assert cchc("coverage", "--fail-under", "99", cwd=tmp_path).code == 1
    assert cchc("coverage", "--fail-under", "80", cwd=tmp_path).code == 0
    assert cchc("coverage", "plans/nowhere.yaml", cwd=tmp_path).code == 2


def test_corpus_plans_are_covered(cchc):
    """Every complete plan of the corpus: at least 99% covered, the rest acknowledged, no text outside its source."""
    data = json.loads(cchc("coverage", "--format", "json").out)
    for plan in data["plans"]:
        if plan["status"] not in ("complete", "reviewed"):
            continue
        assert plan["covered"] >= 0.99, plan["path"]
        assert all(s["acknowledged"] for s in plan["spans"]), plan["path"]
        assert plan["texts_not_in_source"] == 0 and plan["texts_out_of_order"] == 0, plan["path"]


def test_sources_are_checksummed_and_are_the_seeds_byte_for_byte():
    sums = {}
    for line in (ROOT / "sources" / "SHA256SUMS").read_text(encoding="utf-8").splitlines():
        digest, name = line.split("  ", 1)
        sums[name] = digest
    files = {p.relative_to(ROOT / "sources").as_posix() for p in (ROOT / "sources").rglob("*.txt")}
    assert files == set(sums)
    for name, digest in sums.items():
        assert hashlib.sha256((ROOT / "sources" / name).read_bytes()).hexdigest() == digest, name
    seeds = SHARED / "seeds"
    if not seeds.is_dir():
        pytest.skip("../shared/seeds is not beside the project: the copies are checked by checksum only")
    seed_sums = {hashlib.sha256(p.read_bytes()).hexdigest() for p in seeds.glob("*.txt")}
    assert seed_sums == set(sums.values())


@pytest.mark.parametrize(
    ("old", "new"),
    [("hoá", "hóa"), ("UỶ BAN", "ỦY BAN"), ("thuỷ lợi", "thủy lợi"), ("khoẻ", "khỏe"), ("Hoà Bình", "Hòa Bình"), ("tuý", "túy")],
)
def test_tone_placement_and_unicode_forms_compare_equal(old, new):
    assert canonical(old) == canonical(new) == canonical(unicodedata.normalize("NFD", new))
    assert key(old) == key(new)


def test_canonical_keeps_other_words():
    for word in ("quý", "hoàn thành", "khuyến khích", "thuyền", "Nguyễn"):
        assert canonical(word) == unicodedata.normalize("NFC", word)


def test_source_positions_survive_normalisation():
    raw = "Dòng một\n|\nDòng  hai\n\n- Dòng ba\n"
    src = prepare("x.txt", raw)
    assert src.norm == "Dòng một Dòng hai - Dòng ba"
    assert src.line(src.norm.index("hai")) == 3 and src.line(src.norm.index("ba")) == 5
    assert normalise("Dòng một\n|\nDòng  hai") == "Dòng một Dòng hai"

"""``cchc new``: a schema-valid, lint-clean, formatted plan at the right path, with the right slug and modeline."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from linter.config import load_config
from linter.scaffold import document_types, plan_slug
from linter.textnorm import slugify

from .conftest import ROOT


@pytest.fixture
def project(tmp_path: Path) -> Path:
    for name in ("registry", "schema"):
        shutil.copytree(ROOT / name, tmp_path / name)
    (tmp_path / "pyproject.toml").write_text('[tool.cchc]\nplans = "plans"\nregistry = "registry"\nschema = "schema"\n', encoding="utf-8")
    return tmp_path


def test_slug_convention():
    assert plan_slug("ba-ria-vung-tau", "4655/QĐ-UBND", "2021-12-06") == "ba-ria-vung-tau-4655-qd-ubnd-2021"
    assert plan_slug("ha-tinh", "3504/QĐ-UBND", "2021-10-22") == "ha-tinh-3504-qd-ubnd-2021"
    assert plan_slug("bac-ninh", "584/KH-UBND", "2020-12-24") == "bac-ninh-584-kh-ubnd-2020"
    assert plan_slug("ba-ria-vung-tau", "64/KH-SKHCN", "2022-12-30") == "ba-ria-vung-tau-64-kh-skhcn-2022"


def test_slug_agrees_with_the_corpus():
    """Every plan in the corpus has the slug the scaffold would give it (the corpus grows; none may be there yet)."""
    from linter.corpus import load_corpus

    for plan in load_corpus(load_config(ROOT)).corpus.plans.values():
        assert plan.slug == plan_slug(plan.province, plan.header.number, plan.header.date), plan.path


def test_document_types_come_from_the_schema():
    types = document_types(ROOT / "schema")
    enum = json.loads((ROOT / "schema" / "plan.schema.json").read_text(encoding="utf-8"))["$defs"]["doc_type"]["enum"]
    assert types == enum and "quyet-dinh" in types and "ke-hoach" in types


NEW = [
    "new",
    "--province",
    "ba-ria-vung-tau",
    "--number",
    "99/KH-UBND",
    "--type",
    "ke-hoach",
    "--date",
    "2024-01-15",
    "--title-vi",
    "Kế hoạch cải cách hành chính năm 2024",
    "--title-en",
    "Administrative reform plan for 2024",
]
PATH = Path("plans/ba-ria-vung-tau/ba-ria-vung-tau-99-kh-ubnd-2024.yaml")


def test_new_plan_is_valid_formatted_and_lint_clean(cchc, project: Path):
    r = cchc(*NEW, cwd=project)
    assert r.code == 0, r.out + r.err
    text = (project / PATH).read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=../../schema/plan.schema.json\n")
    assert str(PATH.as_posix()) in r.out
    assert r.out.index("Đã tạo") < r.out.index("Created")  # Vietnamese first
    assert 'number: "99/KH-UBND"' in text and 'date: "2024-01-15"' in text
    assert "period: {start: 2024, end: 2024}" in text
    assert "Kế hoạch cải cách hành chính năm 2024" in text and "\\u" not in text
    # every field the editor still has to fill is explained in both languages
    for vi, en in (
        ("Văn bản căn cứ", "Legal bases"),
        ("Mỗi chỉ tiêu", "Each numeric target"),
        ("Mỗi nhiệm vụ", "Each task"),
        ("Người ký", "Signer"),
        ("Thời kỳ", "The plan period"),
    ):
        assert vi in text and en in text
    assert 'source: "sources/ba-ria-vung-tau/ba-ria-vung-tau-99-kh-ubnd-2024.txt"' in text and "status: draft" in text
    lint = cchc("lint", "--format", "json", "--fail-on", "info", str(PATH), cwd=project)
    # A fresh draft without its source yet: the only finding says where the source goes, as information.
    findings = json.loads(lint.out)["findings"]
    assert [(f["rule"], f["severity"]) for f in findings] == [("CC605", "info")], lint.out
    assert cchc("lint", str(PATH), cwd=project).code == 0
    assert cchc("fmt", "--check", str(PATH), cwd=project).code == 0


def test_new_plan_copies_its_source_and_coverage_starts(cchc, project: Path, tmp_path: Path):
    original = tmp_path / "ke-hoach.txt"
    original.write_bytes("ỦY BAN NHÂN DÂN TỈNH BÀ RỊA - VŨNG TÀU\r\nKẾ HOẠCH\nCải cách hành chính năm 2024\n".encode())
    r = cchc(*NEW, "--source", str(original), cwd=project)
    assert r.code == 0, r.err
    copied = project / "sources" / "ba-ria-vung-tau" / "ba-ria-vung-tau-99-kh-ubnd-2024.txt"
    assert copied.read_bytes() == original.read_bytes()  # byte for byte, line endings too
    lint = cchc("lint", "--format", "json", str(PATH), cwd=project)
    assert lint.code == 0, lint.out  # a draft: what is left is information
    rules = {f["rule"] for f in json.loads(lint.out)["findings"]}
    assert "CC605" not in rules and "CC602" in rules
    # never over another source text
    taken = project / "sources" / "ba-ria-vung-tau" / "ba-ria-vung-tau-98-kh-ubnd-2024.txt"
    taken.write_text("văn bản khác\n", encoding="utf-8")
    again = cchc(*[a if a != "99/KH-UBND" else "98/KH-UBND" for a in NEW], "--source", str(original), cwd=project)
    assert again.code == 2 and "không ghi đè" in again.err and "not overwritten" in again.err
    assert taken.read_text(encoding="utf-8") == "văn bản khác\n"
    assert not (project / "plans" / "ba-ria-vung-tau" / "ba-ria-vung-tau-98-kh-ubnd-2024.yaml").exists()


def test_decision_issuing_a_plan(cchc, project: Path):
    r = cchc(
        "new",
        "--province",
        "ba-ria-vung-tau",
        "--number",
        "4655/QĐ-UBND",
        "--type",
        "quyet-dinh",
        "--plan-type",
        "ke-hoach",
        "--date",
        "2021-12-06",
        "--title-vi",
        "Ban hành Kế hoạch cải cách hành chính giai đoạn 2021-2025",
        "--title-en",
        "Issuing the administrative reform plan for 2021-2025",
        "--period",
        "2021",
        "2025",
        cwd=project,
    )
    assert r.code == 0, r.err
    path = project / "plans" / "ba-ria-vung-tau" / "ba-ria-vung-tau-4655-qd-ubnd-2021.yaml"
    text = path.read_text(encoding="utf-8")
    assert "  type: quyet-dinh\n" in text and "plan:\n  type: ke-hoach\n" in text
    assert "period: {start: 2021, end: 2025}" in text and "# wrapper:" in text
    assert cchc("lint", str(path.relative_to(project)), cwd=project).code == 0
    assert "source_kind: published-text" in text


def test_issuer_is_checked_against_the_registry(cchc, project: Path):
    r = cchc(*NEW, "--issuer", "ba-ria-vung-tau/so-noi-vu", cwd=project)
    assert r.code == 0, r.err
    assert "issuer: {agency: ba-ria-vung-tau/so-noi-vu," in (project / PATH).read_text(encoding="utf-8")
    unknown = cchc(*[a if a != "99/KH-UBND" else "98/KH-UBND" for a in NEW], "--issuer", "ba-ria-vung-tau/khong-co", cwd=project)
    assert unknown.code == 2 and "registry/agencies/" in unknown.err and "không có cơ quan" in unknown.err
    new_province = cchc(*[a if a != "ba-ria-vung-tau" else "tinh-moi" for a in NEW], cwd=project)
    assert new_province.code == 2 and "registry/agencies/tinh-moi.yaml" in new_province.err
    assert not (project / "plans" / "tinh-moi").exists()


def test_new_refuses_to_overwrite(cchc, project: Path):
    assert cchc(*NEW, cwd=project).code == 0
    (project / PATH).write_text((project / PATH).read_text(encoding="utf-8") + "# edited\n", encoding="utf-8")
    again = cchc(*NEW, cwd=project)
    assert again.code == 2 and "không ghi đè" in again.err and "not overwritten" in again.err
    assert (project / PATH).read_text(encoding="utf-8").endswith("# edited\n")
    # the same slug in another folder counts too
    moved = project / "plans" / "elsewhere" / PATH.name
    moved.parent.mkdir()
    (project / PATH).rename(moved)
    assert cchc(*NEW, cwd=project).code == 2


@pytest.mark.parametrize(
    "change, message",
    [
        (("2024-01-15", "15/01/2024"), "YYYY-MM-DD"),
        (("2024-01-15", "20240115"), "YYYY-MM-DD"),
        (("2024-01-15", "2024-02-30"), "not a real date"),
        (("2024-01-15", "1900-01-01"), "1945"),
        (("ke-hoach", "plan"), "quyet-dinh"),
        (("ba-ria-vung-tau", "Bà Rịa"), "slug"),
        (("99/KH-UBND", "//"), "4655/QĐ-UBND"),
        (("Administrative reform plan for 2024", " "), "English"),
    ],
)
def test_bad_arguments_are_explained_in_both_languages(cchc, project: Path, change, message):
    old, new = change
    r = cchc(*[new if a == old else a for a in NEW], cwd=project)
    assert r.code == 2 and message in r.err
    assert " / " in r.err and "Traceback" not in r.err
    assert not (project / "plans").exists() or not any((project / "plans").rglob("*.yaml"))


def test_bad_period(cchc, project: Path):
    r = cchc(*NEW, "--period", "2025", "2021", cwd=project)
    assert r.code == 2 and "năm đầu" in r.err and "first year" in r.err
    r = cchc(*NEW, "--period", "2021", cwd=project)
    assert r.code == 2 and "Traceback" not in r.err


def test_slugify_is_the_rule_s():
    assert slugify("4655/QĐ-UBND") == "4655-qd-ubnd"
    assert slugify("64 /KH-SKHCN") == "64-kh-skhcn"

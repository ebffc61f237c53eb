"""Which project a command runs in, files the selected rules could not check, and the message language.

In-process runs of ``cchc lint`` through :func:`linter.cli.main` on projects built here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from linter.cli import main

from .ruletools import Project, base_plan


def _project(root: Path, *, broken: bool = False) -> Project:
    root.mkdir(parents=True, exist_ok=True)
    project = Project(root)
    plan = project.add(base_plan())
    if broken:
        del plan["period"]
    project.write()
    return project


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


# --- the project is found from the files named -------------------------------------------


def test_file_in_another_project_is_linted_in_its_own_project(tmp_path, monkeypatch, capsys):
    project = _project(tmp_path / "other")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    target = project.root / project.plan_path("tinh-a-100-kh-ubnd-2022")
    code, out, err = _run(["lint", "--lang", "en", "--no-cache", str(target)], capsys)
    assert (code, err) == (0, "")
    assert f"Passed: {target}" in out  # outside the current folder: the path as given, absolute
    assert "1 file; 0 findings" in out


def test_file_outside_every_project_is_a_clear_configuration_error(tmp_path, monkeypatch, capsys):
    lone = tmp_path / "lone.yaml"
    lone.write_text("slug: x\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, out, err = _run(["lint", str(lone)], capsys)
    assert code == 2 and out == ""
    assert err.startswith("cchc: cấu hình sai / configuration error: ")
    assert "no corpus here" in err and "Traceback" not in err


def test_files_of_two_projects_are_refused_with_both_named(tmp_path, monkeypatch, capsys):
    one, two = _project(tmp_path / "one"), _project(tmp_path / "two")
    monkeypatch.chdir(tmp_path)
    a, b = (p.root / p.plan_path("tinh-a-100-kh-ubnd-2022") for p in (one, two))
    code, out, err = _run(["lint", str(a), str(b)], capsys)
    assert code == 2 and out == ""
    assert "the paths belong to different projects" in err
    assert f"{a} ({one.root})" in err and f"{b} ({two.root})" in err


def test_project_option_still_wins(tmp_path, monkeypatch, capsys):
    project = _project(tmp_path / "p")
    monkeypatch.chdir(tmp_path)
    code, out, _ = _run(["--project", str(project.root), "lint", "--lang", "en", "--no-cache"], capsys)
    assert code == 0 and "Passed: p/plans/tinh-a/tinh-a-100-kh-ubnd-2022.yaml" in out


# --- a file the selected rules could not check ---------------------------------------------


def test_schema_failure_with_other_rules_selected_says_not_checked(tmp_path, monkeypatch, capsys):
    project = _project(tmp_path, broken=True)
    monkeypatch.chdir(project.root)
    code, out, _ = _run(["lint", "--lang", "en", "--no-cache", "--select", "CC201"], capsys)
    assert code == 0
    assert "Passed" not in out
    assert (
        "Not checked: plans/tinh-a/tinh-a-100-kh-ubnd-2022.yaml — could not be read as data (CC010 missing-field, a rule not selected):"
        " the selected rules did not check this file"
    ) in out
    assert out.rstrip().endswith("1 file not checked by the selected rules (see above).")


def test_not_checked_in_vietnamese_and_in_json(tmp_path, monkeypatch, capsys):
    project = _project(tmp_path, broken=True)
    monkeypatch.chdir(project.root)
    _, out, _ = _run(["lint", "--no-cache", "--select", "CC201"], capsys)
    assert "Chưa kiểm tra: plans/tinh-a/tinh-a-100-kh-ubnd-2022.yaml — không đọc được thành dữ liệu (CC010 missing-field" in out
    _, out, _ = _run(["lint", "--no-cache", "--select", "CC201", "--format", "json"], capsys)
    doc = json.loads(out)
    assert [f for f in doc["files"] if f["kind"] == "plan"] == [
        {
            "path": "plans/tinh-a/tinh-a-100-kh-ubnd-2022.yaml",
            "kind": "plan",
            "status": "unchecked",
            "status_label": {"vi": "Chưa kiểm tra", "en": "Not checked"},
            "counts": {"error": 0, "warning": 0, "info": 0},
            "acknowledged": 0,
            "blocked_by": "CC010",
        }
    ]
    assert doc["summary"]["status"] == {"ok": 5, "advisory": 0, "failing": 0, "unchecked": 1}  # 5 registry files


def test_schema_failure_with_its_rule_selected_is_failing_not_unchecked(tmp_path, monkeypatch, capsys):
    project = _project(tmp_path, broken=True)
    monkeypatch.chdir(project.root)
    code, out, _ = _run(["lint", "--lang", "en", "--no-cache", "--select", "CC0"], capsys)
    assert code == 1
    assert "Failing: plans/tinh-a/tinh-a-100-kh-ubnd-2022.yaml (1 error)" in out
    assert "Not checked" not in out and "not checked" not in out


def test_valid_file_with_other_rules_selected_passes(tmp_path, monkeypatch, capsys):
    project = _project(tmp_path)
    monkeypatch.chdir(project.root)
    code, out, _ = _run(["lint", "--lang", "en", "--no-cache", "--select", "CC201"], capsys)
    assert code == 0 and "Passed: plans/tinh-a/tinh-a-100-kh-ubnd-2022.yaml" in out and "not checked" not in out


# --- CCHC_LANG ----------------------------------------------------------------------------------


def test_cchc_lang_sets_the_language_and_lang_overrides_it(tmp_path, monkeypatch, capsys):
    project = _project(tmp_path)
    monkeypatch.chdir(project.root)
    monkeypatch.setenv("CCHC_LANG", "en")
    _, out, _ = _run(["lint", "--no-cache"], capsys)
    assert "Passed: plans/tinh-a/tinh-a-100-kh-ubnd-2022.yaml" in out
    _, out, _ = _run(["lint", "--no-cache", "--lang", "vi"], capsys)
    assert "Đạt: plans/tinh-a/tinh-a-100-kh-ubnd-2022.yaml" in out


def test_unknown_cchc_lang_is_a_configuration_error(tmp_path, monkeypatch, capsys):
    project = _project(tmp_path)
    monkeypatch.chdir(project.root)
    monkeypatch.setenv("CCHC_LANG", "fr")
    code, out, err = _run(["rules"], capsys)
    assert (code, out) == (2, "")
    assert err == "cchc: cấu hình sai / configuration error: CCHC_LANG='fr': phải là / must be vi or en\n"

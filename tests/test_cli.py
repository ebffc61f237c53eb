"""End-to-end runs of the real ``cchc`` command on small projects."""

from __future__ import annotations

import json

import jsonschema
import pytest

from .conftest import ROOT, run_cli
from .ruletools import Project, base_plan, line_of

SLUG = "tinh-a-100-kh-ubnd-2022"


@pytest.fixture
def broken(tmp_path):
    """A project whose only plan has two leads on its first task."""
    project = Project(tmp_path)
    plan = project.add(base_plan())
    plan["tasks"][0]["lead"].append({"agency": "tinh-a/ubnd-tinh", "printed": "UBND tỉnh"})
    project.write()
    return project


@pytest.fixture
def clean(tmp_path):
    project = Project(tmp_path)
    project.add(base_plan())
    project.write()
    return project


def test_clean_project_exits_zero(clean):
    r = run_cli("lint", cwd=clean.root)
    assert r.code == 0, r.out + r.err
    assert "Đạt: plans/tinh-a/tinh-a-100-kh-ubnd-2022.yaml" in r.out


def test_text_report_shows_source_and_caret_in_vietnamese(broken):
    r = run_cli("lint", cwd=broken.root)
    assert r.code == 1
    line = line_of(broken, SLUG, "agency: tinh-a/ubnd-tinh", 2)
    assert f"plans/tinh-a/{SLUG}.yaml:{line}:" in r.out
    assert "CC202 [lỗi] task-multiple-leads" in r.out
    assert "cơ quan chủ trì" in r.out
    assert "^" in r.out
    assert "Có lỗi:" in r.out
    assert "Traceback" not in r.err


def test_english_messages(broken):
    r = run_cli("lint", "--lang", "en", cwd=broken.root)
    assert "lead agencies" in r.out and "Failing:" in r.out


def test_json_format_is_stable(broken):
    r = run_cli("lint", "--format", "json", cwd=broken.root)
    doc = json.loads(r.out)
    assert doc["version"] == 1
    f = doc["findings"][0]
    assert set(f) >= {"rule", "name", "severity", "path", "line", "column", "message", "acknowledged", "pointer"}
    assert f["rule"] == "CC202" and f["name"] == "task-multiple-leads" and f["severity"] == "error"
    assert f["pointer"] == "/tasks/0/lead/1"
    assert set(f["message"]) == {"vi", "en"}
    assert doc["summary"]["failing"] == 1
    status = {f["path"]: f for f in doc["files"]}[f"plans/tinh-a/{SLUG}.yaml"]
    assert status["status"] == "failing"
    assert status["status_label"] == {"vi": "Có lỗi", "en": "Failing"}


def test_sarif_validates_against_the_official_schema(broken):
    r = run_cli("lint", "--format", "sarif", cwd=broken.root)
    log = json.loads(r.out)
    schema = json.loads((ROOT / "tests" / "data" / "sarif-2.1.0.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(log)
    result = log["runs"][0]["results"][0]
    assert result["ruleId"] == "CC202"
    assert result["locations"][0]["physicalLocation"]["region"]["startLine"] == line_of(broken, SLUG, "agency: tinh-a/ubnd-tinh", 2)


def test_github_annotations_and_job_summary(broken, tmp_path):
    summary = tmp_path / "summary.md"
    r = run_cli("lint", "--format", "github", cwd=broken.root, env={"GITHUB_STEP_SUMMARY": str(summary)})
    line = line_of(broken, SLUG, "agency: tinh-a/ubnd-tinh", 2)
    assert r.out.startswith(f"::error file=plans/tinh-a/{SLUG}.yaml,line={line},col=")
    assert "title=CC202 task-multiple-leads::" in r.out
    assert "CC202" in summary.read_text(encoding="utf-8")


def test_github_escaping():
    from linter.reporters.github import escape_data, escape_property

    assert escape_data("50%\nx\r") == "50%25%0Ax%0D"
    assert escape_property("a:b,c") == "a%3Ab%2Cc"


def test_fail_on_error_ignores_warnings(clean):
    plan = clean.plans[SLUG]
    plan["tasks"][1]["lead"] = [{"agency": "tinh-a/cac-so-ban-nganh", "printed": "Các Sở, ban, ngành"}]  # CC203 warning
    clean.write()
    assert run_cli("lint", cwd=clean.root).code == 1
    assert run_cli("lint", "--fail-on", "error", cwd=clean.root).code == 0


def test_select_and_ignore(broken):
    assert run_cli("lint", "--ignore", "CC202", cwd=broken.root).code == 0
    assert run_cli("lint", "--select", "CC1", cwd=broken.root).code == 0
    assert run_cli("lint", "--select", "CC2", cwd=broken.root).code == 1


def test_pyproject_configuration(broken):
    (broken.root / "pyproject.toml").write_text(
        (broken.root / "pyproject.toml").read_text(encoding="utf-8") + '\n[tool.cchc.severity]\nCC202 = "info"\n', encoding="utf-8"
    )
    r = run_cli("lint", "--format", "json", cwd=broken.root)
    assert r.code == 0
    assert json.loads(r.out)["findings"][0]["severity"] == "info"


def test_statistics(broken):
    r = run_cli("lint", "--statistics", cwd=broken.root)
    assert "CC202 task-multiple-leads" in r.out.split("Thống kê theo quy tắc:")[1]


def test_usage_errors_exit_two(clean):
    assert run_cli("lint", "--format", "xml", cwd=clean.root).code == 2
    assert run_cli("lint", "no/such/file.yaml", cwd=clean.root).code == 2
    r = run_cli("explain", "CC000", cwd=clean.root)
    assert r.code == 2 and "Traceback" not in r.err


def test_bad_configuration_exits_two(clean):
    (clean.root / "pyproject.toml").write_text('[tool.cchc]\nfail-on = "fatal"\n', encoding="utf-8")
    r = run_cli("lint", cwd=clean.root)
    assert r.code == 2 and "fail-on" in r.err


def test_rules_and_explain():
    r = run_cli("rules")
    assert r.code == 0 and "CC101" in r.out and "citation-date-mismatch" in r.out
    r = run_cli("explain", "citation-date-mismatch", "--lang", "en")
    assert r.code == 0 and "# CC101 · A cited document" in r.out and "`citation-date-mismatch`" in r.out and "Example that fires" in r.out


def test_named_file_still_sees_the_whole_corpus(clean):
    """Cross-document rules run with the whole corpus even when one file is named."""
    child = base_plan(slug="tinh-a-5-kh-snv-2022", number="5/KH-SNV", date="2022-12-30", period=(2023, 2023))
    child["parent"] = SLUG
    child["tasks"] = []
    child["targets"] = [
        {
            "id": "c1",
            "indicator": "PAR-INDEX",
            "comparator": "top",
            "value": 15,
            "unit": "rank",
            "year": 2023,
            "scope": {"level": "tinh"},
            "printed": {"vi": "Top 15", "en": "Top 15"},
        }
    ]
    clean.add(child)
    clean.write()
    r = run_cli("lint", "--format", "json", "plans/tinh-a/tinh-a-5-kh-snv-2022.yaml", cwd=clean.root)
    rules = [f["rule"] for f in json.loads(r.out)["findings"]]
    assert rules == ["CC301"]


def test_editing_a_parent_rechecks_its_children(clean):
    child = base_plan(slug="tinh-a-5-kh-snv-2022", number="5/KH-SNV", date="2022-12-30", period=(2023, 2023))
    child["parent"] = SLUG
    child["tasks"] = []
    child["targets"] = [
        {
            "id": "c1",
            "indicator": "PAR-INDEX",
            "comparator": "top",
            "value": 15,
            "unit": "rank",
            "year": 2023,
            "scope": {"level": "tinh"},
            "printed": {"vi": "Top 15", "en": "Top 15"},
        }
    ]
    clean.add(child)
    clean.write()
    r = run_cli("lint", "--format", "json", f"plans/tinh-a/{SLUG}.yaml", cwd=clean.root)
    paths = {f["path"] for f in json.loads(r.out)["findings"]}
    assert paths == {"plans/tinh-a/tinh-a-5-kh-snv-2022.yaml"}


@pytest.mark.parametrize(
    "args",
    [["--select", "XX999"], ["--select", "CC2O4"], ["--select", ",,,"], ["--select", ""], ["--ignore", "C"], ["--select", "cc1,XX1"]],
)
def test_a_selector_that_names_no_rule_is_refused(args):
    r = run_cli("lint", *args)
    assert r.code == 2 and ("cchc:" in r.err) and "Traceback" not in r.err, r.err


@pytest.mark.parametrize(
    "toml",
    [
        'severity = "info"',
        "limits = 3",
        "plans = 1",
        "nonsense = true",
        '[tool.cchc.severity]\nCC999 = "info"',
        '[tool.cchc.severity]\nCC1 = "info"',
        'schema = "no-such-folder"',
        'select = "CC1"',
    ],
)
def test_configuration_mistakes_are_errors_in_both_languages(tmp_path, toml):
    (tmp_path / "plans").mkdir()
    (tmp_path / "registry").mkdir()
    (tmp_path / "pyproject.toml").write_text("[tool.cchc]\n" + toml + "\n", encoding="utf-8")
    r = run_cli("lint", cwd=tmp_path)
    assert r.code == 2 and "configuration error" in r.err and "cấu hình" in r.err and "Traceback" not in r.err, r.err


def test_no_project_or_no_corpus_is_an_error_not_an_empty_report(tmp_path):
    assert run_cli("--project", str(tmp_path / "nowhere"), "lint").code == 2
    empty = run_cli("lint", cwd=tmp_path)
    assert empty.code == 2 and "no corpus here" in empty.err
    (tmp_path / "plans").mkdir()
    missing = run_cli("lint", cwd=tmp_path)
    assert missing.code == 2 and "registry" in missing.err


def test_output_to_a_folder_and_export_to_a_file_are_usage_errors(tmp_path):
    r = run_cli("lint", "--output", str(tmp_path))
    assert r.code == 2 and "--output" in r.err
    f = tmp_path / "x.json"
    f.write_text("{}", encoding="utf-8")
    r = run_cli("export", "--out", str(f))
    assert r.code == 2 and "--out" in r.err and f.read_text(encoding="utf-8") == "{}"

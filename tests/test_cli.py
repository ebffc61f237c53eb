"""The ``cchc`` command on small projects.

Most tests call ``linter.cli.main`` in this process (the ``cchc`` fixture: the same arguments,
folder and environment, captured output); a few run the installed console script end to end,
for its exit codes and the colour that only a real environment shows.
"""

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


def test_english_messages(cchc, broken):
    r = cchc("lint", "--lang", "en", cwd=broken.root)
    assert "lead agencies" in r.out and "Failing:" in r.out


def test_json_format_is_stable(cchc, broken):
    r = cchc("lint", "--format", "json", cwd=broken.root)
    doc = json.loads(r.out)
    assert doc["version"] == 1
    line = line_of(broken, SLUG, "agency: tinh-a/ubnd-tinh", 2)
    assert [(f["rule"], f["path"], f["line"], f["column"]) for f in doc["findings"]] == [("CC202", f"plans/tinh-a/{SLUG}.yaml", line, 5)]
    f = doc["findings"][0]
    assert set(f) >= {"rule", "name", "severity", "path", "line", "column", "message", "acknowledged", "pointer"}
    assert f["rule"] == "CC202" and f["name"] == "task-multiple-leads" and f["severity"] == "error"
    assert f["pointer"] == "/tasks/0/lead/1"
    assert set(f["message"]) == {"vi", "en"}
    assert doc["summary"]["failing"] == 1
    status = {f["path"]: f for f in doc["files"]}[f"plans/tinh-a/{SLUG}.yaml"]
    assert status["status"] == "failing"
    assert status["status_label"] == {"vi": "Có lỗi", "en": "Failing"}


def test_sarif_validates_against_the_official_schema(cchc, broken):
    r = cchc("lint", "--format", "sarif", cwd=broken.root)
    log = json.loads(r.out)
    schema = json.loads((ROOT / "tests" / "data" / "sarif-2.1.0.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(log)
    assert [r["ruleId"] for r in log["runs"][0]["results"]] == ["CC202"]
    result = log["runs"][0]["results"][0]
    assert result["locations"][0]["physicalLocation"]["region"]["startLine"] == line_of(broken, SLUG, "agency: tinh-a/ubnd-tinh", 2)


def test_github_annotations_and_job_summary(cchc, broken, tmp_path):
    summary = tmp_path / "summary.md"
    r = cchc("lint", "--format", "github", cwd=broken.root, env={"GITHUB_STEP_SUMMARY": str(summary)})
    line = line_of(broken, SLUG, "agency: tinh-a/ubnd-tinh", 2)
    assert r.out.startswith(f"::error file=plans/tinh-a/{SLUG}.yaml,line={line},col=")
    assert "title=CC202 task-multiple-leads::" in r.out
    assert "CC202" in summary.read_text(encoding="utf-8")


def test_github_escaping():
    from linter.reporters.github import escape_data, escape_property

    assert escape_data("50%\nx\r") == "50%25%0Ax%0D"
    assert escape_property("a:b,c") == "a%3Ab%2Cc"


def test_fail_on_error_ignores_warnings(cchc, clean):
    plan = clean.plans[SLUG]
    plan["tasks"][1]["lead"] = [{"agency": "tinh-a/cac-so-ban-nganh", "printed": "Các Sở, ban, ngành"}]  # CC203 warning
    clean.write()
    assert cchc("lint", cwd=clean.root).code == 1
    assert cchc("lint", "--fail-on", "error", cwd=clean.root).code == 0


def test_select_and_ignore(cchc, broken):
    assert cchc("lint", "--ignore", "CC202", cwd=broken.root).code == 0
    assert cchc("lint", "--select", "CC1", cwd=broken.root).code == 0
    assert cchc("lint", "--select", "CC2", cwd=broken.root).code == 1


def test_pyproject_configuration(cchc, broken):
    (broken.root / "pyproject.toml").write_text(
        (broken.root / "pyproject.toml").read_text(encoding="utf-8") + '\n[tool.cchc.severity]\nCC202 = "info"\n', encoding="utf-8"
    )
    r = cchc("lint", "--format", "json", cwd=broken.root)
    assert r.code == 0
    assert [(f["rule"], f["severity"]) for f in json.loads(r.out)["findings"]] == [("CC202", "info")]


def test_statistics(cchc, broken):
    r = cchc("lint", "--statistics", cwd=broken.root)
    assert "CC202 task-multiple-leads" in r.out.split("Thống kê theo quy tắc:")[1]


def test_usage_errors_exit_two(clean):
    assert run_cli("lint", "--format", "xml", cwd=clean.root).code == 2
    assert run_cli("lint", "no/such/file.yaml", cwd=clean.root).code == 2
    r = run_cli("explain", "CC000", cwd=clean.root)
    assert r.code == 2 and "Traceback" not in r.err


def test_bad_configuration_exits_two(cchc, clean):
    (clean.root / "pyproject.toml").write_text('[tool.cchc]\nfail-on = "fatal"\n', encoding="utf-8")
    r = cchc("lint", cwd=clean.root)
    assert r.code == 2 and "fail-on" in r.err


def test_rules_and_explain(cchc):
    r = cchc("rules")
    assert r.code == 0 and "CC101" in r.out and "citation-date-mismatch" in r.out
    r = cchc("explain", "citation-date-mismatch", "--lang", "en")
    assert r.code == 0 and "# CC101 · A cited document" in r.out and "`citation-date-mismatch`" in r.out and "Example that fires" in r.out


def test_named_file_still_sees_the_whole_corpus(cchc, clean):
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
    r = cchc("lint", "--format", "json", "plans/tinh-a/tinh-a-5-kh-snv-2022.yaml", cwd=clean.root)
    rules = [f["rule"] for f in json.loads(r.out)["findings"]]
    assert rules == ["CC301"]


def test_editing_a_parent_rechecks_its_children(cchc, clean):
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
    r = cchc("lint", "--format", "json", f"plans/tinh-a/{SLUG}.yaml", cwd=clean.root)
    paths = {f["path"] for f in json.loads(r.out)["findings"]}
    assert paths == {"plans/tinh-a/tinh-a-5-kh-snv-2022.yaml"}


@pytest.mark.parametrize(
    "args",
    [["--select", "XX999"], ["--select", "CC2O4"], ["--select", ",,,"], ["--select", ""], ["--ignore", "C"], ["--select", "cc1,XX1"]],
)
def test_a_selector_that_names_no_rule_is_refused(cchc, args):
    r = cchc("lint", *args)
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
def test_configuration_mistakes_are_errors_in_both_languages(cchc, tmp_path, toml):
    (tmp_path / "plans").mkdir()
    (tmp_path / "registry").mkdir()
    (tmp_path / "pyproject.toml").write_text("[tool.cchc]\n" + toml + "\n", encoding="utf-8")
    r = cchc("lint", cwd=tmp_path)
    assert r.code == 2 and "configuration error" in r.err and "cấu hình" in r.err and "Traceback" not in r.err, r.err


def test_no_project_or_no_corpus_is_an_error_not_an_empty_report(cchc, tmp_path):
    assert cchc("--project", str(tmp_path / "nowhere"), "lint").code == 2
    empty = cchc("lint", cwd=tmp_path)
    assert empty.code == 2 and "no corpus here" in empty.err
    (tmp_path / "plans").mkdir()
    missing = cchc("lint", cwd=tmp_path)
    assert missing.code == 2 and "registry" in missing.err


def test_output_to_a_folder_and_export_to_a_file_are_usage_errors(cchc, tmp_path):
    r = cchc("lint", "--output", str(tmp_path))
    assert r.code == 2 and "--output" in r.err
    f = tmp_path / "x.json"
    f.write_text("{}", encoding="utf-8")
    r = cchc("export", "--out", str(f))
    assert r.code == 2 and "--out" in r.err and f.read_text(encoding="utf-8") == "{}"


# --------------------------------------------------------------------------
# Output that shows what matters


@pytest.fixture
def acknowledged(tmp_path):
    """A project with one open finding (CC202) and one acknowledged (CC203 on the second task)."""
    project = Project(tmp_path)
    plan = project.add(base_plan())
    plan["tasks"][0]["lead"].append({"agency": "tinh-a/ubnd-tinh", "printed": "UBND tỉnh"})
    plan["tasks"][1]["lead"] = [{"agency": "tinh-a/cac-so-ban-nganh", "printed": "Các Sở, ban, ngành"}]
    plan["tasks"][1]["acknowledgements"] = [
        {"rule": "CC203", "reason": {"vi": "Văn bản in “Các Sở, ban, ngành”.", "en": "The document prints “Các Sở, ban, ngành”."}}
    ]
    project.write()
    return project


def test_acknowledged_findings_are_counted_not_printed_unless_asked(cchc, acknowledged):
    r = cchc("lint", "--lang", "en", cwd=acknowledged.root)
    assert r.code == 1 and "CC202" in r.out
    assert "CC203" not in r.out and "1 acknowledged not shown (--show-acknowledged to see them)." in r.out
    shown = cchc("lint", "--lang", "en", "--show-acknowledged", cwd=acknowledged.root)
    assert "CC203" in shown.out and "not shown" not in shown.out


def test_counts_have_the_right_plural_forms(cchc, acknowledged):
    en = cchc("lint", "--lang", "en", cwd=acknowledged.root).out
    assert "1 finding (1 error, 0 warnings, 0 info)" in en and "1 finding at warning or above" in en
    assert "files;" in en or "1 file;" not in en
    assert "1 findings" not in en and "1 errors" not in en
    vi = cchc("lint", cwd=acknowledged.root).out
    assert "1 phát hiện (1 lỗi, 0 cảnh báo, 0 thông tin)" in vi


def test_colour_on_request_and_never_with_no_color(broken):
    forced = run_cli("lint", cwd=broken.root, env={"FORCE_COLOR": "1", "NO_COLOR": ""})
    assert "\x1b[31;1m" in forced.out
    plain = run_cli("lint", cwd=broken.root, env={"FORCE_COLOR": "1", "NO_COLOR": "1"})
    assert "\x1b[" not in plain.out
    piped = run_cli("lint", cwd=broken.root, env={"FORCE_COLOR": "", "NO_COLOR": ""})
    assert "\x1b[" not in piped.out  # not a terminal
    to_file = run_cli("lint", "--output", str(broken.root / "out" / "report.txt"), cwd=broken.root, env={"FORCE_COLOR": "1"})
    assert to_file.code == 1 and "\x1b[" not in (broken.root / "out" / "report.txt").read_text(encoding="utf-8")


def test_paths_are_relative_to_the_current_folder(cchc, broken):
    sub = broken.root / "plans" / "tinh-a"
    r = cchc("lint", cwd=sub)
    assert r.out.startswith(f"{SLUG}.yaml:"), r.out[:200]
    top = cchc("lint", cwd=broken.root)
    assert top.out.startswith(f"plans/tinh-a/{SLUG}.yaml:")


def test_output_into_a_missing_folder_creates_it(cchc, broken):
    target = broken.root / "reports" / "ci" / "cchc.sarif"
    r = cchc("lint", "--format", "sarif", "--output", str(target), cwd=broken.root)
    assert r.code == 1 and json.loads(target.read_text(encoding="utf-8"))["version"] == "2.1.0"


def test_repeated_select_options_combine(cchc, broken):
    assert cchc("lint", "--select", "CC1", "--select", "CC2", cwd=broken.root).code == 1
    assert cchc("lint", "--select", "CC1", "--select", "CC3", cwd=broken.root).code == 0


def test_usage_errors_print_the_usage_line_and_a_help_hint(cchc, clean):
    r = cchc("lint", "--format", "xml", cwd=clean.root)
    assert r.code == 2
    assert r.err.startswith("usage: cchc lint") and "cchc lint --help" in r.err


def test_every_option_has_help_in_both_languages() -> None:
    from linter.cli import build_parser

    def parsers(p):
        yield p
        for action in p._actions:
            for sub in getattr(action, "choices", None).values() if isinstance(getattr(action, "choices", None), dict) else ():
                yield from parsers(sub)

    missing = []
    for p in parsers(build_parser()):
        for action in p._actions:
            if action.help in (None, "") and action.dest not in ("help", "command", "site_command"):
                missing.append(f"{p.prog} {'/'.join(action.option_strings) or action.dest}")
            elif action.help and action.dest not in ("help", "version") and " / " not in action.help and action.dest != "command":
                missing.append(f"{p.prog} {action.dest}: {action.help!r} (not in both languages)")
    assert missing == []


def test_a_changed_schema_configuration_or_source_rechecks_the_corpus(cchc, broken):
    # a source text or pyproject.toml named on the command line stands for the whole corpus
    for name in ("pyproject.toml", f"sources/tinh-a/{SLUG}.txt"):
        r = cchc("lint", name, cwd=broken.root)
        assert r.code == 1 and "CC202" in r.out, (name, r.out)


def test_hook_mode_without_files_checks_nothing_unless_a_corpus_file_was_deleted(cchc, broken):
    from .test_precommit import git

    assert cchc("lint", "--hook", cwd=broken.root).code == 0  # not a git work tree: nothing staged
    git(broken.root, "init", "-q")
    git(broken.root, "add", "-A")
    git(broken.root, "commit", "-q", "-m", "plans")
    assert cchc("lint", "--hook", cwd=broken.root).code == 0
    git(broken.root, "rm", "-q", "--cached", "registry/documents/docs.yaml")
    r = cchc("lint", "--hook", cwd=broken.root)
    assert r.code == 1 and "CC202" in r.out


BLOCK_MKDOCS = """
import sys, importlib.abc
class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("mkdocs", "material", "mkdocs_static_i18n"):
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
sys.meta_path.insert(0, Block())
from linter.cli import main
rc = main(sys.argv[1:])
assert not any(m.split(".")[0] == "mkdocs" for m in sys.modules), "mkdocs imported"
sys.exit(rc)
"""


def test_linting_needs_no_site_packages_and_the_site_says_what_to_install(clean):
    """The lint install (the pre-commit hook's) has no MkDocs: lint, fmt and export work without it,
    and ``cchc site build`` says which extra to install."""
    import subprocess
    import sys

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-c", BLOCK_MKDOCS, *args], cwd=clean.root, capture_output=True, text=True, timeout=120)

    assert run("lint").returncode == 0
    assert run("fmt", "--check").returncode in (0, 1)
    site = run("site", "build")
    assert site.returncode == 2 and "pip install 'cchc-plans[site]'" in site.stderr and "Traceback" not in site.stderr


@pytest.mark.parametrize("value", ["2021-02-30", "2021-13-01"])
def test_a_bad_date_in_a_field_of_several_types_is_reported_as_a_date_once(cchc, tmp_path, value):
    project = Project(tmp_path)
    plan = project.add(base_plan())
    plan["citations"][0]["date"] = value  # a date, or null when the citation prints none
    plan["document"]["date"] = value  # a date only
    project.write()
    r = cchc("lint", "--lang", "en", "--format", "json", cwd=tmp_path)
    assert r.code == 1
    found = [(f["rule"], f["pointer"], f["line"], f["message"]["en"]) for f in json.loads(r.out)["findings"]]
    message = f"Invalid value '{value}': expected date."
    assert found == [
        ("CC013", "/document/date", line_of(project, SLUG, f"  date: '{value}'", 1), message),
        ("CC013", "/citations/0/date", line_of(project, SLUG, f"  date: '{value}'", 2), message),
    ]

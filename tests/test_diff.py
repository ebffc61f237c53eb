"""``cchc diff`` on a real git repository: two commits of a small corpus, compared in words."""

from __future__ import annotations

import json
import os
import re
import subprocess
from pathlib import Path
from typing import Any

import pytest

from linter.anchors import finding_key, stable_pointer
from linter.cli import main
from linter.diff.revisions import DiffError, Range, corpus_folders, parse_range, safe_relative
from linter.findings import Finding, Location

from .conftest import run_cli
from .ruletools import Project, base_plan

A = "tinh-a-100-kh-ubnd-2022"
B = "tinh-a-200-kh-ubnd-2022"
C = "tinh-a-300-kh-ubnd-2022"
PATH_A = f"plans/tinh-a/{A}.yaml"
PATH_B = f"plans/tinh-a/{B}.yaml"

GIT_ENV = {
    "GIT_AUTHOR_NAME": "t",
    "GIT_AUTHOR_EMAIL": "t@example.org",
    "GIT_COMMITTER_NAME": "t",
    "GIT_COMMITTER_EMAIL": "t@example.org",
    "GIT_CONFIG_GLOBAL": os.devnull,
    "GIT_CONFIG_NOSYSTEM": "1",
}


def git(repo: Path, *args: str) -> str:
    done = subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True, text=True, env={**os.environ, **GIT_ENV})
    return done.stdout


def commit(project: Project, message: str) -> str:
    project.write()
    git(project.root, "add", "-A")
    git(project.root, "commit", "-q", "--allow-empty", "-m", message)
    return git(project.root, "rev-parse", "HEAD").strip()


def new_task(ident: str, number: str, vi: str, en: str) -> dict[str, Any]:
    return {
        "id": ident,
        "number": number,
        "section": "I.2",
        "source": "body",
        "text": {"vi": vi, "en": en},
        "lead": [{"agency": "tinh-a/so-noi-vu", "printed": "Sở Nội vụ"}],
    }


@pytest.fixture
def history(tmp_path: Path) -> Project:
    """Two commits: a corpus with one finding (two leads on a task of plan B), then a change that adds
    two tasks and removes a target in plan A, moves its citation's date off the registry's (a finding
    opens) and fixes plan B's task (a finding resolves)."""
    project = Project(tmp_path / "repo")
    project.root.mkdir()
    git(project.root, "init", "-q")
    project.add(base_plan())
    b = project.add(base_plan(slug=B, number="200/KH-UBND"))
    b["tasks"][0]["lead"].append({"agency": "tinh-a/ubnd-tinh", "printed": "UBND tỉnh"})
    commit(project, "base")
    a = project.plans[A]
    a["tasks"].append(new_task("B.I.2.3", "3", "Số hóa hồ sơ", "Digitise records"))
    a["tasks"].append(new_task("B.I.2.4", "4", "Đo lường sự hài lòng", "Measure satisfaction"))
    a["targets"] = [t for t in a["targets"] if t["id"] != "t3"]
    a["citations"][0]["date"] = "2021-07-16"
    b["tasks"][0]["lead"].pop()
    commit(project, "change")
    return project


def diff(project: Project, *args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """``cchc diff`` through the real command line, in this process."""
    code = main(["--project", str(project.root), "diff", *args])
    out, err = capsys.readouterr()
    return code, out, err


SUMMARY = {
    "vi": "2 kế hoạch thay đổi, 2 nhiệm vụ thêm, 1 nhiệm vụ thay đổi, 1 chỉ tiêu bị xóa, 1 trích dẫn thay đổi, "
    "1 phát hiện mới, 1 phát hiện đã khắc phục",
    "en": "2 plans changed, 2 tasks added, 1 task changed, 1 target removed, 1 citation changed, 1 finding opened, 1 finding resolved",
}


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_text_says_what_the_change_does(history, capsys, lang):
    code, out, err = diff(history, "HEAD~1..HEAD", "--lang", lang, capsys=capsys)
    assert code == 0, err  # informative: a finding opened does not fail the command
    lines = out.splitlines()
    assert lines[1] == SUMMARY[lang]
    if lang == "vi":
        assert lines[0].startswith("So sánh HEAD~1 (") and " với HEAD (" in lines[0]
        assert f"Kế hoạch thay đổi: 100/KH-UBND · {A} · {PATH_A}" in out
        assert "  Nhiệm vụ thêm:\n    + B.I.2.3  Số hóa hồ sơ\n    + B.I.2.4  Đo lường sự hài lòng\n" in out
        assert "  Chỉ tiêu bị xóa:\n    - t3  Trong nhóm 10 tỉnh dẫn đầu\n" in out
        assert "  Trích dẫn thay đổi:\n    ~ c1  Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ (date)\n" in out
        assert "  Nhiệm vụ thay đổi:\n    ~ B.I.2.1  Rà soát văn bản (lead)\n" in out
        assert re.search(rf"Phát hiện mới:\n  \+ CC101 \[lỗi\] {PATH_A}:\d+:\d+  ", out)
        assert re.search(rf"Phát hiện đã khắc phục:\n  - CC202 \[lỗi\] {PATH_B}:\d+:\d+  ", out)
        assert out.endswith("Phát hiện cần xử lý: 1 → 1 · Phát hiện đã xác nhận: 0 → 0\n")
    else:
        assert lines[0].startswith("Comparing HEAD~1 (") and " with HEAD (" in lines[0]
        assert f"Plan changed: 200/KH-UBND · {B} · {PATH_B}" in out
        assert "  Tasks added:\n    + B.I.2.3  Digitise records\n    + B.I.2.4  Measure satisfaction\n" in out
        assert "  Target removed:\n    - t3  Among the top 10 provinces\n" in out
        assert "  Citation changed:\n    ~ c1  " in out
        assert re.search(rf"Finding opened:\n  \+ CC101 \[error\] {PATH_A}:\d+:\d+  ", out)
        assert re.search(rf"Finding resolved:\n  - CC202 \[error\] {PATH_B}:\d+:\d+  ", out)
        assert out.endswith("Open findings: 1 → 1 · Acknowledged findings: 0 → 0\n")


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_markdown_for_the_job_summary(history, capsys, lang):
    code, out, _ = diff(history, "--format", "markdown", "--lang", lang, "HEAD~1..HEAD", capsys=capsys)
    assert code == 0
    words = {
        "vi": (
            "## Thay đổi của kho dữ liệu",
            "| Thay đổi | Số hiệu | Mã định danh | Tên kế hoạch |",
            "#### Phát hiện mới",
            "| Quy tắc | Mức |",
        ),
        "en": ("## Changes to the corpus", "| Change | Number | Slug | Plan title |", "#### Finding opened", "| Rule | Severity |"),
    }[lang]
    assert out.startswith(words[0] + "\n")
    assert f"**{SUMMARY[lang]}**" in out
    assert words[1] in out and words[2] in out and words[3] in out
    rows = [line for line in out.splitlines() if line.startswith("| ") and "CC101" in line]
    assert len(rows) == 1 and rows[0].count("|") == 5  # rule, severity, where, message
    assert ("Nhiệm vụ thêm" if lang == "vi" else "Tasks added") in out
    # data text is escaped: the slug's hyphens and the ids' dots cannot start a list or a heading
    assert "tinh&#45;a&#45;100&#45;kh&#45;ubnd&#45;2022" in out and "B&#46;I&#46;2&#46;3" in out


def test_json_is_machine_readable(history, capsys):
    code, out, _ = diff(history, "--format", "json", "HEAD~1..HEAD", capsys=capsys)
    assert code == 0
    doc = json.loads(out)
    assert doc["version"] == 1
    assert doc["base"]["revision"] == "HEAD~1" and doc["base"]["commit"] == git(history.root, "rev-parse", "HEAD~1").strip()
    assert doc["head"] == {"revision": "HEAD", "commit": git(history.root, "rev-parse", "HEAD").strip(), "worktree": False}
    assert doc["summary"]["text"] == SUMMARY
    counts = doc["summary"]["counts"]
    assert counts["plans_changed"] == 2 and counts["tasks_added"] == 2 and counts["targets_removed"] == 1
    assert counts["findings_opened"] == 1 and counts["findings_resolved"] == 1 and counts["plans_added"] == 0
    plans = {p["slug"]: p for p in doc["plans"]}
    a = plans[A]
    assert a["change"] == "changed" and a["number"] == "100/KH-UBND" and a["path"] == PATH_A
    assert [(t["change"], t["id"]) for t in a["tasks"]] == [("added", "B.I.2.3"), ("added", "B.I.2.4")]
    assert a["tasks"][0]["text"] == {"vi": "Số hóa hồ sơ", "en": "Digitise records"}
    assert a["targets"] == [
        {"change": "removed", "id": "t3", "text": {"vi": "Trong nhóm 10 tỉnh dẫn đầu", "en": "Among the top 10 provinces"}, "fields": []}
    ]
    assert [(c["change"], c["id"], c["fields"]) for c in a["citations"]] == [("changed", "c1", ["date"])]
    assert plans[B]["tasks"][0]["fields"] == ["lead"]
    opened, resolved = doc["findings"]["opened"], doc["findings"]["resolved"]
    assert [(f["rule"], f["path"], f["node"]) for f in opened] == [("CC101", PATH_A, "/citations/c1/date")]
    assert [(f["rule"], f["path"], f["node"]) for f in resolved] == [("CC202", PATH_B, "/tasks/B.I.2.1/lead/1")]
    assert set(opened[0]["message"]) == {"vi", "en"}
    assert doc["findings"]["open"] == {"base": 1, "head": 1} and doc["findings"]["acknowledged"] == {"base": 0, "head": 0}


def test_plan_fields_added_and_removed_plans_and_layout_only(history, capsys):
    a = history.plans[A]
    a["transcription"]["status"] = "reviewed"
    a["period"] = {"start": 2022, "end": 2026}
    a["plan"]["title"] = {"vi": "Kế hoạch CCHC mới", "en": "New reform plan"}
    history.plans.pop(B)
    (history.root / PATH_B).unlink()
    history.add(base_plan(slug=C, number="300/KH-UBND"))
    commit(history, "fields, plans")
    code, out, _ = diff(history, "HEAD~1..HEAD", "--lang", "en", capsys=capsys)
    assert code == 0
    assert out.splitlines()[1].startswith("1 plan added, 1 plan removed, 1 plan changed")
    assert "  Transcription: Complete → Reviewed by a second person\n" in out
    assert "  Period: 2022–2025 → 2022–2026\n" in out
    assert "  Plan title: Administrative reform plan → New reform plan\n" in out
    assert f"Plan added: 300/KH-UBND · {C}" in out and f"Plan removed: 200/KH-UBND · {B}" in out

    plan_c = history.root / f"plans/tinh-a/{C}.yaml"
    plan_c.write_text("# a comment\n" + plan_c.read_text(encoding="utf-8"), encoding="utf-8")
    git(history.root, "commit", "-q", "-am", "comment only")
    _, out, _ = diff(history, "HEAD~1..HEAD", "--lang", "en", capsys=capsys)
    assert out.splitlines()[1] == "1 plan changed"
    assert "Only the file's layout changed (formatting, comments); the data is the same" in out


def test_findings_are_matched_by_id_not_by_line(history, capsys):
    """A task inserted before a task with a finding moves the finding's line and list position:
    the same finding is neither opened nor resolved."""
    b = history.plans[B]
    b["tasks"][0]["lead"].append({"agency": "tinh-a/ubnd-tinh", "printed": "UBND tỉnh"})
    commit(history, "break again")
    b["tasks"].insert(0, {**new_task("B.II.1", "1", "Nhiệm vụ mới", "A new task"), "section": "II"})
    commit(history, "insert before")
    code, out, _ = diff(history, "--format", "json", "HEAD~1..HEAD", capsys=capsys)
    doc = json.loads(out)
    assert code == 0 and doc["findings"]["opened"] == [] and doc["findings"]["resolved"] == []
    assert doc["summary"]["counts"]["tasks_added"] == 1


def test_a_plan_that_cannot_be_read_and_a_registry_entry(history, capsys):
    history.agencies["tinh-a"].append(
        {"id": "tinh-a/so-tai-chinh", "name": {"vi": "Sở Tài chính", "en": "Department of Finance"}, "level": "tinh", "kind": "single"}
    )
    history.write()
    plan_b = history.root / PATH_B
    plan_b.write_text(plan_b.read_text(encoding="utf-8") + "tasks: [unclosed\n", encoding="utf-8")
    git(history.root, "commit", "-q", "-am", "broken")
    code, out, _ = diff(history, "HEAD~1..HEAD", "--lang", "en", capsys=capsys)
    assert code == 0
    assert out.splitlines()[1] == "1 plan changed, 1 registry entry added, 1 finding opened"
    assert f"Plan changed: 200/KH-UBND · {B} · {PATH_B}\n  The file cannot be read at HEAD (" in out
    assert "+ Agencies: tinh-a/so-tai-chinh  Department of Finance" in out
    assert re.search(rf"Finding opened:\n  \+ CC001 \[error\] {PATH_B}:", out)
    _, md_out, _ = diff(history, "HEAD~1..HEAD", "--format", "markdown", capsys=capsys)
    assert "### Danh mục" in md_out and "| thêm | Cơ quan | tinh&#45;a/so&#45;tai&#45;chinh | Sở Tài chính | — |" in md_out


def test_base_alone_compares_with_the_working_tree_and_leaves_it_alone(history, capsys):
    plan = history.root / PATH_A
    history.plans[A]["tasks"].append(new_task("B.I.2.9", "9", "Nhiệm vụ chưa commit", "An uncommitted task"))
    history.write()
    (history.root / "notes.txt").write_text("untracked\n", encoding="utf-8")
    status = git(history.root, "status", "--porcelain", "--untracked-files=all")
    listing = sorted(p.relative_to(history.root).as_posix() for p in history.root.rglob("*") if ".git" not in p.parts)
    before = plan.read_bytes()
    code, out, _ = diff(history, "HEAD", "--lang", "en", capsys=capsys)
    assert code == 0
    assert out.splitlines()[0].startswith("Comparing HEAD (") and out.splitlines()[0].endswith("with the working tree")
    assert "+ B.I.2.9  An uncommitted task" in out
    assert git(history.root, "status", "--porcelain", "--untracked-files=all") == status
    assert sorted(p.relative_to(history.root).as_posix() for p in history.root.rglob("*") if ".git" not in p.parts) == listing
    assert plan.read_bytes() == before


def test_three_dots_compare_with_where_the_branch_started(history, capsys):
    trunk = git(history.root, "rev-parse", "--abbrev-ref", "HEAD").strip()
    git(history.root, "branch", "topic")
    history.plans[A]["tasks"].append(new_task("B.I.2.8", "5", "Nhiệm vụ trên nhánh chính", "A task on the trunk"))
    commit(history, "on the trunk")
    git(history.root, "checkout", "-q", "topic")
    plan_b = history.root / PATH_B
    plan_b.write_text("# reviewed\n" + plan_b.read_text(encoding="utf-8"), encoding="utf-8")
    git(history.root, "commit", "-q", "-am", "on topic")
    _, out, _ = diff(history, "--format", "json", f"{trunk}...topic", capsys=capsys)
    three = json.loads(out)
    assert three["base"]["commit"] == git(history.root, "rev-parse", "topic~1").strip()
    assert three["summary"]["counts"]["tasks_removed"] == 0 and three["summary"]["counts"]["plans_changed"] == 1
    _, out, _ = diff(history, "--format", "json", f"{trunk}..topic", capsys=capsys)
    assert json.loads(out)["summary"]["counts"]["tasks_removed"] == 1


def test_a_hostile_title_stays_inert_in_markdown(history, capsys):
    hostile = "<script>alert(1)</script> | [x](javascript:alert(1)) **b** <img src=x onerror=alert(1)> `code` \x1b[31m"
    history.plans[A]["plan"]["title"] = {"vi": hostile, "en": hostile}
    history.plans[A]["tasks"].append(new_task("B.I.2.5", "5", hostile, hostile))
    commit(history, "hostile")
    code, out, _ = diff(history, "--format", "markdown", "HEAD~1..HEAD", capsys=capsys)
    assert code == 0
    for raw in ("<script", "<img", "](", "javascript:", "**b**", "`code`", "\x1b"):
        assert raw not in out, raw
    assert "&#60;script&#62;" in out and "&#92;x1b" in out  # the control character, escaped, then its backslash
    header = next(line for line in out.splitlines() if line.startswith("| Thay đổi |"))
    rows = [line for line in out.splitlines() if line.startswith("| ") and "100/KH&#45;UBND" in line]
    assert rows and all(r.count("|") == header.count("|") for r in rows)  # the title's pipe does not add a column
    # text output shows the same title as it is, with the control character escaped
    _, text, _ = diff(history, "HEAD~1..HEAD", capsys=capsys)
    assert "<script>alert(1)</script> | [x](javascript:alert(1))" in text and "\x1b" not in text and "\\x1b[31m" in text


def test_an_unknown_revision_exits_two_and_names_it(history, capsys):
    code, out, err = diff(history, "no-such-branch..HEAD", capsys=capsys)
    assert code == 2 and out == ""
    assert "“no-such-branch”" in err and "'no-such-branch'" in err and "kho git" in err and "git repository" in err
    assert "Traceback" not in err
    for bad in ("..", "HEAD..--output=x", "-x"):
        code, _, err = diff(history, "--", bad, capsys=capsys) if bad.startswith("-") else diff(history, bad, capsys=capsys)
        assert code == 2 and "Traceback" not in err, (bad, err)


def test_a_folder_outside_git_exits_two(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    project = Project(tmp_path / "plain")
    project.root.mkdir()
    project.add(base_plan())
    project.write()
    code, _, err = diff(project, "HEAD", capsys=capsys)
    assert code == 2 and "không nằm trong một kho git" in err and "is not inside a git repository" in err and "Traceback" not in err


def test_git_missing_exits_two(history, capsys, monkeypatch):
    monkeypatch.setenv("PATH", str(history.root / "no-bin"))
    code, _, err = diff(history, "HEAD~1..HEAD", capsys=capsys)
    assert code == 2 and "không tìm thấy chương trình git" in err and "git is not installed" in err and "Traceback" not in err


def test_a_revision_without_the_project_exits_two(history, capsys):
    git(history.root, "rm", "-q", "pyproject.toml")
    git(history.root, "commit", "-q", "-m", "no project")
    code, _, err = diff(history, "HEAD..HEAD~1", capsys=capsys)
    assert code == 2 and "pyproject.toml" in err and "Traceback" not in err


def test_the_console_script(history):
    r = run_cli("diff", "HEAD~1..HEAD", "--lang", "en", cwd=history.root)
    assert r.code == 0, r.err
    assert r.out.splitlines()[1] == SUMMARY["en"]


# --------------------------------------------------------------------------
# The pure parts


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        ("main..topic", Range("main", "topic")),
        ("main", Range("main", None)),
        ("main..", Range("main", "HEAD")),
        ("..topic", Range("HEAD", "topic")),
        ("main...topic", Range("main", "topic", merge_base=True)),
        ("HEAD~3..HEAD", Range("HEAD~3", "HEAD")),
    ],
)
def test_parse_range(spec, expected):
    assert parse_range(spec) == expected


@pytest.mark.parametrize("spec", ["", "..", "...", "a..b..c", "-a", "a..-b", "a b"])
def test_parse_range_refuses(spec):
    with pytest.raises(DiffError):
        parse_range(spec)


def test_stable_pointer_and_finding_key():
    data = {"tasks": [{"id": "B.1", "lead": [{"agency": "x"}]}, {"id": "B.2"}], "sections": [{"id": "I", "sections": [{"id": "I.1"}]}]}
    assert stable_pointer(data, "/tasks/0/lead/0") == "/tasks/B.1/lead/0"
    assert stable_pointer(data, "/sections/0/sections/0/heading") == "/sections/I/sections/I.1/heading"
    assert stable_pointer(data, "/tasks/7") == "/tasks/7" and stable_pointer(data, "") == ""
    here = Finding("CC002", Location("p.yaml", 10, 3, "/tasks/0"), {"key": "id", "first_line": 4})
    moved = Finding("CC002", Location("p.yaml", 20, 3, "/tasks/1"), {"key": "id", "first_line": 14})
    assert finding_key(here, data) == finding_key(moved, {"tasks": [{"id": "B.0"}, *data["tasks"]]})


def test_only_the_project_is_copied():
    assert corpus_folders(b'[tool.cchc]\nplans = "data/plans"\nschema = "/abs/schema"\n') == ("data/plans", "registry", "sources")
    assert corpus_folders(b'[tool.cchc]\nregistry = "../outside"\nschema = "schema"\n') == ("plans", "schema", "sources")
    assert corpus_folders(b"not toml [") == ("plans", "registry", "sources")
    assert safe_relative("sub/plans/a.yaml", "sub/") == "plans/a.yaml"
    for bad in ("sub/../x", "sub/.git/config", "other/a.yaml", "sub//a", "sub/"):
        assert safe_relative(bad, "sub/") is None, bad

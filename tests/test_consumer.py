"""The hooks as another repository uses them: pre-commit installs this project from a git
repository at a tag, into its own environment, and runs it on a consumer repository that holds
only ``plans/`` and ``registry/`` (no schema folder, no MkDocs).

The hook repository is this project's tree (as it is now, committed into a temporary git
repository and tagged); pre-commit installs it with pip, which fetches the linter's few
dependencies from the package registry.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT
from .ruletools import Project, base_plan, line_of
from .test_precommit import git

pytestmark = pytest.mark.slow

SLUG = "tinh-a-100-kh-ubnd-2022"
TAG = "v0.0.0-test"
#: What the package needs to install: the rest (plans, sources, docs, tests) is not shipped.
#: A consumer configures its folders and where editors find the schemas; the schemas come with the package.
CONSUMER_CONFIG = '[tool.cchc]\nplans = "plans"\nregistry = "registry"\nschema-url = "https://plans.example.org/cchc/schema/"\n'
PACKAGE_FILES = ("pyproject.toml", "README.md", ".pre-commit-hooks.yaml", "linter", "schema")


def tracked_files(root: Path) -> list[str]:
    out = subprocess.run(
        ["git", "ls-files", "-co", "--exclude-standard", *PACKAGE_FILES], cwd=root, capture_output=True, text=True, check=True
    ).stdout
    return [line for line in out.splitlines() if line]


@pytest.fixture(scope="module")
def hook_repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    repo = tmp_path_factory.mktemp("hooks") / "cchc-plans"
    for name in tracked_files(ROOT):
        src = ROOT / name
        if not src.exists() and not src.is_symlink():
            continue
        dst = repo / name
        dst.parent.mkdir(parents=True, exist_ok=True)
        if src.is_symlink():
            dst.symlink_to(os.readlink(src))
        else:
            shutil.copy2(src, dst)
    git(repo, "init", "-q")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "hooks")
    git(repo, "tag", TAG)
    return repo


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One pre-commit home for the module: the hook environment is installed once."""
    return tmp_path_factory.mktemp("pre-commit-home")


def pre_commit(repo: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CCHC_", "VIRTUAL_ENV"))}
    env.update(PRE_COMMIT_HOME=str(home), NO_COLOR="1", CCHC_LANG="vi")
    return subprocess.run(
        [str(Path(sys.executable).parent / "pre-commit"), *args], cwd=repo, capture_output=True, text=True, env=env, timeout=900
    )


@pytest.fixture
def consumer(tmp_path: Path, hook_repo: Path) -> Project:
    project = Project(tmp_path / "consumer")
    project.root.mkdir()
    project.add(base_plan())
    project.write()
    # a consumer configures only its folders: the schemas come with the package
    (project.root / "pyproject.toml").write_text(CONSUMER_CONFIG, encoding="utf-8")
    (project.root / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {hook_repo.as_uri()}\n    rev: {TAG}\n    hooks:\n      - id: cchc-lint\n      - id: cchc-fmt\n",
        encoding="utf-8",
    )
    git(project.root, "init", "-q")
    return project


def formatted(project: Project, home: Path) -> None:
    """Let the fmt hook format the new files, as an editor's first commit would."""
    git(project.root, "add", "-A")
    pre_commit(project.root, home, "run", "cchc-fmt", "--all-files")
    git(project.root, "add", "-A")


def hook_env(home: Path) -> Path:
    envs = sorted(home.glob("repo*/py_env-*"))
    assert envs, sorted(p.name for p in home.iterdir())
    return envs[0]


def test_a_consumer_repository_lints_with_the_packaged_schemas_and_a_small_install(consumer: Project, home: Path) -> None:
    formatted(consumer, home)
    r = pre_commit(consumer.root, home, "run", "--all-files")
    assert r.returncode == 0, r.stdout + r.stderr
    assert "cchc lint" in r.stdout and "Passed" in r.stdout
    env = hook_env(home)
    site_packages = next(env.glob("lib/python*/site-packages"))
    installed = {re.sub(r"[-_.]+", "_", p.name.split("-")[0].lower()) for p in site_packages.glob("*.dist-info")}
    # the lint hook installs the linter's dependencies, not the site's
    assert {"ruamel_yaml", "jsonschema", "cchc_plans"} <= installed, installed
    assert not installed & {"mkdocs", "mkdocs_material", "mkdocs_static_i18n", "mkdocs_macros_plugin"}, installed
    size = sum(f.stat().st_size for f in env.rglob("*") if f.is_file())
    print(f"lint hook environment: {size / 2**20:.0f} MiB, {len(installed)} distributions")
    # nothing is left in the consumer's tree: the cache lives in the user's cache folder
    status = subprocess.run(["git", "status", "--porcelain"], cwd=consumer.root, capture_output=True, text=True).stdout
    untracked = [line for line in status.splitlines() if line.startswith("??")]
    assert untracked == [], untracked


def test_a_finding_fails_the_commit_with_its_position(consumer: Project, home: Path) -> None:
    consumer.plans[SLUG]["tasks"][0]["lead"].append({"agency": "tinh-a/ubnd-tinh", "printed": "UBND tỉnh"})
    consumer.write()
    (consumer.root / "pyproject.toml").write_text(CONSUMER_CONFIG, encoding="utf-8")
    formatted(consumer, home)
    r = pre_commit(consumer.root, home, "run", "--all-files")
    assert r.returncode == 1
    line = line_of(consumer, SLUG, "agency: tinh-a/ubnd-tinh", 2)
    assert f"plans/tinh-a/{SLUG}.yaml:{line}:" in r.stdout and "CC202" in r.stdout


def test_the_fmt_hook_fixes_files(consumer: Project, home: Path) -> None:
    git(consumer.root, "add", "-A")
    plan = consumer.root / consumer.plan_path(SLUG)
    r = pre_commit(consumer.root, home, "run", "cchc-fmt", "--files", str(plan.relative_to(consumer.root)))
    assert r.returncode == 1 and "files were modified by this hook" in r.stdout, r.stdout
    assert plan.read_text(encoding="utf-8").startswith(
        "# yaml-language-server: $schema=https://plans.example.org/cchc/schema/plan.schema.json\n"
    )
    git(consumer.root, "add", "-A")
    again = pre_commit(consumer.root, home, "run", "cchc-fmt", "--files", str(plan.relative_to(consumer.root)))
    assert again.returncode == 0, again.stdout


def test_a_staged_deletion_or_configuration_change_rechecks_the_corpus(consumer: Project, home: Path) -> None:
    formatted(consumer, home)
    git(consumer.root, "commit", "-q", "-m", "plans")
    # deleting the registry the plan's agencies live in: pre-commit passes no file name, the corpus is re-checked
    git(consumer.root, "rm", "-q", "registry/agencies/tinh-a.yaml")
    r = pre_commit(consumer.root, home, "run")
    assert r.returncode == 1, r.stdout
    assert f"plans/tinh-a/{SLUG}.yaml" in r.stdout and "tinh-a/" in r.stdout
    git(consumer.root, "reset", "-q", "--hard")
    # a configuration that no longer holds is reported by the commit that changes it
    (consumer.root / "pyproject.toml").write_text(CONSUMER_CONFIG + 'selct = ["CC1"]\n', encoding="utf-8")
    git(consumer.root, "add", "pyproject.toml")
    r = pre_commit(consumer.root, home, "run")
    assert r.returncode != 0 and "selct" in r.stdout, r.stdout
    # a commit that touches nothing the corpus depends on passes at once
    git(consumer.root, "reset", "-q", "--hard")
    (consumer.root / "NOTES.md").write_text("ghi chú\n", encoding="utf-8")
    git(consumer.root, "add", "NOTES.md")
    r = pre_commit(consumer.root, home, "run")
    assert r.returncode == 0, r.stdout

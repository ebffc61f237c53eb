"""The repository's own pre-commit configuration, run for real in a temporary git repository."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT
from .ruletools import Project, base_plan, line_of

SLUG = "tinh-a-100-kh-ubnd-2022"


def git(repo: Path, *args: str) -> None:
    subprocess.run(
        ["git", *args],
        cwd=repo,
        check=True,
        capture_output=True,
        env={
            **os.environ,
            "GIT_AUTHOR_NAME": "t",
            "GIT_AUTHOR_EMAIL": "t@example.org",
            "GIT_COMMITTER_NAME": "t",
            "GIT_COMMITTER_EMAIL": "t@example.org",
        },
    )


def pre_commit(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PRE_COMMIT_HOME": str(repo.parent / "pre-commit-home"),
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
    }
    return subprocess.run(
        [str(Path(sys.executable).parent / "pre-commit"), *args], cwd=repo, capture_output=True, text=True, env=env, timeout=300
    )


@pytest.fixture
def repo(tmp_path):
    project = Project(tmp_path / "repo")
    project.root.mkdir()
    project.add(base_plan())
    project.write()
    shutil.copy(ROOT / ".pre-commit-config.yaml", project.root / ".pre-commit-config.yaml")
    shutil.copytree(ROOT / "scripts", project.root / "scripts")
    git(project.root, "init", "-q")
    return project


def _format_all(project: Project) -> None:
    subprocess.run([str(Path(sys.executable).parent / "cchc"), "fmt"], cwd=project.root, check=False, capture_output=True)


def test_passes_on_a_clean_corpus(repo):
    _format_all(repo)
    git(repo.root, "add", "-A")
    r = pre_commit(repo.root, "run", "--all-files")
    assert r.returncode == 0, r.stdout + r.stderr
    assert "cchc lint" in r.stdout and "Passed" in r.stdout


def test_fails_with_the_right_message_on_an_injected_inconsistency(repo):
    repo.plans[SLUG]["tasks"][0]["lead"].append({"agency": "tinh-a/ubnd-tinh", "printed": "UBND tỉnh"})
    repo.write()
    _format_all(repo)
    git(repo.root, "add", "-A")
    r = pre_commit(repo.root, "run", "--all-files")
    assert r.returncode == 1
    line = line_of(repo, SLUG, "agency: tinh-a/ubnd-tinh", 2)
    assert f"plans/tinh-a/{SLUG}.yaml:{line}:" in r.stdout
    assert "CC202" in r.stdout and "cơ quan chủ trì" in r.stdout

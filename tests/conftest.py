"""Shared fixtures: the project root, the shared corpora, and CLI runners (a subprocess, or in-process)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPORA = SHARED / "corpora"


@dataclass
class Run:
    code: int
    out: str
    err: str


def run_cli(*args: str, cwd: Path = ROOT, env: dict[str, str] | None = None, timeout: float = 120) -> Run:
    """Run the real ``cchc`` console script in a subprocess."""
    exe = Path(sys.executable).parent / "cchc"
    full_env = {**os.environ, **(env or {})}
    full_env.pop("GITHUB_STEP_SUMMARY", None) if env is None or "GITHUB_STEP_SUMMARY" not in env else None
    p = subprocess.run([str(exe), *args], cwd=cwd, capture_output=True, text=True, timeout=timeout, env=full_env)
    return Run(p.returncode, p.stdout, p.stderr)


@pytest.fixture
def cli():
    return run_cli


@pytest.fixture
def cchc(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Callable[..., Run]:
    """Run ``linter.cli.main`` (what the ``cchc`` script calls) in this process, with the same
    arguments as :func:`run_cli`: in ``cwd``, with ``env`` added to the environment."""
    from linter.cli import main

    def run(*args: str, cwd: Path = ROOT, env: dict[str, str] | None = None) -> Run:
        capsys.readouterr()
        with monkeypatch.context() as m:
            m.chdir(cwd)
            if env is None or "GITHUB_STEP_SUMMARY" not in env:
                m.delenv("GITHUB_STEP_SUMMARY", raising=False)
            for name, value in (env or {}).items():
                m.setenv(name, value)
            try:
                code = main(list(args))
            except SystemExit as exc:  # --help and --version end in argparse's exit
                code = exc.code if isinstance(exc.code, int) else 0
        captured = capsys.readouterr()
        return Run(code, captured.out, captured.err)

    return run


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT

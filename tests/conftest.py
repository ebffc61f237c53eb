"""Shared fixtures: the project root, the shared corpora, and a CLI runner."""

from __future__ import annotations

import os
import subprocess
import sys
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


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT

"""The code keeps its own rules: ruff (lint and format) and mypy pass on the whole tree.

These are the same checks an editor's pull request must pass; running them here means
``make test`` fails on a style or type regression instead of a reviewer finding it.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, timeout=600)


def _require(module: str) -> None:
    if shutil.which(module) is None and subprocess.run([sys.executable, "-m", module, "--version"], capture_output=True).returncode != 0:
        pytest.fail(f"{module} is part of the test extras; install them with `make install`")


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(("ruff", "check", "--no-cache", "."), id="ruff-check"),
        pytest.param(("ruff", "format", "--check", "--no-cache", "."), id="ruff-format"),
        pytest.param(("mypy", "--no-incremental"), id="mypy"),
    ],
)
def test_tool_passes(args: tuple[str, ...]) -> None:
    _require(args[0])
    proc = _run(*args)
    assert proc.returncode == 0, proc.stdout + proc.stderr

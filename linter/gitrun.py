"""Running git: one home for the options and the environment that keep it quiet, offline and
read-only (no prompt for credentials, no pager, no optional lock files, no network protocol)."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Sequence
from pathlib import Path

#: Variables that would point git at another repository than the one at ``cwd`` (set inside hooks).
REDIRECTS = (
    "GIT_DIR",
    "GIT_WORK_TREE",
    "GIT_INDEX_FILE",
    "GIT_COMMON_DIR",
    "GIT_OBJECT_DIRECTORY",
    "GIT_ALTERNATE_OBJECT_DIRECTORIES",
    "GIT_NAMESPACE",
    "GIT_REPLACE_REF_BASE",
)

#: Options given to every git command.
OPTIONS = ("-c", "core.quotePath=false", "-c", "protocol.allow=never")


def environment(*, isolated: bool = True) -> dict[str, str]:
    """The caller's environment for git, quiet and offline. ``isolated`` drops the variables that
    redirect git elsewhere; a pre-commit hook asking about the commit being made keeps them (its
    index may be a temporary one)."""
    env = {k: v for k, v in os.environ.items() if not (isolated and k in REDIRECTS)}
    env.update(
        GIT_TERMINAL_PROMPT="0", GIT_PAGER="cat", GIT_OPTIONAL_LOCKS="0", GIT_NO_LAZY_FETCH="1", GIT_NO_REPLACE_OBJECTS="1", LC_ALL="C"
    )
    return env


def run(
    cwd: Path, args: Sequence[str], *, stdin: bytes | None = None, timeout: float | None = None, isolated: bool = True
) -> subprocess.CompletedProcess[bytes]:
    """``git <args>`` in ``cwd``; the exit status is the caller's to read. Raises ``OSError`` when
    git cannot be run and ``subprocess.TimeoutExpired`` after ``timeout`` seconds."""
    return subprocess.run(
        ["git", *OPTIONS, *args],
        cwd=cwd,
        input=stdin,
        stdin=subprocess.DEVNULL if stdin is None else None,
        capture_output=True,
        timeout=timeout,
        check=False,
        env=environment(isolated=isolated),
    )

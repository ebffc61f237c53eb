"""What changed in the data, and when: the repository's history of ``plans/``, ``registry/`` and ``sources/``.

One ``git log`` for the whole history (not one per file: the corpus may hold
thousands of plans) gives, for every data file, the date of the last commit
that touched it, and the latest commits themselves for the feed of changes.

The history is optional. When the project folder is not a git repository, git
is missing, or git fails or takes too long, :func:`load_history` returns an
empty :class:`History` and the site is built without dates. Git is run with
fixed arguments, no shell, no terminal prompt and no network (a partial clone
may not fetch missing objects). In a shallow clone the oldest commit present
stands for all the history cut off, so files older than it show its date.
"""

from __future__ import annotations

import logging
import re
import subprocess
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from .. import gitrun
from ..corpus import SOURCES

log = logging.getLogger(__name__)

#: The folders whose history the site shows (the data, not the code).
DATA_DIRS = ("plans", "registry", SOURCES)
#: How many commits the history keeps for the feed (last-updated dates use the whole history).
LIMIT = 100
#: Seconds git may take before the site is built without history.
TIMEOUT = 60.0

_RECORD = "\x00"  # starts each commit: a commit message cannot hold NUL
_FIELD = "\x1f"
FORMAT = "%x00%H%x1f%h%x1f%cI%x1f%s"

_HASH = re.compile(r"^[0-9a-f]{7,64}$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:Z|[+-]\d{2}:\d{2})$")
_QUOTED_ESCAPE = re.compile(rb"\\([0-7]{3}|.)")
_C_ESCAPES = {b"a": b"\a", b"b": b"\b", b"f": b"\f", b"n": b"\n", b"r": b"\r", b"t": b"\t", b"v": b"\v"}


@dataclass(frozen=True)
class Commit:
    """One commit that touched the data."""

    hash: str
    short: str
    #: Committer date, ISO 8601 with the committer's offset (``2026-12-03T07:32:54+00:00``).
    date: str
    subject: str
    #: Data files it touched, relative to the project root, in git's order.
    files: tuple[str, ...]

    @property
    def day(self) -> str:
        """The commit's calendar date (ISO, as the committer's clock read it)."""
        return self.date[:10]


@dataclass(frozen=True)
class History:
    """The data's history: newest commits first, and each file's last-updated date."""

    commits: tuple[Commit, ...] = ()
    #: ISO date of the last commit that touched each file, by project-relative path.
    updated: Mapping[str, str] = field(default_factory=dict)

    def last_updated(self, path: str) -> str | None:
        """ISO date of the last commit that touched ``path`` (a plan's ``plan.path``), if known."""
        return self.updated.get(path)

    @property
    def latest(self) -> str | None:
        """Date and time of the newest commit, if any."""
        return self.commits[0].date if self.commits else None

    def __bool__(self) -> bool:
        return bool(self.commits or self.updated)


def _unquote(name: str) -> str:
    """A path as git prints it: C-quoted (``"a\\tb"``, ``"\\303\\251"``) when it holds unusual characters."""
    if len(name) < 2 or not (name.startswith('"') and name.endswith('"')):
        return name

    def one(m: re.Match[bytes]) -> bytes:
        esc = m.group(1)
        if len(esc) == 3:
            return bytes([int(esc, 8) & 0xFF])
        return _C_ESCAPES.get(esc, esc)

    return _QUOTED_ESCAPE.sub(one, name[1:-1].encode("utf-8", "surrogateescape")).decode("utf-8", "replace")


def parse_log(text: str, *, limit: int = LIMIT) -> History:
    """Parse the output of ``git log --format=FORMAT --name-only``.

    Records that do not have the expected shape are skipped; commits that list
    no file (merges) are left out. ``commits`` keeps the first ``limit``;
    ``updated`` covers every commit.
    """
    commits: list[Commit] = []
    updated: dict[str, str] = {}
    for record in text.split(_RECORD):
        if not record.strip():
            continue
        head, _, rest = record.partition("\n")
        parts = head.split(_FIELD, 3)
        if len(parts) != 4:
            continue
        full, short, date, subject = parts
        if not (_HASH.match(full) and _HASH.match(short) and _DATE.match(date)):
            continue
        files = tuple(dict.fromkeys(_unquote(line) for line in rest.splitlines() if line.strip()))
        if not files:
            continue
        for path in files:
            updated.setdefault(path, date[:10])
        if len(commits) < limit:
            commits.append(Commit(full, short, date, subject.strip(), files))
    return History(tuple(commits), updated)


def git_log(root: Path, *, timeout: float = TIMEOUT) -> str | None:
    """The raw log of the data folders under ``root``, or None when there is none to be had."""
    args = [
        "-c",
        "log.showSignature=false",
        "-c",
        "i18n.logOutputEncoding=UTF-8",
        "log",
        "--no-color",
        "--no-ext-diff",
        "--no-textconv",
        "--relative",
        f"--format={FORMAT}",
        "--name-only",
        "--",
        *DATA_DIRS,
    ]
    try:
        done = gitrun.run(root, args, timeout=timeout)
    except (OSError, subprocess.SubprocessError, ValueError) as exc:
        log.debug("no history: %s", exc)
        return None
    if done.returncode != 0:
        log.debug("no history: git exited with %s", done.returncode)
        return None
    return done.stdout.decode("utf-8", "replace")


def load_history(root: Path, *, limit: int = LIMIT, timeout: float = TIMEOUT) -> History:
    """The history of the data under ``root``; empty when it cannot be read (never raises)."""
    text = git_log(root, timeout=timeout)
    if text is None:
        return History()
    return parse_log(text, limit=limit)  # total: a record of an unexpected shape is skipped, never raised on

"""Which files a run formats, and writing them: atomically, through a temporary beside the
file, and cleaning up the temporaries an interrupted run left."""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from collections.abc import Iterable
from pathlib import Path

from ..config import Config
from ..corpus import corpus_files, is_corpus_path

_TEMPORARY = re.compile(r"^\..+\.ya?ml\.[A-Za-z0-9_]+\.tmp$")


def expand_paths(paths: Iterable[Path], config: Config) -> tuple[list[Path], list[Path]]:
    """The files to format and the files skipped as not plan or registry files.

    No path: the whole corpus. A folder: the plan and registry files in it (never
    ``mkdocs.yml``, workflows or anything in ``.venv/``). A file: itself, when it is
    a plan or registry file."""
    paths = list(paths)
    if not paths:
        return corpus_files(config), []
    out: list[Path] = []
    skipped: list[Path] = []
    seen: set[Path] = set()
    for p in paths:
        if p.is_dir():
            folder = p.resolve()
            found = [f for f in corpus_files(config) if f.resolve() == folder or folder in f.resolve().parents]
        elif is_corpus_path(p, config):
            found = [p]
        else:
            skipped.append(p)
            continue
        for f in found:
            r = f.resolve()
            if r not in seen:
                seen.add(r)
                out.append(f)
    return out, skipped


def remove_stale_temporaries(folders: Iterable[Path]) -> None:
    """Temporaries an interrupted run left beside the files (``.<name>.yaml.<random>.tmp``)."""
    for folder in folders:
        try:
            stale = [p for p in folder.iterdir() if _TEMPORARY.match(p.name) and p.is_file() and not p.is_symlink()]
        except OSError:
            continue
        for p in stale:
            with contextlib.suppress(OSError):
                p.unlink()


def write_atomic(path: Path, text: str) -> None:
    """Replace ``path`` with ``text`` (UTF-8, LF) in one step, keeping the file's permissions."""
    fd, tmp = tempfile.mkstemp(dir=str(path.parent), prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        with contextlib.suppress(OSError):
            os.chmod(tmp, path.stat().st_mode & 0o7777)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise

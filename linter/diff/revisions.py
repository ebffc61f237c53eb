"""Reading two revisions of the project out of git, without touching the working tree.

A revision is read with ``git ls-tree`` and ``git cat-file --batch`` (the objects as
committed, whatever ``.gitattributes`` says about exports) and written into a temporary
folder; only the files the linter reads are written: ``pyproject.toml``, the plans and
registry folders it names, its schema folder when that is inside the project, and
``sources/``. Nothing here checks out, stashes, or writes to the repository.
"""

from __future__ import annotations

import os
import posixpath
import subprocess
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from .. import gitrun
from ..config import CONFIG_FILE
from ..corpus import SOURCES
from ..sitegen.words import t

#: Git tree modes: a regular file, an executable file, a symbolic link.
_FILE_MODES = {"100644", "100755"}
_LINK_MODE = "120000"


class DiffError(Exception):
    """Something that stops ``cchc diff`` (exit code 2): the message is in both languages."""


def error(key: str, **params: object) -> DiffError:
    """A :class:`DiffError` with the message ``key`` of the words catalogue, Vietnamese then English."""
    return DiffError(f"{t(key, 'vi').format(**params)} / {t(key, 'en').format(**params)}")


@dataclass(frozen=True)
class Range:
    """Two revisions as the reader wrote them; ``head`` None is the working tree.

    ``merge_base`` is set for ``BASE...HEAD``: the base is where HEAD branched from BASE."""

    base: str
    head: str | None
    merge_base: bool = False


def parse_range(spec: str) -> Range:
    """``BASE..HEAD``, ``BASE...HEAD`` or ``BASE`` alone (against the working tree); an empty
    side is ``HEAD``, as git reads it."""
    text = spec.strip()
    if not text or text in ("..", "..."):
        raise error("diff_err_range", spec=spec)
    if "..." in text:
        base, head = text.split("...", 1)
        rng = Range(base or "HEAD", head or "HEAD", merge_base=True)
    elif ".." in text:
        base, head = text.split("..", 1)
        rng = Range(base or "HEAD", head or "HEAD")
    else:
        rng = Range(text, None)
    for side in (rng.base, rng.head):
        if side is not None and (side.startswith("-") or ".." in side or any(c.isspace() for c in side)):
            raise error("diff_err_range", spec=spec)
    return rng


@dataclass(frozen=True)
class Repo:
    """The git repository holding the project: its top folder and the project's place in it."""

    top: Path
    #: The project folder relative to ``top``, with a trailing slash ("" at the top).
    prefix: str


def git(cwd: Path, args: Sequence[str], stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    """Run git in ``cwd`` (never raising on a failing status: the caller reads it)."""
    try:
        return gitrun.run(cwd, ["--literal-pathspecs", *args], stdin=stdin)
    except OSError as exc:  # no git program (or one that cannot be run)
        raise error("diff_err_no_git") from exc


def _first_line(raw: bytes) -> str:
    lines = raw.decode("utf-8", "replace").strip().splitlines()
    return lines[0] if lines else ""


def find_repo(project: Path) -> Repo:
    """The repository that holds ``project``."""
    if not project.is_dir():
        raise error("diff_err_not_repo", path=project)
    done = git(project, ["rev-parse", "--show-toplevel", "--show-prefix"])
    lines = done.stdout.decode("utf-8", "surrogateescape").splitlines()
    if done.returncode != 0 or not lines:
        raise error("diff_err_not_repo", path=project)
    prefix = lines[1] if len(lines) > 1 else ""
    return Repo(Path(lines[0]), prefix)


def resolve(repo: Repo, rev: str) -> str:
    """The full id of the commit ``rev`` names."""
    done = git(repo.top, ["rev-parse", "--verify", "--quiet", "--end-of-options", f"{rev}^{{commit}}"])
    commit = done.stdout.decode("ascii", "replace").strip()
    if done.returncode != 0 or not commit:
        raise error("diff_err_revision", rev=rev)
    return commit


def merge_base(repo: Repo, base: str, head: str, label: str) -> str:
    done = git(repo.top, ["merge-base", base, head])
    commit = done.stdout.decode("ascii", "replace").strip()
    if done.returncode != 0 or not commit:
        raise error("diff_err_revision", rev=label)
    return commit


@dataclass(frozen=True)
class Entry:
    """One file of a git tree."""

    mode: str
    kind: str
    oid: str
    path: str


def parse_ls_tree(raw: bytes) -> list[Entry]:
    """Entries of ``git ls-tree -z`` output."""
    out = []
    for record in raw.split(b"\0"):
        if not record:
            continue
        meta, _, path = record.partition(b"\t")
        parts = meta.decode("ascii", "replace").split()
        if len(parts) == 3:
            out.append(Entry(parts[0], parts[1], parts[2], os.fsdecode(path)))
    return out


def ls_tree(repo: Repo, commit: str, paths: Iterable[str]) -> list[Entry]:
    done = git(repo.top, ["ls-tree", "-r", "-z", commit, "--", *paths])
    if done.returncode != 0:
        raise error("diff_err_git", rev=commit[:12], detail=_first_line(done.stderr))
    return parse_ls_tree(done.stdout)


def parse_batch(raw: bytes) -> dict[str, bytes]:
    """Object id -> contents, from ``git cat-file --batch`` output."""
    out: dict[str, bytes] = {}
    at = 0
    while at < len(raw):
        end = raw.index(b"\n", at)
        header = raw[at:end].decode("ascii", "replace").split()
        at = end + 1
        if len(header) != 3:  # "<oid> missing"
            continue
        size = int(header[2])
        out[header[0]] = raw[at : at + size]
        at += size + 1
    return out


def read_blobs(repo: Repo, oids: Sequence[str], commit: str) -> dict[str, bytes]:
    if not oids:
        return {}
    done = git(repo.top, ["cat-file", "--batch"], stdin="".join(f"{oid}\n" for oid in oids).encode("ascii"))
    if done.returncode != 0:
        raise error("diff_err_git", rev=commit[:12], detail=_first_line(done.stderr))
    return parse_batch(done.stdout)


def corpus_folders(pyproject: bytes) -> tuple[str, ...]:
    """The project-relative folders the linter reads, named by a revision's ``pyproject.toml``:
    the plans and registry folders, the schema folder when it is configured inside the project,
    and the source texts. A folder outside the project is not copied (it is read where it is);
    a configuration that cannot be read leaves the defaults (the linter then says what is wrong)."""
    try:
        table = tomllib.loads(pyproject.decode("utf-8")).get("tool", {}).get("cchc", {})
    except (UnicodeDecodeError, tomllib.TOMLDecodeError):
        table = {}
    if not isinstance(table, dict):
        table = {}
    names = [table.get("plans", "plans"), table.get("registry", "registry"), table.get("schema"), SOURCES]
    out: list[str] = []
    for name in names:
        if not isinstance(name, str) or not name.strip() or os.path.isabs(name):
            continue
        norm = posixpath.normpath(name.replace("\\", "/"))
        if norm == ".." or norm.startswith("../"):
            continue
        if norm not in out:
            out.append(norm)
    return tuple(out)


def safe_relative(path: str, prefix: str) -> str | None:
    """``path`` (from the top of the repository) relative to the project, or None when it is not a
    plain relative path inside it (no empty, ``.``, ``..`` or ``.git`` part)."""
    if not path.startswith(prefix):
        return None
    rel = path[len(prefix) :]
    parts = rel.split("/")
    if not rel or any(p in ("", ".", "..") or p.lower() == ".git" for p in parts):
        return None
    return rel


def write_tree(dest: Path, prefix: str, entries: Sequence[Entry], blobs: dict[str, bytes]) -> None:
    """Write regular files, then symbolic links (as links, as a checkout would; the loader refuses
    any that leads out of the project), under ``dest``. Submodules are left out."""
    links: list[tuple[Path, bytes]] = []
    for e in entries:
        rel = safe_relative(e.path, prefix)
        if rel is None or e.kind != "blob" or e.oid not in blobs:
            continue
        target = dest / rel
        if e.mode == _LINK_MODE:
            links.append((target, blobs[e.oid]))
        elif e.mode in _FILE_MODES:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(blobs[e.oid])
    for target, points_to in links:
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            os.symlink(os.fsdecode(points_to), target)
        except OSError:
            continue


def materialise(repo: Repo, commit: str, label: str, dest: Path) -> Path:
    """Write the project's files at ``commit`` under ``dest``; the project folder it returns is
    ``dest`` plus the project's place in the repository, so paths read the same as in the working tree."""
    root = dest / repo.prefix if repo.prefix else dest
    root.mkdir(parents=True, exist_ok=True)
    config_entries = [e for e in ls_tree(repo, commit, [repo.prefix + CONFIG_FILE]) if e.path == repo.prefix + CONFIG_FILE]
    if not config_entries or config_entries[0].mode not in _FILE_MODES:
        raise error("diff_err_no_project", rev=label, path=repo.prefix + CONFIG_FILE)
    pyproject = read_blobs(repo, [config_entries[0].oid], commit).get(config_entries[0].oid, b"")
    folders = [repo.prefix + f if f != "." else (repo.prefix or ".") for f in corpus_folders(pyproject)]
    entries = ls_tree(repo, commit, [repo.prefix + CONFIG_FILE, *folders])
    wanted = list(dict.fromkeys(e.oid for e in entries if e.kind == "blob"))
    write_tree(root, repo.prefix, entries, read_blobs(repo, wanted, commit))
    return root

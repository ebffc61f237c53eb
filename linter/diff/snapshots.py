"""The two ends of ``cchc diff``, each loaded and linted by the project's own loader and engine.

A committed revision is written into a temporary folder outside the repository
(:func:`.revisions.materialise`) and linted there; the working tree is linted where it is.
"""

from __future__ import annotations

import datetime as _dt
import tempfile
from dataclasses import dataclass
from pathlib import Path

from ..config import ConfigError, find_root, load_config
from ..engine import Report, lint
from .compare import CorpusDiff, Side, compare
from .revisions import Repo, error, find_repo, materialise, merge_base, parse_range, resolve


@dataclass(frozen=True)
class Snapshot:
    side: Side
    report: Report


def lint_commit(repo: Repo, commit: str, label: str, folder: Path, today: _dt.date) -> Snapshot:
    """Write ``commit``'s project files into ``folder`` and lint them."""
    root = materialise(repo, commit, label, folder)
    try:
        config = load_config(root)
    except ConfigError as exc:
        raise error("diff_err_config", rev=label, detail=exc) from exc
    return Snapshot(Side(label, commit), lint(config, (), today=today))


def lint_worktree(root: Path, today: _dt.date) -> Snapshot:
    return Snapshot(Side(""), lint(load_config(root), (), today=today))


def diff_range(project: Path | None, spec: str, today: _dt.date | None = None) -> CorpusDiff:
    """Compare the corpus at the two ends of ``spec`` (``BASE..HEAD``, ``BASE...HEAD`` or ``BASE``
    against the working tree) for the project at ``project`` (searched upward from the cwd)."""
    rng = parse_range(spec)
    if project is not None and not Path(project).is_dir():
        raise error("diff_err_not_repo", path=project)
    root = find_root(project or Path.cwd())
    repo = find_repo(root)
    base = resolve(repo, rng.base)
    head = resolve(repo, rng.head) if rng.head is not None else None
    if rng.merge_base and head is not None:
        base = merge_base(repo, base, head, rng.base)
    today = today or _dt.date.today()
    with tempfile.TemporaryDirectory(prefix="cchc-diff-") as tmp:
        before = lint_commit(repo, base, rng.base, Path(tmp) / "base", today)
        if head is None:
            after = lint_worktree(root, today)
        else:
            assert rng.head is not None
            after = lint_commit(repo, head, rng.head, Path(tmp) / "head", today)
    return compare(before.report, after.report, before.side, after.side)

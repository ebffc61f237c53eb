"""``cchc fmt``: formatting many files (in worker processes when there are many), writing
the changed ones, and the command line."""

from __future__ import annotations

import argparse
import difflib
import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..catalogue import formatter_line
from ..config import Config, load_config
from .document import Outcome, format_file
from .files import expand_paths, remove_stale_temporaries, write_atomic

#: From this many files on, files are formatted in worker processes.
PARALLEL_THRESHOLD = 16


@dataclass
class RunSummary:
    """What a run did: one outcome per file, and the paths skipped as not plan or registry files."""

    outcomes: list[Outcome] = field(default_factory=list)
    skipped: list[Path] = field(default_factory=list)

    @property
    def changed(self) -> list[Outcome]:
        """The files whose formatted text differs from the original."""
        return [o for o in self.outcomes if o.problem is None and o.changed]

    @property
    def problems(self) -> list[Outcome]:
        """The files that could not be formatted."""
        return [o for o in self.outcomes if o.problem is not None]


def _format_job(args: tuple[Path, Config]) -> Outcome:
    return format_file(*args)


def format_files(files: list[Path], config: Config, workers: int | None = None) -> list[Outcome]:
    """Format files (in memory), on several cores when there are many."""
    workers = workers if workers is not None else min(4, os.cpu_count() or 1)
    if workers > 1 and len(files) >= PARALLEL_THRESHOLD:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(max_workers=workers) as pool:
            return list(pool.map(_format_job, [(f, config) for f in files], chunksize=max(1, len(files) // (workers * 4))))
    return [format_file(f, config) for f in files]


def run(paths: Iterable[Path], config: Config, *, check: bool = False, workers: int | None = None) -> RunSummary:
    """Format the files (or, with ``check``, only find which would change)."""
    files, skipped = expand_paths(paths, config)
    summary = RunSummary(skipped=skipped)
    if not check:
        remove_stale_temporaries({f.parent for f in files})
    for path, outcome in zip(files, format_files(files, config, workers)):
        summary.outcomes.append(outcome)
        if outcome.problem is None and outcome.changed and not check and outcome.text is not None:
            write_atomic(path, outcome.text)
    return summary


def cmd_fmt(args: argparse.Namespace) -> int:
    """``cchc fmt``: exit 0 when done (or, with --check, nothing to change), 1 when --check
    finds files to change, 2 when a file cannot be read or formatted."""
    from ..cli import UsageError

    config = load_config(args.project)
    for p in args.paths:
        if not p.exists():
            raise UsageError(formatter_line("no_such_file") + f": {p}")
    summary = run(args.paths, config, check=args.check)
    err = sys.stderr
    out = sys.stdout
    for p in summary.skipped:
        err.write(f"{p}: " + formatter_line("skipped") + "\n")
    for o in summary.problems:
        assert o.problem is not None
        err.write(f"{o.problem.render()}\n")
    for o in summary.changed:
        if args.check:
            out.write(formatter_line("would_reformat") + f": {o.path}\n")
            if args.diff and o.text is not None:
                out.writelines(difflib.unified_diff(o.original.splitlines(True), o.text.splitlines(True), f"a/{o.path}", f"b/{o.path}"))
        else:
            out.write(formatter_line("reformatted") + f": {o.path}\n")
    n_total = len(summary.outcomes)
    n_changed = len(summary.changed)
    n_bad = len(summary.problems)
    same = n_total - n_changed - n_bad
    if args.check:
        out.write(formatter_line("check_summary", changed=n_changed, same=same, bad=n_bad) + "\n")
        if n_changed:
            out.write(formatter_line("run_fmt") + "\n")
    else:
        out.write(formatter_line("summary", changed=n_changed, same=same, bad=n_bad) + "\n")
    if n_bad:
        err.write(formatter_line("errors_left") + "\n")
        return 2
    return 1 if args.check and n_changed else 0


def register(subparsers: Any) -> None:
    """Add ``cchc fmt`` to the command line."""
    p = subparsers.add_parser("fmt", help=formatter_line("help"), description=formatter_line("description"))
    p.add_argument("paths", nargs="*", type=Path, help=formatter_line("help.paths"))
    p.add_argument("--check", action="store_true", help=formatter_line("help.check"))
    p.add_argument("--diff", action="store_true", help=formatter_line("help.diff"))
    p.set_defaults(handler=cmd_fmt)

"""``cchc diff``: what a change does to the corpus, in plain words.

For the reviewers of a pull request and for editors before they commit: the plans added,
removed and changed (and, in a changed plan, its tasks, targets, citations and fields), the
registry entries, and the findings the change opens or resolves. Both revisions are read out
of git into temporary folders, loaded with the project's own loader and linted with its own
engine, then compared (:mod:`.compare`) and put into words (:mod:`.render`).

The command is informative: it exits 0 whatever it finds, 2 when a revision cannot be read.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

EXIT_OK, EXIT_ERROR = 0, 2


def cmd_diff(args: argparse.Namespace) -> int:
    from .render import RENDERERS, render_json
    from .revisions import DiffError
    from .snapshots import diff_range

    try:
        diff = diff_range(args.project, args.range)
    except DiffError as exc:
        sys.stderr.write(f"cchc diff: {exc}\n")
        return EXIT_ERROR
    from ..config import message_language

    lang = message_language(args.lang)
    sys.stdout.write(render_json(diff) if args.format == "json" else RENDERERS[args.format](diff, lang))
    return EXIT_OK


def register(subparsers: Any) -> None:
    """Add ``cchc diff`` to the command line."""
    p = subparsers.add_parser(
        "diff",
        help="một thay đổi làm gì với kho dữ liệu / what a change does to the corpus",
        description="Kế hoạch, nhiệm vụ, chỉ tiêu, trích dẫn thêm, bớt, sửa và phát hiện mới hoặc đã khắc phục giữa hai phiên bản git / "
        "Plans, tasks, targets and citations added, removed or changed, and findings opened or resolved, between two git revisions.",
    )
    p.add_argument(
        "range",
        metavar="BASE..HEAD",
        help="hai phiên bản, hoặc BASE một mình để so với thư mục làm việc / two revisions, or BASE alone against the working tree",
    )
    p.add_argument("--format", choices=("text", "markdown", "json"), default="text", help="dạng đầu ra / output format (default text)")
    p.add_argument("--lang", choices=("vi", "en"), default=None, help="ngôn ngữ / language (default: CCHC_LANG, else vi)")
    p.set_defaults(handler=cmd_diff)


__all__ = ["cmd_diff", "register"]

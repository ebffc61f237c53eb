"""mkdocs-macros module: the few values hand-written pages show from the data.

Pages opt in with ``render_macros: true`` in their front matter; generated
pages never do, so no data text is ever rendered as a template. Each macro
takes plain arguments and returns escaped HTML. The figures come from the
page generation (``cchc site build`` writes them beside the pages), so the
home page counts exactly what the other pages list.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .formats import number
from .markup import h, tag
from .words import t
from .writer import read_stats


def define_env(env: Any) -> None:
    docs_dir = Path(env.conf["docs_dir"])

    @env.macro
    def corpus_stats(lang: str = "vi") -> str:
        """The corpus at a glance: counts of plans, provinces, tasks, targets, citations and findings."""
        stats = read_stats(docs_dir)
        items = "".join(tag("li", tag("strong", h(number(v, lang))) + " " + h(t(k, lang))) for k, v in stats.items())
        return tag("ul", items, cls="cchc-stats")

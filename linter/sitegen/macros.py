"""mkdocs-macros module: the few values hand-written pages show from the data.

Pages opt in with ``render_macros: true`` in their front matter; generated
pages never do, so no data text is ever rendered as a template. Each macro
takes plain arguments and returns escaped HTML.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..config import load_config
from ..engine import lint
from .markup import h, tag
from .words import t


def _stats(root: Path) -> dict[str, int]:
    report = lint(load_config(root), [])
    corpus = report.loaded.corpus if report.loaded else None
    if corpus is None:
        return {}
    plans = list(corpus.plans.values())
    return {
        "stats_plans": len(plans),
        "stats_provinces": len({p.province for p in plans}),
        "stats_tasks": sum(len(p.tasks) for p in plans),
        "stats_targets": sum(len(p.targets) for p in plans),
        "stats_citations": sum(len(p.citations) for p in plans),
        "stats_findings": sum(1 for r in report.results if not r.acknowledged),
        "stats_acknowledged": sum(1 for r in report.results if r.acknowledged),
    }


def define_env(env: Any) -> None:
    root = Path(env.conf["config_file_path"]).parent
    cache: dict[str, dict[str, int]] = {}

    @env.macro
    def corpus_stats(lang: str = "vi") -> str:
        """The corpus at a glance: counts of plans, provinces, tasks, targets, citations and findings."""
        if "stats" not in cache:
            cache["stats"] = _stats(root)
        items = "".join(tag("li", tag("strong", h(str(v))) + " " + h(t(k, lang))) for k, v in cache["stats"].items())
        return tag("ul", items, cls="cchc-stats")

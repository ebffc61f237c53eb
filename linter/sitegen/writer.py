"""Write generated pages as ``x.md`` / ``x.en.md`` pairs and the downloads next to them."""

from __future__ import annotations

import html
import json
import re
import shutil
from collections.abc import Iterable
from pathlib import Path

from ..export import TASK_COLUMNS, export_corpus, task_rows, write_csv
from ..model import Corpus
from ..textnorm import visible
from . import urls
from .pages import Page

_HEADING = re.compile(r"^# (.*?)(?: \{#[^}]*\})?\s*$", re.M)


def with_front_matter(markdown: str, description: str = "", *, searchable: bool = True) -> str:
    """Give the page an explicit, HTML-escaped title and description, and the full width.

    MkDocs takes a page's title from its first heading and themes print it
    without escaping (``<title>``, navigation); a title from the data must not
    reach them raw, so the page states its title in the front matter, escaped.
    Generated pages hide the left navigation (their tab is the navigation) so
    that their tables have the width.
    """
    m = _HEADING.search(markdown)
    if not m:
        return markdown
    title = html.escape(visible(html.unescape(m.group(1)), newlines=False), quote=True)
    head = [f"title: {json.dumps(title, ensure_ascii=False)}", "hide:", "  - navigation"]
    if not searchable:
        head += ["search:", "  exclude: true"]
    if description:
        head.append(f"description: {json.dumps(html.escape(visible(description, newlines=False), quote=True), ensure_ascii=False)}")
    return "---\n" + "\n".join(head) + "\n---\n\n" + markdown


def write_pages(docs_dir: Path, pages: Iterable[Page]) -> int:
    """Replace ``docs/corpus/`` with the given pages; returns how many pages (per language) were written."""
    root = docs_dir / urls.ROOT
    if root.exists():
        shutil.rmtree(root)
    n = 0
    written: set[str] = set()
    for page in pages:
        if page.path in written:
            continue  # two ids share this page (CC112 reports it): the first entry keeps it
        written.add(page.path)
        target = docs_dir / page.path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(with_front_matter(page.vi, page.description("vi"), searchable=page.searchable), encoding="utf-8")
        target.with_suffix(".en.md").write_text(
            with_front_matter(page.en, page.description("en"), searchable=page.searchable), encoding="utf-8"
        )
        n += 1
    return n


#: Where the generated figures of the home page are kept (a dot file: MkDocs does not publish it).
STATS_FILE = f"{urls.ROOT}/.stats.json"


def write_stats(docs_dir: Path, stats: dict[str, int]) -> None:
    """The corpus figures the hand-written home page shows (read by the macros module)."""
    (docs_dir / STATS_FILE).write_text(json.dumps(stats), encoding="utf-8")


def read_stats(docs_dir: Path) -> dict[str, int]:
    """The figures written by the last page generation; empty when pages were never generated."""
    try:
        data = json.loads((docs_dir / STATS_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {k: int(v) for k, v in data.items()} if isinstance(data, dict) else {}


def write_downloads(docs_dir: Path, root: Path, corpus: Corpus) -> list[Path]:
    """Per plan: the YAML as committed, its data as JSON, its tasks as CSV (the export's layout); plus the whole-corpus export."""
    out_dir = docs_dir / urls.DOWNLOADS
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for plan in corpus.plans.values():
        src = root / plan.path
        if src.exists():
            shutil.copyfile(src, out_dir / f"{plan.slug}.yaml")
        (out_dir / f"{plan.slug}.json").write_text(json.dumps(plan.data, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
        write_csv(out_dir / f"{plan.slug}.csv", TASK_COLUMNS, task_rows([plan]))
        written += [out_dir / f"{plan.slug}.{ext}" for ext in ("yaml", "json", "csv")]
        source = corpus.sources.get(plan.transcription.source) if plan.transcription else None
        if source is not None and source.text is not None:  # read (and checked to lie inside sources/) when loading
            shutil.copyfile(root / source.path, out_dir / f"{plan.slug}.source.txt")
            written.append(out_dir / f"{plan.slug}.source.txt")
    written += export_corpus(corpus, out_dir / "corpus")
    return written

"""Write generated pages as ``x.md`` / ``x.en.md`` pairs and the downloads next to them."""

from __future__ import annotations

import csv
import html
import io
import json
import re
import shutil
from pathlib import Path
from typing import Iterable

from ..model import Corpus
from . import urls
from .pages import Page


_HEADING = re.compile(r"^# (.*?)(?: \{#[^}]*\})?\s*$", re.M)


def with_front_matter(markdown: str) -> str:
    """Give the page an explicit, HTML-escaped title.

    MkDocs takes a page's title from its first heading and themes print it
    without escaping (``<title>``, navigation); a title from the data must not
    reach them raw, so the page states its title in the front matter, escaped.
    """
    m = _HEADING.search(markdown)
    if not m:
        return markdown
    title = html.escape(html.unescape(m.group(1)), quote=True)
    return f"---\ntitle: {json.dumps(title, ensure_ascii=False)}\n---\n\n{markdown}"


def write_pages(docs_dir: Path, pages: Iterable[Page]) -> int:
    """Replace ``docs/corpus/`` with the given pages; returns how many pages (per language) were written."""
    root = docs_dir / urls.ROOT
    if root.exists():
        shutil.rmtree(root)
    n = 0
    for page in pages:
        target = docs_dir / page.path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(with_front_matter(page.vi), encoding="utf-8")
        target.with_suffix(".en.md").write_text(with_front_matter(page.en), encoding="utf-8")
        n += 1
    return n


TASK_COLUMNS = ("id", "number", "section", "source", "area", "text_vi", "text_en", "lead", "lead_printed",
                "cooperating", "deadline_kind", "deadline_printed", "budget_printed")


def plan_tasks_csv(plan: object) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(TASK_COLUMNS)
    for task in getattr(plan, "tasks"):
        w.writerow([task.id, task.number, task.section, task.source, task.area or "", task.text.vi, task.text.en,
                    "; ".join(m.agency for m in task.lead), "; ".join(m.printed for m in task.lead),
                    "; ".join(m.agency for m in task.cooperating),
                    task.deadline.kind if task.deadline else "", task.deadline.printed if task.deadline else "",
                    task.budget.printed if task.budget else ""])
    return buf.getvalue()


def write_downloads(docs_dir: Path, root: Path, corpus: Corpus) -> list[Path]:
    """Per plan: the YAML as committed, its data as JSON, its tasks as CSV; plus the whole-corpus export."""
    out_dir = docs_dir / urls.DOWNLOADS
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for plan in corpus.plans.values():
        src = root / plan.path
        if src.exists():
            shutil.copyfile(src, out_dir / f"{plan.slug}.yaml")
        (out_dir / f"{plan.slug}.json").write_text(json.dumps(plan.data, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
        (out_dir / f"{plan.slug}.csv").write_text(plan_tasks_csv(plan), encoding="utf-8")
        written += [out_dir / f"{plan.slug}.{ext}" for ext in ("yaml", "json", "csv")]
    try:
        from ..export import export_corpus
    except ImportError:  # the export module is optional for the site
        return written
    written += export_corpus(corpus, out_dir / "corpus")
    return written

"""``cchc site build``: lint, generate the pages, run MkDocs, fold the search index."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..config import Config
from ..engine import Report, lint
from .context import SiteContext
from .pages import Page, agencies, documents, findings, indicators, plans, provinces, rules, sources
from .search import fold_site
from .writer import write_downloads, write_pages

PAGE_KINDS = (plans, provinces, agencies, indicators, documents, rules, findings, sources)


@dataclass
class SiteResult:
    pages: int
    downloads: int
    site_dir: Path
    search_entries: dict[str, int]
    report: Report


def all_pages(ctx: SiteContext) -> Iterator[Page]:
    for kind in PAGE_KINDS:
        yield from kind.pages(ctx)


def generate(config: Config, docs_dir: Path) -> tuple[SiteContext, int, int]:
    """Lint the corpus and write every generated page and download under ``docs_dir``."""
    report = lint(config, [])
    corpus = report.loaded.corpus if report.loaded else None
    if corpus is None:
        raise RuntimeError("corpus did not load")
    ctx = SiteContext.build(corpus, report)
    n = write_pages(docs_dir, all_pages(ctx))
    d = len(write_downloads(docs_dir, config.root, corpus))
    return ctx, n, d


def build(config: Config, *, config_file: Path, site_dir: Path | None = None, strict: bool = False) -> SiteResult:
    """Generate the pages, then build the site with MkDocs (the real build, in this process)."""
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config as mkdocs_config

    docs_dir = config_file.parent / "docs"
    ctx, n, d = generate(config, docs_dir)
    overrides: dict[str, Any] = {"strict": strict}
    if site_dir is not None:
        overrides["site_dir"] = str(site_dir)
    cfg = mkdocs_config(str(config_file), **overrides)
    logging.getLogger("mkdocs").setLevel(logging.WARNING)
    cfg.plugins.on_startup(command="build", dirty=False)
    try:
        mkdocs_build(cfg)
    finally:
        cfg.plugins.on_shutdown()
    out = Path(cfg.site_dir)
    return SiteResult(n, d, out, fold_site(out), ctx.report)

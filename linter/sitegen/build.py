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
from .feed import write_feeds
from .history import load_history
from .notfound import DefaultLanguageNotFound
from .pages import Page, agencies, compare, documents, findings, indicators, plans, provinces, rules, sources
from .search import fold_site
from .writer import write_downloads, write_pages, write_stats

PAGE_KINDS = (plans, provinces, agencies, indicators, documents, rules, findings, sources, compare)


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


def generate(config: Config, docs_dir: Path, *, site_url: str | None = None) -> tuple[SiteContext, int, int]:
    """Lint the corpus and write every generated page, download and feed under ``docs_dir``.

    ``site_url`` is the published address (``site_url`` of ``mkdocs.yml``): with it, citations
    and feeds carry absolute links.
    """
    report = lint(config, [])
    corpus = report.loaded.corpus if report.loaded else None
    if corpus is None:
        raise RuntimeError("corpus did not load")
    ctx = SiteContext.build(corpus, report, history=load_history(config.root), site_url=site_url or None)
    n = write_pages(docs_dir, all_pages(ctx))
    d = len(write_downloads(docs_dir, config.root, corpus))
    write_feeds(docs_dir, corpus, ctx.history, ctx.site_url)
    write_stats(docs_dir, corpus_stats(ctx))
    return ctx, n, d


def corpus_stats(ctx: SiteContext) -> dict[str, int]:
    """The corpus at a glance, counted the way the pages list it (the home page shows these)."""
    plans_ = list(ctx.corpus.plans.values())
    results = ctx.report.results
    return {
        "stats_plans": len(plans_),
        "stats_provinces": len(provinces.provinces(ctx)),
        "stats_tasks": sum(len(p.tasks) for p in plans_),
        "stats_targets": sum(len(p.targets) for p in plans_),
        "stats_citations": sum(len(p.citations) for p in plans_),
        "stats_findings": sum(1 for r in results if not r.acknowledged),
        "stats_acknowledged": sum(1 for r in results if r.acknowledged),
    }


def build(config: Config, *, config_file: Path, site_dir: Path | None = None, strict: bool = False) -> SiteResult:
    """Generate the pages, then build the site with MkDocs (the real build, in this process)."""
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config as mkdocs_config

    docs_dir = config_file.parent / "docs"
    overrides: dict[str, Any] = {"strict": strict}
    if site_dir is not None:
        overrides["site_dir"] = str(site_dir)
    cfg = mkdocs_config(str(config_file), **overrides)
    cfg.plugins["cchc-not-found"] = DefaultLanguageNotFound()
    ctx, n, d = generate(config, docs_dir, site_url=cfg.site_url)
    logging.getLogger("mkdocs").setLevel(logging.WARNING)
    cfg.plugins.on_startup(command="build", dirty=False)
    try:
        mkdocs_build(cfg)
    finally:
        cfg.plugins.on_shutdown()
    out = Path(cfg.site_dir)
    if not cfg.site_url:
        # Without the published address a sitemap can only hold wrong URLs: none is better.
        for name in ("sitemap.xml", "sitemap.xml.gz"):
            (out / name).unlink(missing_ok=True)
    return SiteResult(n, d, out, fold_site(out, alternate_languages(cfg)), ctx.report)


def alternate_languages(cfg: Any) -> tuple[str, ...]:
    """The languages the i18n plugin builds besides the default one (each under its own folder)."""
    i18n = cfg.plugins.get("i18n")
    languages = getattr(getattr(i18n, "config", None), "languages", None) or []
    return tuple(str(lang.locale) for lang in languages if not lang.default and lang.build)

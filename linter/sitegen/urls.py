"""Where each generated page lives and how pages link to each other.

Pages are addressed by their source path under ``docs/`` without the language
suffix (``corpus/plans/<slug>.md``). MkDocs builds them with directory URLs
(``corpus/plans/<slug>/``); links between generated pages are written as
relative URLs, so they work under ``/`` and ``/en/`` alike.
"""

from __future__ import annotations

import posixpath

from ..textnorm import slugify

ROOT = "corpus"


def plan(slug: str) -> str:
    return f"{ROOT}/plans/{slug}.md"


def source(slug: str) -> str:
    """The page showing a plan's source text, line by line."""
    return f"{ROOT}/sources/{slug}.md"


def province(slug: str) -> str:
    return f"{ROOT}/provinces/{slug}.md"


def agency(agency_id: str) -> str:
    scope, _, name = agency_id.partition("/")
    return f"{ROOT}/agencies/{slugify(scope)}/{slugify(name) or 'x'}.md"


def indicator(code: str) -> str:
    return f"{ROOT}/indicators/{slugify(code)}.md"


def document(doc_id: str) -> str:
    return f"{ROOT}/documents/{slugify(doc_id)}.md"


def rule(code: str) -> str:
    return f"{ROOT}/rules/{code.lower()}.md"


def compare(slug_a: str, slug_b: str) -> str:
    """The comparison of plan A (the child, or the later plan) with plan B."""
    return f"{ROOT}/compare/{slug_a}--{slug_b}.md"


def index(kind: str) -> str:
    return f"{ROOT}/{kind}/index.md"


FINDINGS = f"{ROOT}/findings.md"
DOWNLOADS = f"{ROOT}/downloads"


def lang_prefix(lang: str) -> str:
    """Where a language's pages live under the site root: Vietnamese (the default) at the root, ``en/`` …"""
    return "" if lang == "vi" else f"{lang}/"


def url_of(page: str) -> str:
    """The directory URL MkDocs gives a Markdown source path."""
    stem = page[:-3] if page.endswith(".md") else page
    if stem == "index" or stem.endswith("/index"):
        return stem[: -len("index")]
    return stem + "/"


def href(from_page: str, to_page: str, fragment: str | None = None) -> str:
    """Relative link from one page to another page (or a file when ``to_page`` is not Markdown)."""
    here = url_of(from_page)
    there = url_of(to_page) if to_page.endswith(".md") else to_page
    rel = posixpath.relpath(there or ".", here or ".")
    if to_page.endswith(".md"):
        rel = "./" if rel == "." else rel + "/"
    return rel + (f"#{fragment}" if fragment else "")


def asset_href(from_page: str, path: str, lang: str) -> str:
    """Link to a file under ``docs/`` that is published once, at the site root (downloads).

    Pages of the alternate language live one level deeper (``/en/…``).
    """
    return href(lang_prefix(lang) + from_page, path)

"""An Atom 1.0 feed of the changes to the data, one per language.

Each entry is one commit that touched ``plans/``, ``registry/`` or ``sources/``:
its subject as the title, its date as ``updated``, and the plans it touched,
linked to their pages. The feeds are written into the generated docs folder,
so MkDocs copies them: ``docs/corpus/feed.xml`` is published at
``corpus/feed.xml`` and, by the suffix structure of the i18n plugin,
``docs/corpus/feed.en.xml`` at ``en/corpus/feed.xml``.

Ids are ``tag:`` URIs (RFC 4151) made of a fixed authority and the full commit
hash, so an entry keeps its id across builds and site addresses. The project
has no domain of its own; the ``.invalid`` name (RFC 2606) belongs to no one,
so these ids clash with no one else's. They must never change.
"""

from __future__ import annotations

import posixpath
import xml.etree.ElementTree as ET
from pathlib import Path

from ..model import Corpus, Plan
from ..textnorm import visible
from . import urls
from .history import History
from .markup import h, link, safe_href, tag
from .words import t

ATOM = "http://www.w3.org/2005/Atom"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
#: Where the feed is published (and written, under ``docs/``), per language.
FEED = f"{urls.ROOT}/feed.xml"
#: Fixed parts of every id: never change them once the feed is published.
TAG_AUTHORITY = "cchc-plans.invalid"
TAG_DATE = "2026"
#: Entries per feed, and files listed per entry (a commit may touch thousands).
ENTRIES = 50
FILES_PER_ENTRY = 50
LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/"

ET.register_namespace("", ATOM)


_REGISTRY_KINDS = {"agencies": "agencies", "indicators": "indicators", "documents": "documents"}


def feed_path(lang: str) -> str:
    """The feed's path under the site root: ``corpus/feed.xml``, ``en/corpus/feed.xml``."""
    return urls.lang_prefix(lang) + FEED


def feed_file(lang: str) -> str:
    """The feed's path under ``docs/``, named for the i18n plugin's suffix structure."""
    return FEED if lang == "vi" else FEED.replace(".xml", f".{lang}.xml")


def _text(value: object) -> str:
    """Text for an XML element: controls and characters XML cannot hold written as escapes, one line."""
    return " ".join(visible(str(value), newlines=False).split())


def _base(site_url: str | None) -> str | None:
    if not site_url or safe_href(site_url) == "#" or "://" not in site_url:
        return None
    return site_url.rstrip("/") + "/"


class _Links:
    """URLs of site pages as seen from one language's feed: absolute with a site URL, else relative to the feed."""

    def __init__(self, lang: str, site_url: str | None) -> None:
        self.prefix = urls.lang_prefix(lang)
        self.base = _base(site_url)
        self.here = posixpath.dirname(feed_path(lang))

    def site_path(self, path: str) -> str:
        if self.base:
            return self.base + path
        return posixpath.relpath(path, self.here)

    def page(self, page: str) -> str:
        target = self.prefix + urls.url_of(page)
        if self.base:
            return self.base + target
        rel = posixpath.relpath(target, self.here)
        return "./" if rel == "." else rel + "/"


def _plan_label(plan: Plan, lang: str) -> str:
    return f"{plan.header.number} — {plan.title.get(lang)}"


class _Index:
    """Plans by the files that hold them: their YAML and their source text."""

    def __init__(self, corpus: Corpus) -> None:
        self.by_path = {p.path: p for p in corpus.plans.values()}
        self.by_source = {p.transcription.source: p for p in corpus.plans.values() if p.transcription is not None}


def entry_html(files: tuple[str, ...], index: _Index, lang: str, links: _Links) -> str:
    """The entry's content: what the commit touched, grouped, plans linked to their pages."""
    by_path, by_source = index.by_path, index.by_source
    groups: dict[str, list[str]] = {"feed_plans": [], "feed_sources": [], "feed_registry": [], "feed_other": []}
    shown = files[:FILES_PER_ENTRY]
    for path in shown:
        if path in by_path:
            plan = by_path[path]
            groups["feed_plans"].append(link(links.page(urls.plan(plan.slug)), _plan_label(plan, lang)))
        elif path in by_source:
            plan = by_source[path]
            groups["feed_sources"].append(link(links.page(urls.plan(plan.slug)), _plan_label(plan, lang)) + " " + tag("code", h(path)))
        elif path.startswith("registry/"):
            kind = _REGISTRY_KINDS.get(path.split("/")[1])
            groups["feed_registry"].append(link(links.page(urls.index(kind)), path) if kind else tag("code", h(path)))
        else:
            groups["feed_other"].append(tag("code", h(path)))
    out = []
    for key, items in groups.items():
        if items:
            out.append(tag("p", h(t(key, lang))) + tag("ul", "".join(tag("li", item) for item in items)))
    if len(files) > len(shown):
        out.append(tag("p", h(t("feed_more", lang).format(n=len(files) - len(shown)))))
    return "".join(out)


def _updated(corpus: Corpus, history: History) -> str:
    """The feed's date: its newest entry; without history, the newest plan's date of issue."""
    if history.latest:
        return history.latest
    dates = sorted(p.header.date for p in corpus.plans.values() if p.header.date)
    return f"{dates[-1]}T00:00:00Z" if dates else "1970-01-01T00:00:00Z"


def _sub(parent: ET.Element, name: str, text: str | None = None, **attrs: str) -> ET.Element:
    el = ET.SubElement(parent, f"{{{ATOM}}}{name}", attrs)
    if text is not None:
        el.text = text
    return el


def feed_xml(
    corpus: Corpus,
    history: History,
    lang: str,
    site_url: str | None = None,
    *,
    entries: int = ENTRIES,
    authority: str = TAG_AUTHORITY,
) -> bytes:
    """The Atom document of one language, UTF-8 with an XML declaration."""
    links = _Links(lang, site_url)
    tag_base = f"tag:{authority},{TAG_DATE}:"
    feed = ET.Element(f"{{{ATOM}}}feed", {XML_LANG: lang})
    _sub(feed, "id", f"{tag_base}{lang}/changes")
    _sub(feed, "title", t("feed_title", lang))
    _sub(feed, "subtitle", t("feed_subtitle", lang))
    _sub(feed, "updated", _updated(corpus, history))
    _sub(feed, "link", rel="self", type="application/atom+xml", href=links.site_path(feed_path(lang)))
    _sub(feed, "link", rel="alternate", type="text/html", hreflang=lang, href=links.page(urls.index("plans")))
    _sub(feed, "link", rel="license", type="text/html", href=LICENCE_URL)
    _sub(feed, "rights", t("feed_rights", lang))
    author = _sub(feed, "author")
    _sub(author, "name", t("site_name", lang))
    index = _Index(corpus)
    for commit in history.commits[:entries]:
        entry = _sub(feed, "entry")
        _sub(entry, "id", f"{tag_base}{lang}/commit/{_text(commit.hash)}")
        _sub(entry, "title", _text(commit.subject) or t("feed_commit", lang).format(short=_text(commit.short)))
        _sub(entry, "updated", _text(commit.date))
        first = next((index.by_path[f] for f in commit.files if f in index.by_path), None)
        target = urls.plan(first.slug) if first else urls.index("plans")
        _sub(entry, "link", rel="alternate", type="text/html", hreflang=lang, href=links.page(target))
        summary = h(t("feed_commit", lang).format(short=commit.short))
        _sub(entry, "content", tag("p", summary) + entry_html(commit.files, index, lang, links), type="html")
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True) + b"\n"


def write_feeds(
    docs_dir: Path,
    corpus: Corpus,
    history: History,
    site_url: str | None = None,
    *,
    langs: tuple[str, ...] = ("vi", "en"),
    entries: int = ENTRIES,
) -> list[Path]:
    """Write each language's feed under ``docs_dir`` (after the pages: writing them clears ``corpus/``)."""
    written = []
    for lang in langs:
        target = docs_dir / feed_file(lang)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(feed_xml(corpus, history, lang, site_url, entries=entries))
        written.append(target)
    return written

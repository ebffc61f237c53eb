"""Build a site in a temporary project and inspect the HTML it produced."""

from __future__ import annotations

import functools
import http.server
import shutil
import threading
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

from linter.config import load_config
from linter.sitegen.build import SiteResult, build

REPO = Path(__file__).resolve().parents[2]
SITE_FILES = ("mkdocs.yml", "docs", "overrides")


def copy_site_sources(dest: Path) -> None:
    """The hand-written site sources (config, docs, overrides) into a project folder."""
    for name in SITE_FILES:
        src = REPO / name
        if src.is_dir():
            shutil.copytree(src, dest / name, ignore=shutil.ignore_patterns("corpus"), dirs_exist_ok=True)
        else:
            shutil.copyfile(src, dest / name)


def build_project(root: Path, *, strict: bool = True) -> SiteResult:
    return build(load_config(root), config_file=root / "mkdocs.yml", site_dir=root / "site", strict=strict)


@dataclass
class PageRefs:
    ids: set[str] = field(default_factory=set)
    links: list[str] = field(default_factory=list)
    resources: list[str] = field(default_factory=list)


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.refs = PageRefs()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if a.get("id"):
            self.refs.ids.add(a["id"] or "")
        if a.get("name") and tag == "a":
            self.refs.ids.add(a["name"] or "")
        if tag == "a" and a.get("href") is not None:
            self.refs.links.append(a["href"] or "")
        if tag in ("script", "img", "iframe", "source") and a.get("src"):
            self.refs.resources.append(a["src"] or "")
        if tag == "link" and a.get("href") and (a.get("rel") or "") in ("stylesheet", "icon", "preload", "modulepreload", "manifest"):
            self.refs.resources.append(a["href"] or "")


@functools.lru_cache(maxsize=4096)
def page_refs(path: Path) -> PageRefs:
    c = _Collector()
    c.feed(path.read_text(encoding="utf-8"))
    return c.refs


def resolve(site: Path, page: Path, url: str) -> tuple[Path | None, str]:
    """The file a relative URL points at from ``page`` (None for external URLs) and its fragment."""
    parts = urlsplit(url)
    if parts.scheme or parts.netloc:
        return None, ""
    if not parts.path:
        return page, unquote(parts.fragment)
    base = site if parts.path.startswith("/") else page.parent
    target = (base / unquote(parts.path).lstrip("/")).resolve()
    if parts.path.endswith("/") or target.is_dir():
        target = target / "index.html"
    return target, unquote(parts.fragment)


def dead_links(site: Path) -> list[str]:
    """Every relative link or resource whose file or anchor does not exist."""
    problems = []
    for page in sorted(site.rglob("*.html")):
        refs = page_refs(page)
        for url in refs.links + refs.resources:
            if url.startswith(("mailto:", "tel:")):
                continue
            target, fragment = resolve(site, page, url)
            if target is None:
                continue
            if not target.exists():
                problems.append(f"{page.relative_to(site)}: {url} (no file)")
            elif fragment and target.suffix == ".html" and fragment not in page_refs(target).ids:
                problems.append(f"{page.relative_to(site)}: {url} (no anchor)")
    return problems


def external_resources(site: Path) -> list[str]:
    """Resources (scripts, styles, images, fonts) that would be requested from another host."""
    out = []
    for page in site.rglob("*.html"):
        for url in page_refs(page).resources:
            if urlsplit(url).scheme in ("http", "https") or url.startswith("//"):
                out.append(f"{page.relative_to(site)}: {url}")
    for css in site.rglob("*.css"):
        text = css.read_text(encoding="utf-8", errors="replace")
        for marker in ("fonts.googleapis", "fonts.gstatic", "unpkg.com", "cdn.jsdelivr", "@import url(http"):
            if marker in text:
                out.append(f"{css.relative_to(site)}: {marker}")
    return out


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


def serve(site: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    """Serve ``site`` on a free localhost port in a background thread."""
    handler = functools.partial(_Quiet, directory=str(site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd, f"http://127.0.0.1:{httpd.server_address[1]}"

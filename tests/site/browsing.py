"""A real headless Chromium (Debian's chromium, driven by Playwright) on the built site."""

from __future__ import annotations

import shutil
from pathlib import Path
from urllib.parse import urlsplit

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
"""Where browser tests leave screenshots: always for the pages they show, and of every open page when one fails (git-ignored)."""

PHONE = 390
DESKTOP = 1280
WIDTHS = (DESKTOP, PHONE)
LANGS = ("", "en/")
"""URL prefixes of the two languages: Vietnamese at the root, English under /en/."""


def chromium_path() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


class Watched:
    """A page that records console errors, failed responses and requests to other hosts."""

    def __init__(self, browser, base: str, width: int = DESKTOP, height: int = 900) -> None:
        self.page = browser.new_page(viewport={"width": width, "height": height})
        self.base = base
        self.width = width
        self.base_host = urlsplit(base).netloc
        self.errors: list[str] = []
        self.foreign: list[str] = []
        self.requests: list[str] = []
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", self._request)
        self.page.on("response", lambda r: r.status >= 400 and self.errors.append(f"{r.status} {r.url}"))
        self.page.on("dialog", lambda d: (self.errors.append(f"dialog: {d.message}"), d.dismiss()))

    def _request(self, request) -> None:
        self.requests.append(request.url)
        host = urlsplit(request.url).netloc
        if request.url.startswith(("http:", "https:")) and host != self.base_host:
            self.foreign.append(request.url)

    def goto(self, url: str) -> None:
        self.page.goto(url if "://" in url else f"{self.base}/{url.lstrip('/')}")
        self.page.wait_for_load_state("networkidle")

    def scroll_width(self) -> int:
        return int(self.page.evaluate("document.documentElement.scrollWidth"))

    def clean(self) -> None:
        assert self.errors == []
        assert self.foreign == []

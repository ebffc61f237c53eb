"""One module per page kind. Each exposes ``pages(ctx) -> Iterator[Page]``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Page:
    """A generated page: its source path under ``docs/`` and its Markdown in each language."""

    path: str
    vi: str
    en: str

    def text(self, lang: str) -> str:
        return self.en if lang == "en" else self.vi


def both(path: str, render: Callable[[str], str]) -> Page:
    """The page at ``path``, rendered once per language."""
    return Page(path, render("vi"), render("en"))

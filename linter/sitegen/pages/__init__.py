"""One module per page kind. Each exposes ``pages(ctx) -> Iterator[Page]``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Page:
    """A generated page: its source path under ``docs/``, its Markdown and its description in each language."""

    path: str
    vi: str
    en: str
    description_vi: str = ""
    description_en: str = ""
    #: False for pages whose text is elsewhere in full (a source text is on its plan's page): kept out of search.
    searchable: bool = True

    def text(self, lang: str) -> str:
        return self.en if lang == "en" else self.vi

    def description(self, lang: str) -> str:
        return self.description_en if lang == "en" else self.description_vi


def both(path: str, render: Callable[[str], str], describe: Callable[[str], str] | None = None) -> Page:
    """The page at ``path``, rendered once per language; ``describe`` gives the search engines' one-line summary."""
    vi_desc, en_desc = (describe("vi"), describe("en")) if describe is not None else ("", "")
    return Page(path, render("vi"), render("en"), vi_desc, en_desc)

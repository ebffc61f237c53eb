"""Page components shared by several page kinds: the metadata card and the filterable table."""

from __future__ import annotations

from collections.abc import Sequence

from . import urls
from .markup import Cell, block, h, link, table, tag
from .words import t


def card(rows: list[tuple[str, str]], label: str | None = None) -> str:
    """A two-column metadata card: escaped labels, already-safe values."""
    aria = f' aria-label="{h(label)}"' if label else ""
    body = " ".join(tag("tr", tag("th", h(k), scope="row") + " " + tag("td", v)) for k, v in rows)
    return f'<table class="cchc-card"{aria}><tbody>{body}</tbody></table>'


def filter_box(table_id: str, lang: str) -> str:
    return (
        f'<p class="cchc-filter"><label>{h(t("filter_label", lang))} '
        f'<input type="search" data-filter-for="{h(table_id)}" placeholder="{h(t("filter", lang))}"></label></p>'
    )


def filter_table(
    table_id: str, headers: list[str], rows: Sequence[Sequence[str | Cell]], lang: str, *, row_ids: Sequence[str | None] | None = None
) -> str:
    """A sortable table with a filter box above it."""
    body = table(headers, rows, cls="cchc-sortable cchc-filterable", row_ids=row_ids)
    return filter_box(table_id, lang) + body.replace('<table class="cchc-table', f'<table id="{h(table_id)}" class="cchc-table', 1)


def breadcrumb(page: str, lang: str, trail: Sequence[tuple[str, str | None]]) -> str:
    """Where the page sits: home, its section's index, the page itself (``None`` as target)."""
    items = [tag("li", link(urls.href(page, "index.md"), t("home", lang)))]
    for text, target in trail:
        items.append(tag("li", link(urls.href(page, target), text) if target else tag("span", h(text), aria_current="page")))
    return block(tag("nav", tag("ol", "".join(items)), cls="cchc-breadcrumb", aria_label=t("breadcrumb", lang)))

"""Escaping and small HTML builders: the only way data text reaches a page.

Control characters are shown as escapes (:func:`linter.textnorm.visible`) in
both, so text that starts with one stays text. Two contexts exist. Inside raw HTML blocks, :func:`h` escapes ``& < > " '``
and the braces of template syntax. Inside Markdown (headings), :func:`md`
additionally turns every character Markdown or its extensions could read as
syntax into a numeric character reference, so ``[x](javascript:…)``,
``**``, ``{#id}`` or a table pipe are shown, never interpreted.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..textnorm import visible

_MD_SPECIAL = re.compile(r"[\\`*_{}\[\]()#+\-.!|~^=:$%@&<>\"']")
_SPACE = re.compile(r"\s+")


def h(text: object) -> str:
    """Text for an HTML context: escaped, template braces neutralised, one line."""
    out = html.escape(_SPACE.sub(" ", visible(str(text))).strip(), quote=True)
    return out.replace("{", "&#123;").replace("}", "&#125;")


_CODE_SPAN = re.compile(r"``(.+?)``|`([^`]+)`")


def h_code(text: object) -> str:
    """Like :func:`h`, with ``code`` spans (reST or Markdown backticks) shown as ``<code>``."""
    return _CODE_SPAN.sub(lambda m: f"<code>{m.group(1) or m.group(2)}</code>", h(text))


def md(text: object) -> str:
    """Text for a Markdown inline context (a heading): nothing in it is syntax."""
    return _MD_SPECIAL.sub(lambda m: f"&#{ord(m.group())};", _SPACE.sub(" ", visible(str(text))).strip())


def quoted_vi(text: object, lang: str) -> str:
    """Vietnamese text quoted on a page in ``lang``: marked ``lang="vi"`` on an English page (WCAG 3.1.2)."""
    return h(text) if lang == "vi" else f'<span lang="vi">{h(text)}</span>'


@dataclass(frozen=True)
class Cell:
    """A table cell of already-escaped HTML with the value it sorts by (a number, an ISO date)."""

    html: str
    sort: str | float | int | None = None


def anchor(*parts: object) -> str:
    """An explicit ASCII id for a link target (đ → d, no diacritics)."""
    from ..textnorm import slugify

    return "-".join(slugify(str(p)) or "x" for p in parts)


_SCHEME = re.compile(r"^\s*([A-Za-z][A-Za-z0-9+.-]*):")


def safe_href(href: str) -> str:
    """``href`` if it is relative or http(s); anything else (``javascript:``, ``data:``) becomes ``#``."""
    m = _SCHEME.match(href)
    return href if m is None or m.group(1).lower() in ("http", "https") else "#"


def link(href: str, text: str, *, cls: str | None = None, title: str | None = None) -> str:
    """``<a>`` with a relative or http(s) ``href`` (any other scheme is refused) and escaped text."""
    href = safe_href(href)
    attrs = f' class="{h(cls)}"' if cls else ""
    attrs += f' title="{h(title)}"' if title else ""
    return f'<a href="{h(href)}"{attrs}>{h(text)}</a>'


def tag(name: str, content: str, *, cls: str | None = None, **attrs: str) -> str:
    """An element around already-escaped ``content``."""
    extra = f' class="{h(cls)}"' if cls else ""
    for key, value in attrs.items():
        extra += f' {key.rstrip("_").replace("_", "-")}="{h(value)}"'
    return f"<{name}{extra}>{content}</{name}>"


def table(
    headers: list[str],
    rows: Sequence[Sequence[str | Cell]],
    *,
    cls: str = "",
    caption: str | None = None,
    row_ids: Sequence[str | None] | None = None,
    row_classes: list[str] | None = None,
) -> str:
    """A table of already-escaped cells. ``headers`` are escaped here."""
    out = [f'<table class="cchc-table {h(cls)}">']
    if caption:
        out.append(f"<caption>{h(caption)}</caption>")
    out.append("<thead><tr>" + " ".join(f'<th scope="col">{h(x)}</th>' for x in headers) + "</tr></thead><tbody>")
    for i, row in enumerate(rows):
        rid = row_ids[i] if row_ids else None
        rcls = row_classes[i] if row_classes else ""
        attrs = (f' id="{h(rid)}"' if rid else "") + (f' class="{h(rcls)}"' if rcls else "")
        labels = [h(x) for x in headers]
        out.append(f"<tr{attrs}>" + " ".join(_td(c, labels[j] if j < len(labels) else "") for j, c in enumerate(row)) + "</tr>")
    out.append("</tbody></table>")
    return "".join(out)


EMPTY_CELL = '<span class="cchc-muted">—</span>'
"""What an empty cell shows: a dash, so that a row read as a card on a phone never ends in a bare label."""


def _td(cell: str | Cell, label: str) -> str:
    # Cells are separated by a space so that text extracted from the page (search, copy) does not run together.
    # An empty cell sorts last (an empty data-sort), whatever its dash reads.
    html, sort = (cell.html, cell.sort) if isinstance(cell, Cell) else (cell, None)
    if not html.strip():
        html, sort = EMPTY_CELL, ""
    sort_attr = "" if sort is None else f' data-sort="{h(sort)}"'
    return f'<td data-label="{label}"{sort_attr}>{html}</td>'


NOPRINT = "cchc-noprint"
"""The class of what a printed page leaves out (a heading takes it as ``{#id .cchc-noprint}``)."""


def block(content: str, *, search: bool = True, printed: bool = True) -> str:
    """A raw HTML block, separated from Markdown around it.

    ``search=False`` keeps it out of the search index (text that is in full elsewhere: the findings
    of a plan, its timeline, an agency's list of tasks); Material drops the marker from the page.
    ``printed=False`` leaves it out of a printed page (:data:`NOPRINT`).
    """
    marker = "" if search else " data-search-exclude"
    cls = "cchc-block" if printed else f"cchc-block {NOPRINT}"
    return f'\n<div class="{cls}"{marker} markdown="0">\n{content}\n</div>\n'

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

from ..textnorm import visible

_MD_SPECIAL = re.compile(r"[\\`*_{}\[\]()#+\-.!|~^=:$%@&<>\"']")
_SPACE = re.compile(r"\s+")


def h(text: object) -> str:
    """Text for an HTML context: escaped, template braces neutralised, one line."""
    out = html.escape(_SPACE.sub(" ", visible(str(text))).strip(), quote=True)
    return out.replace("{", "&#123;").replace("}", "&#125;")


def md(text: object) -> str:
    """Text for a Markdown inline context (a heading): nothing in it is syntax."""
    return _MD_SPECIAL.sub(lambda m: f"&#{ord(m.group())};", _SPACE.sub(" ", visible(str(text))).strip())


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
    rows: list[list[str]],
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
    out.append("<thead><tr>" + "".join(f'<th scope="col">{h(x)}</th>' for x in headers) + "</tr></thead><tbody>")
    for i, row in enumerate(rows):
        rid = row_ids[i] if row_ids else None
        rcls = row_classes[i] if row_classes else ""
        attrs = (f' id="{h(rid)}"' if rid else "") + (f' class="{h(rcls)}"' if rcls else "")
        labels = [h(x) for x in headers]
        out.append(
            f"<tr{attrs}>"
            + "".join(f'<td data-label="{labels[j] if j < len(labels) else ""}">{c}</td>' for j, c in enumerate(row))
            + "</tr>"
        )
    out.append("</tbody></table>")
    return "".join(out)


def block(content: str) -> str:
    """A raw HTML block, separated from Markdown around it."""
    return f'\n<div class="cchc-block" markdown="0">\n{content}\n</div>\n'

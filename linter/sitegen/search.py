"""Search in Vietnamese with and without diacritics.

After MkDocs has written ``search/search_index.json``, every entry gets a ``folded`` field: its title and text in NFC,
without diacritics and with đ → d. The field is declared in ``mkdocs.yml``
(``plugins.search.fields``), so the search worker indexes it: ``cai cach``
finds ``cải cách`` while an accented query still matches the text itself.
Both languages share one index (the English pages use the site root's), so a
search finds a page in either language.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from pathlib import Path

from ..textnorm import fold

_TAG = re.compile(r"<[^>]+>")


def folded(text: str) -> str:
    return fold(html.unescape(_TAG.sub(" ", unicodedata.normalize("NFC", text))))


def fold_index(path: Path) -> int:
    """Add the ``folded`` field to every entry of one index; returns the number of entries."""
    data = json.loads(path.read_text(encoding="utf-8"))
    for doc in data.get("docs", []):
        doc["title"] = unicodedata.normalize("NFC", doc.get("title", ""))
        doc["text"] = unicodedata.normalize("NFC", doc.get("text", ""))
        doc["folded"] = folded(f"{doc['title']} {doc['text']}")
    fields = data.setdefault("config", {}).setdefault("fields", {})
    fields.setdefault("folded", {"boost": 1.0})
    path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    return len(data.get("docs", []))


def fold_site(site_dir: Path) -> dict[str, int]:
    """Fold the search index of a built site, counting entries per language (by URL prefix)."""
    index = site_dir / "search" / "search_index.json"
    if not index.exists():
        return {}
    fold_index(index)
    docs = json.loads(index.read_text(encoding="utf-8")).get("docs", [])
    english = sum(1 for d in docs if d.get("location", "").startswith("en/"))
    return {"vi": len(docs) - english, "en": english}

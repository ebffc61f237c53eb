"""The search indexes: one per language, searchable with and without Vietnamese diacritics.

MkDocs (with the i18n plugin) writes one ``search/search_index.json`` holding the
pages of both languages. After the build it is split: the Vietnamese pages keep
the root index, the English pages get ``en/search/search_index.json`` with their
locations made relative to the English root (the English pages point Material's
search at it, see ``overrides/main.html``). A reader on a Vietnamese page meets
Vietnamese results only, and a phone downloads one language.

Every entry gets a ``folded`` field: the words of its title and text in NFC,
without diacritics and with đ → d. The field is declared in ``mkdocs.yml``
(``plugins.search.fields``), so the search worker indexes it: ``cai cach`` finds
``cải cách`` while an accented query still matches the text itself. The field
holds each folded word once, and only the words the text does not already hold
(search matches words, not phrases), so it costs a fraction of the text; in the
alternate languages only titles (names of plans, agencies, provinces) are folded.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from pathlib import Path
from typing import Any

from ..textnorm import fold

_TAG = re.compile(r"<[^>]+>")
INDEX = Path("search") / "search_index.json"


def folded(text: str) -> str:
    return fold(html.unescape(_TAG.sub(" ", unicodedata.normalize("NFC", text))))


def new_words(plain: str, separator: re.Pattern[str]) -> str:
    """The folded words of ``plain`` that it does not already hold as they are, each once, in order."""
    present = {w for w in separator.split(html.unescape(_TAG.sub(" ", plain)).lower()) if w}
    seen: dict[str, None] = {}
    for w in separator.split(folded(plain)):
        if w and w not in present:
            seen.setdefault(w)
    return " ".join(seen)


def _finish(data: dict[str, Any], docs: list[dict[str, Any]], *, titles_only: bool = False) -> dict[str, Any]:
    separator = re.compile(data.get("config", {}).get("separator") or r"[\s\-]+")
    for doc in docs:
        doc["title"] = unicodedata.normalize("NFC", doc.get("title", ""))
        doc["text"] = unicodedata.normalize("NFC", doc.get("text", ""))
        plain = doc["title"] if titles_only else f"{doc['title']} {doc['text']}"
        words = new_words(plain, separator)
        if words:
            doc["folded"] = words
    config = dict(data.get("config", {}))
    fields = dict(config.get("fields", {}))
    fields.setdefault("folded", {"boost": 1.0})
    config["fields"] = fields
    return {"config": config, "docs": docs}


def _write(path: Path, data: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


def fold_site(site_dir: Path, languages: tuple[str, ...] = ("en",)) -> dict[str, int]:
    """Split the built site's index by language and fold it; returns the entries per language.

    ``languages`` are the alternate languages, each built under its own folder (``en/``).
    """
    index = site_dir / INDEX
    if not index.exists():
        return {}
    data = json.loads(index.read_text(encoding="utf-8"))
    docs = data.get("docs", [])
    counts: dict[str, int] = {}
    rest = docs
    for lang in languages:
        prefix = f"{lang}/"
        mine = [dict(d, location=d.get("location", "")[len(prefix) :]) for d in rest if d.get("location", "").startswith(prefix)]
        rest = [d for d in rest if not d.get("location", "").startswith(prefix)]
        _write(site_dir / lang / INDEX, _finish(data, mine, titles_only=True))
        counts[lang] = len(mine)
    _write(index, _finish(data, rest))
    return {"vi": len(rest), **counts}

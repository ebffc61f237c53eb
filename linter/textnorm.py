"""Text normalisation shared by rules and the site: NFC, case and diacritic folding."""

from __future__ import annotations

import re
import unicodedata

_SPACE = re.compile(r"\s+")
_PUNCT = re.compile(r"[\s.,;:()\"“”'‘’\-–—/&]+")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def fold(text: str) -> str:
    """Lower-case ASCII-ish form: diacritics removed, đ → d (``Đắk Lắk`` → ``dak lak``)."""
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Mn")
    return _SPACE.sub(" ", text).strip().casefold()


def key(text: str) -> str:
    """Comparison key for names as printed: NFC, case-folded, punctuation and spacing ignored.

    Diacritics are kept: "Sở Tư pháp" and "So Tu phap" are different spellings.
    """
    return _PUNCT.sub(" ", nfc(text).casefold()).strip()


def slugify(text: str) -> str:
    """ASCII slug: ``4655/QĐ-UBND`` → ``4655-qd-ubnd``."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")

"""Text normalisation shared by rules and the site: NFC, case and diacritic folding."""

from __future__ import annotations

import re
import unicodedata

_SPACE = re.compile(r"\s+")
_PUNCT = re.compile(r"[\s.,;:()\"“”'‘’\-–—/&]+")


#: Characters that must never reach a terminal, a page or a report as they are: C0 controls but tab,
#: line feed and carriage return; DEL and the C1 controls; line and paragraph separators; the bidi
#: embedding, override and isolate controls ("Trojan source"); noncharacters; lone surrogates.
CONTROL = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff\ufffe\uffff\ud800-\udfff]"
)
_LINE_BREAKS = re.compile("[\r\n]")


def _escape_char(m: re.Match[str]) -> str:
    code = ord(m.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(text: str, *, newlines: bool = True) -> str:
    """``text`` with every control character written as an escape (``\\x1b``, ``\\u202e``), so it shows
    as what it is and acts as nothing. ``newlines=False`` escapes line breaks too (one-line contexts:
    a file name in a report line)."""
    out = CONTROL.sub(_escape_char, text)
    return out if newlines else _LINE_BREAKS.sub(_escape_char, out)


# Tone marks (not the vowel-quality marks circumflex, breve, horn), in NFD.
_TONES = "\u0300\u0301\u0303\u0309\u0323"
# An open syllable ending in oa, oe or uy (not qu-y) with its tone on the second vowel:
# the "new" placement (hoà, khoẻ, thuỷ, UỶ), moved to the traditional one (hòa, khỏe, thủy, ỦY).
_NEW_TONE = re.compile(f"(?<![qQ])([oO](?=[aAeE])|[uU](?=[yY]))([aAeEyY])([{_TONES}])(?![\\w\u0302\u0306\u031b])")


def canonical(text: str) -> str:
    """The one form Vietnamese text is compared in: NFC, tone marks in one placement.

    Old and new tone placement spell the same word (``hoá``/``hóa``, ``UỶ``/``ỦY``,
    ``thuỷ``/``thủy``); NFC and NFD forms are the same text. Every comparison of
    printed names and texts goes through here (directly or via :func:`key`).
    """
    decomposed = unicodedata.normalize("NFD", text)
    if any(t in decomposed for t in _TONES):
        decomposed = _NEW_TONE.sub(lambda m: m.group(1) + m.group(3) + m.group(2), decomposed)
    return unicodedata.normalize("NFC", decomposed)


def fold(text: str) -> str:
    """Lower-case ASCII-ish form: diacritics removed, đ → d (``Đắk Lắk`` → ``dak lak``)."""
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Mn")
    return _SPACE.sub(" ", text).strip().casefold()


def key(text: str) -> str:
    """Comparison key for names as printed: NFC, case-folded, punctuation and spacing ignored.

    Diacritics are kept: "Sở Tư pháp" and "So Tu phap" are different spellings.
    """
    return _PUNCT.sub(" ", canonical(text).casefold()).strip()


def slugify(text: str) -> str:
    """ASCII slug: ``4655/QĐ-UBND`` → ``4655-qd-ubnd``."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")


def plan_slug(province: str, number: str, date: str) -> str:
    """A plan's slug: ``<province>-<number-slug>-<year of issue>``, the province being a slug already.

    4655/QĐ-UBND of 2021-12-06 in ba-ria-vung-tau → ``ba-ria-vung-tau-4655-qd-ubnd-2021``."""
    return f"{province}-{slugify(number)}-{date[:4]}"


def doc_number(number: str) -> str:
    """The normal form of a document number, for comparison: ``468/QĐ- TTg`` → ``468/qđ-ttg``.

    Spacing and case are ignored, a leading ``Số``/``số:`` is dropped; the
    printed string is always kept beside it in the data.
    """
    text = re.sub(r"^\s*số\s*:?\s*", "", canonical(number).casefold())
    return re.sub(r"\s+", "", text)

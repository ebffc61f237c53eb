"""Printed numbering of sections and table rows: ``I.``, ``2.``, ``1.3.``, ``a)``, ``đ)``.

Vietnamese documents number with Roman numerals, Arabic numerals (possibly
dotted paths such as ``2.2.6``) and letters in Vietnamese alphabetical order
(``a b c d đ e g h i k l m n o p q r s t u v x y``); many drafters use the Latin
order instead (``d e f``), so both successors are accepted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

VI_LETTERS = ["a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y"]
LATIN_LETTERS = list("abcdefghijklmnopqrstuvwxyz")
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_ROMAN_RE = re.compile(r"^(?=[IVXLC]+$)C{0,3}(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")


@dataclass(frozen=True)
class Numbering:
    """A parsed number: its style (``roman``, ``arabic``, ``letter``), its value and the printed label."""

    style: str
    value: int | str
    label: str


def _roman(text: str) -> int | None:
    if not text or not _ROMAN_RE.match(text):
        return None
    total, prev = 0, 0
    for ch in reversed(text):
        v = _ROMAN[ch]
        total = total - v if v < prev else total + v
        prev = max(prev, v)
    return total


def parse(number: str) -> Numbering | None:
    """Parse a printed number; ``None`` for bullets (``-``, ``+``) and anything unreadable."""
    label = number.strip().rstrip(".):").strip()
    if not label:
        return None
    last = label.split(".")[-1].strip() if re.fullmatch(r"\d+(\.\d+)*", label) else label
    if last.isdigit():
        return Numbering("arabic", int(last), label)
    roman = _roman(last.upper()) if last.isupper() else None
    if roman is not None:
        return Numbering("roman", roman, label)
    if len(last) == 1 and last.lower() in [*LATIN_LETTERS, "đ"]:
        return Numbering("letter", last.lower(), label)
    if last.lower() == "dd":  # đ written without the letter
        return Numbering("letter", "đ", label)
    return None


def successors(n: Numbering) -> set[int | str]:
    """The values that may follow ``n`` without a gap."""
    if n.style == "letter":
        out: set[int | str] = set()
        v = str(n.value)
        if v in VI_LETTERS and VI_LETTERS.index(v) + 1 < len(VI_LETTERS):
            out.add(VI_LETTERS[VI_LETTERS.index(v) + 1])
        if v in LATIN_LETTERS and LATIN_LETTERS.index(v) + 1 < len(LATIN_LETTERS):
            out.add(LATIN_LETTERS[LATIN_LETTERS.index(v) + 1])
        if v == "đ":
            out.add("e")
        return out
    return {int(n.value) + 1}


def first_values(style: str) -> set[int | str]:
    return {"a"} if style == "letter" else {1}


def expected_after(n: Numbering) -> str:
    """Printable form of the value expected after ``n`` (Vietnamese order for letters)."""
    if n.style == "letter":
        v = str(n.value)
        return VI_LETTERS[VI_LETTERS.index(v) + 1] if v in VI_LETTERS[:-1] else "?"
    if n.style == "roman":
        return to_roman(int(n.value) + 1)
    return str(int(n.value) + 1)


def to_roman(value: int) -> str:
    out = ""
    for sym, v in (("C", 100), ("XC", 90), ("L", 50), ("XL", 40), ("X", 10), ("IX", 9), ("V", 5), ("IV", 4), ("I", 1)):
        while value >= v:
            out += sym
            value -= v
    return out


def later(a: Numbering, b: Numbering) -> bool:
    """True when ``b`` comes after ``a`` beyond the next value (a gap)."""
    if a.style != b.style:
        return False
    if a.style == "letter":
        order = VI_LETTERS if str(b.value) in VI_LETTERS and str(a.value) in VI_LETTERS else LATIN_LETTERS
        if str(a.value) not in order or str(b.value) not in order:
            return False
        return order.index(str(b.value)) > order.index(str(a.value)) and b.value not in successors(a)
    return int(b.value) > int(a.value) + 1

"""The quoting policy: which plain values are double-quoted.

A plain value stays plain unless YAML (1.1 or 1.2) could read it as something other
than text (``2021-12-06``, ``yes``, ``on``, ``1.``, ``~``), it looks like printed
numbering (``I``, ``II.1``, ``a)``, ``-``), or it cannot be written plain in its place."""

from __future__ import annotations

import re

from .emit import plain_allowed, resolves_as_text

#: Plain scalars YAML 1.1 reads as booleans or special values that the resolvers do not report.
_YAML11_EXTRA = re.compile(r"^(?:y|Y|n|N|=|<<)$")
_ROMAN_NUMERAL = r"(?=[IVXLCDM])M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})"
_NUMBERING = re.compile(
    r"^(?:PL\.?)?"  # annex prefix (PL.I)
    rf"(?:{_ROMAN_NUMERAL}|[0-9]+|[a-zđ])"  # I / 12 / a
    rf"(?:[.)](?:{_ROMAN_NUMERAL}|[0-9]+|[a-zđ]))*"  # .1 / .a
    r"[.)]?$"
)
_BULLET = re.compile(r"^[-+*•–]$")


def _resolves_to_non_string(text: str) -> bool:
    return not resolves_as_text(text) or bool(_YAML11_EXTRA.match(text))


def _looks_like_numbering(text: str) -> bool:
    if _BULLET.match(text):
        return True
    if not _NUMBERING.match(text):
        return False
    # A bare lower-case letter ("a", "c1") is an ordinary word or id, not numbering.
    return not (len(text) == 1 and text.islower()) and not re.match(r"^[a-zđ]$", text)


def needs_quotes(text: str, in_flow: bool) -> bool:
    """Whether a plain string must be double-quoted to stay text and stay readable."""
    if text == "" or text != text.strip():
        return True
    if _resolves_to_non_string(text) or _looks_like_numbering(text):
        return True
    return not plain_allowed(text, in_flow)

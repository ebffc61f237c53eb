"""How the site writes numbers, dates, periods and sums of money, per language.

Vietnamese pages write ``1.234,5`` and ``24/12/2020``; English pages write
``1,234.5`` and ``24 December 2020``. Every figure a reader sees goes through
one of these functions, so the two languages never mix conventions.
"""

from __future__ import annotations

import datetime as _dt

_MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

#: Multipliers of the budget units the schema knows, to đồng.
MONEY_UNITS: dict[str, int] = {"dong": 1, "nghin-dong": 1_000, "trieu-dong": 1_000_000, "ty-dong": 1_000_000_000}


def number(value: float | int | None, lang: str, *, decimals: int | None = None) -> str:
    """``value`` with the language's separators; integers without a decimal part."""
    if value is None:
        return ""
    v = float(value)
    if decimals is None:
        text = f"{int(v):,}" if v.is_integer() else f"{v:,.6f}".rstrip("0").rstrip(".")
    else:
        text = f"{v:,.{decimals}f}"
    if lang == "en":
        return text
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".")


def date(iso: str | None, lang: str) -> str:
    """An ISO date (``2020-12-24``) as a reader writes it: ``24/12/2020``, ``24 December 2020``."""
    if not iso:
        return ""
    try:
        d = _dt.date.fromisoformat(str(iso))
    except ValueError:
        return str(iso)
    if lang == "en":
        return f"{d.day} {_MONTHS_EN[d.month - 1]} {d.year}"
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def period(start: int | None, end: int | None, lang: str) -> str:
    """A plan period: ``2021–2025``; a single year is ``Năm 2021`` / ``2021``."""
    if start is None and end is None:
        return ""
    if start == end or end is None or start is None:
        year = start if start is not None else end
        return f"Năm {year}" if lang == "vi" else str(year)
    return f"{start}–{end}"


def money(amount: float | None, unit: str | None, lang: str) -> tuple[str, float | None]:
    """A budget in đồng, written for a reader, and its value in đồng for sorting.

    ``20000`` in ``nghin-dong`` is ``20 triệu đồng`` / ``VND 20 million``.
    """
    if amount is None or unit not in MONEY_UNITS:
        return "", None
    dong = float(amount) * MONEY_UNITS[unit]
    for size, vi, en in ((1e9, "tỷ", "billion"), (1e6, "triệu", "million")):
        if dong >= size:
            shown = number(round(dong / size, 3), lang)
            return (f"{shown} {vi} đồng" if lang == "vi" else f"VND {shown} {en}"), dong
    shown = number(dong, lang)
    return (f"{shown} đồng" if lang == "vi" else f"VND {shown}"), dong

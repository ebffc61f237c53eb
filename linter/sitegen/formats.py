"""How the site writes numbers, dates, periods and sums of money, per language.

Vietnamese pages write ``1.234,5`` and ``24/12/2020``; English pages write
``1,234.5`` and ``24 December 2020``. Every figure a reader sees goes through
one of these functions, so the two languages never mix conventions.
"""

from __future__ import annotations

import datetime as _dt

from ..model import Deadline, ReportedResult, Target
from ..periods import period_text
from .words import COMPARATORS, EVERY, HALVES, LEVELS, MONEY_SIZES, MONTHS_EN, UNITS, label, pick, t

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
        return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def period(start: int | None, end: int | None, lang: str) -> str:
    """A plan period: ``2021–2025``; a single year is ``Năm 2021`` / ``2021``."""
    return period_text(start, end, lang)


def money(amount: float | None, unit: str | None, lang: str) -> tuple[str, float | None]:
    """A budget in đồng, written for a reader, and its value in đồng for sorting.

    ``20000`` in ``nghin-dong`` is ``20 triệu đồng`` / ``VND 20 million``.
    """
    if amount is None or unit not in MONEY_UNITS:
        return "", None
    dong = float(amount) * MONEY_UNITS[unit]
    for size, words in MONEY_SIZES:
        if dong >= size:
            shown = number(round(dong / size, 3), lang)
            return t("money_size", lang).format(amount=shown, size=pick(words, lang)), dong
    return t("money", lang).format(amount=number(dong, lang)), dong


_ROMAN = ("", "I", "II", "III", "IV")


def deadline(d: Deadline | None, lang: str) -> str:
    """A deadline read from its typed fields, in ``lang``; the printed string when the fields say nothing more."""
    if d is None:
        return ""
    q = d.quarter
    if d.kind == "date" and d.date:
        return date(d.date, lang)
    if d.kind == "month" and d.year and d.month:
        return t("when_month", lang).format(month=pick((str(d.month), MONTHS_EN[d.month - 1]), lang), year=d.year)
    if d.kind == "quarter" and d.year and q:
        return t("when_quarter", lang).format(quarter=pick((_ROMAN[q], str(q)), lang), year=d.year)
    if d.kind == "quarter-span" and d.year and q and d.quarter_end:
        end = d.quarter_end
        return t("when_quarters", lang).format(
            quarter=pick((_ROMAN[q], str(q)), lang), quarter_end=pick((_ROMAN[end], str(end)), lang), year=d.year
        )
    if d.kind == "half-year" and d.year and d.half:
        return t("when_half", lang).format(half=pick(HALVES[1 if d.half == 1 else 2], lang), year=d.year)
    if d.kind == "year" and d.year:
        return period_text(d.year, d.year, lang)
    if d.kind == "year-span" and d.start_year and d.end_year:
        return f"{d.start_year}–{d.end_year}"
    if d.kind == "recurring":
        pair = EVERY.get(d.every or "")
        if pair:
            return pick(pair, lang)
    if d.kind == "continuous":
        return t("when_continuous", lang)
    if d.kind == "external":
        return t("when_external", lang)
    return pick((d.printed, ""), lang)


def deadline_sort_key(d: Deadline | None) -> str:
    """A sortable key: the last day the deadline allows (ISO), undated deadlines last."""
    latest = d.latest_date() if d is not None else None
    return latest or "9999-12-31"


def target_value(target: Target, lang: str) -> str:
    """A target as read: ``tối thiểu 87,5%``, ``among the top 10 leading provinces``."""
    comp = label(COMPARATORS, target.comparator, lang)
    value = number(target.value, lang)
    if target.value_max is not None:
        value += "–" + number(target.value_max, lang)
    if target.unit == "percent":
        return f"{comp} {value}%"
    return " ".join(x for x in (comp, value, label(UNITS, target.unit, lang)) if x)


def result_value(result: ReportedResult, lang: str) -> str:
    """A reported result as read: ``38/63``, ``72,5 điểm``, ``85%``."""
    value = number(result.value, lang)
    if result.unit == "rank":
        return f"{value}/{number(result.out_of, lang)}" if result.out_of else value
    if result.unit == "percent":
        return f"{value}%"
    return " ".join(x for x in (value, label(UNITS, result.unit, lang)) if x)


def when(target: Target) -> str:
    """The year or period a target is due (written the same in both languages)."""
    if target.year is not None:
        return str(target.year)
    if target.period:
        return f"{target.period[0]}–{target.period[1]}"
    return ""


def scope(target: Target, lang: str) -> str:
    """Where a target applies: its level and, when printed, its sector."""
    return label(LEVELS, target.scope.level, lang) + (f" · {target.scope.sector}" if target.scope.sector else "")

"""How a plan period is written: ``2021–2025``, and a single year as a year (``Năm 2021`` / ``2021``).

The one home of this wording: messages of the linter and pages of the site both use it.
"""

from __future__ import annotations

from .catalogue import ui


def period_text(start: int | None, end: int | None, lang: str) -> str:
    """A period in ``lang``; ``""`` when neither end is known."""
    if start is None and end is None:
        return ""
    if start == end or end is None or start is None:
        year = start if start is not None else end
        return ui("year_alone", lang).format(year=year)
    return f"{start}–{end}"


def period_words(start: int | None, end: int | None) -> tuple[str, str]:
    """The period in both languages, as a message parameter (Vietnamese, English)."""
    return (period_text(start, end, "vi"), period_text(start, end, "en"))

"""Time in the registries: what was in force on a day, and what took its place.

Agencies and provinces carry ``valid_from`` and ``valid_until`` (ISO dates, both days included)
and successors. An agency also ends with its province: the agencies of a province that was merged
into another end the day the province does. The most provinces in force on any day of a year bound the
rank targets due in that year (CC305). Dates are ISO text, so they compare as strings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .catalogue import UI
from .model import Agency, Corpus, FactSource, Province, Text

#: The kind of unit a province's registered name begins (Vietnamese) or ends (English) with.
_UNIT_KIND_VI = re.compile(r"^(Tỉnh|Thành phố)\s+")
_UNIT_KIND_EN = re.compile(r"\s+(Province|City)$")

#: The scope of documents issued by central bodies (ministries, the Government).
CENTRAL = "trung-uong"


def in_force(valid_from: str | None, valid_until: str | None, day: str) -> bool:
    """Whether a span of days (open at either end when a date is missing) includes ``day``."""
    return (valid_from is None or valid_from <= day) and (valid_until is None or day <= valid_until)


def provinces_in_force(corpus: Corpus, day: str) -> int | None:
    """How many provinces the registry has in force on ``day``; None when it lists none."""
    if not corpus.provinces:
        return None
    return sum(1 for p in corpus.provinces.values() if in_force(p.valid_from, p.valid_until, day))


def most_provinces_in(corpus: Corpus, year: int) -> int | None:
    """The most provinces in force on any day of ``year`` (63 in 2025, the year of the arrangement:
    a rank for that year is not wrong for being set before it); None when the registry lists none."""
    first, last = f"{year:04d}-01-01", f"{year:04d}-12-31"
    days = {first, last}
    for p in corpus.provinces.values():
        if p.valid_from and first <= p.valid_from <= last:
            days.add(p.valid_from)
        if p.valid_until and first <= p.valid_until <= last:
            days.add(p.valid_until)
    counts = [provinces_in_force(corpus, day) for day in days]
    return max((c for c in counts if c is not None), default=None)


@dataclass(frozen=True)
class Ending:
    """When and why an agency ends, and who takes over."""

    #: The last day the agency exists.
    until: str
    #: ``agency`` (its own end date) or ``province`` (its province ended).
    why: str
    #: Successor agencies, when the registry names them.
    successors: tuple[str, ...]
    #: The province that took over, when the agency ended with its province.
    province_successor: Province | None
    source: FactSource | None


def ending(corpus: Corpus, agency: Agency) -> Ending | None:
    """The earliest end of ``agency``: its own ``valid_until`` or its province's; None when it goes on."""
    ends: list[Ending] = []
    if agency.valid_until:
        ends.append(Ending(agency.valid_until, "agency", agency.successors, None, agency.sources.of("valid_until")))
    province = corpus.provinces.get(agency.province)
    if province is not None and province.valid_until:
        successor = corpus.provinces.get(province.successor or "")
        ends.append(Ending(province.valid_until, "province", agency.successors, successor, province.sources.of("valid_until")))
    return min(ends, key=lambda e: e.until) if ends else None


def successor_names(corpus: Corpus, end: Ending, lang: str) -> str:
    """The successors of an ended agency in words: its successor agencies, else its province's successor."""
    names = [corpus.agencies[s].name.get(lang) if s in corpus.agencies else s for s in end.successors]
    if not names and end.province_successor is not None:
        names = [end.province_successor.name.get(lang)]
    return ", ".join(names)


def province_text(corpus: Corpus, slug: str, *, short: bool = True) -> Text:
    """The name of a province (or of the central level) in both languages, from the registry.

    The provinces' names live in the agency registry (``provinces``): “Tỉnh Hà Tĩnh”, “Hà Tĩnh
    Province”; the short name, by default, leaves out the kind of unit (“Hà Tĩnh”). The central
    level is a scope, not a unit, and its name is a word of the catalogue. An unknown slug is shown
    as it is."""
    province = corpus.provinces.get(slug)
    if province is not None:
        name = province.name
        if not short:
            return name
        return Text(_UNIT_KIND_VI.sub("", name.vi), _UNIT_KIND_EN.sub("", name.en), name.paraphrase)
    if slug == CENTRAL:
        vi, en = UI["scope_central"]
        return Text(vi, en)
    return Text(slug, slug)

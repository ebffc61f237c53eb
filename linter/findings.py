"""Findings: what a rule reports, before any text is rendered.

A finding is structured data (a rule code, a location and parameters); the
words a reader sees are rendered later from :mod:`linter.catalogue`, in the
language the reader asked for.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

SEVERITIES = ("error", "warning", "info")
SEVERITY_RANK = {"error": 3, "warning": 2, "info": 1}


@dataclass(frozen=True)
class Location:
    """A place in a file: display path, 1-based line and column, JSON Pointer."""

    path: str
    line: int = 1
    column: int = 1
    pointer: str = ""


@dataclass(frozen=True)
class Finding:
    """One problem found by one rule at one location."""

    rule: str
    location: Location
    params: Mapping[str, Any] = field(default_factory=dict)
    related: tuple[Location, ...] = ()
    #: A severity the rule chose for this finding (e.g. info while a transcription is a draft);
    #: None means the rule's default. A severity set in the configuration wins over both.
    severity: str | None = None


@dataclass(frozen=True)
class Acknowledgement:
    """An acknowledgement written in the data: a rule code and a reason on a node."""

    rule: str
    reason_vi: str
    reason_en: str
    expires: str | None
    location: Location
    #: JSON Pointer of the node that carries the acknowledgement.
    scope: str
    #: The quoted source text it covers (findings about the source: CC602, CC604).
    quote: str | None = None


@dataclass
class Result:
    """A finding with its resolved severity and acknowledgement, ready to report."""

    finding: Finding
    severity: str
    acknowledgement: Acknowledgement | None = None

    @property
    def acknowledged(self) -> bool:
        return self.acknowledgement is not None

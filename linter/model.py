"""The typed model of the corpus: plans, registries and their parts.

Built once from validated data by :mod:`linter.build`; rules, reporters and
the site generator all read these objects. Every object that a finding can
point at keeps the JSON Pointer of its node (``pointer``) so a finding names
the exact line and column of the offending value.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from .loader import LoadedFile


@dataclass(frozen=True)
class Text:
    """Bilingual text: the original Vietnamese and its English translation."""

    vi: str
    en: str
    #: True when ``vi`` is the editor's wording, not the printed text (exempt from the source check).
    paraphrase: bool = False

    def get(self, lang: str) -> str:
        return self.en if lang == "en" and self.en else self.vi


@dataclass(frozen=True)
class Uncertain:
    raw: str
    reading: str
    note: Text | None = None


@dataclass(frozen=True)
class AckSpec:
    """An acknowledgement as written in the data."""

    rule: str
    reason: Text
    expires: str | None
    pointer: str
    #: For findings about the source text: the quoted words the acknowledgement covers.
    quote: str | None = None


@dataclass(frozen=True)
class Mention:
    """An agency as a document names it."""

    agency: str
    printed: str
    assigned_in: str | None
    pointer: str


@dataclass(frozen=True)
class Deadline:
    kind: str
    printed: str
    pointer: str
    date: str | None = None
    year: int | None = None
    month: int | None = None
    quarter: int | None = None
    quarter_end: int | None = None
    half: int | None = None
    start_year: int | None = None
    end_year: int | None = None
    every: str | None = None
    periods: tuple[str, ...] = ()
    authority: Text | None = None

    def year_span(self) -> tuple[int, int] | None:
        """First and last calendar year the deadline can fall in, when typed."""
        if self.kind == "date" and self.date:
            y = int(self.date[:4])
            return (y, y)
        if self.kind in ("month", "quarter", "quarter-span", "half-year", "year") and self.year:
            return (self.year, self.year)
        if self.kind == "year-span" and self.start_year and self.end_year:
            return (self.start_year, self.end_year)
        return None

    def latest_date(self) -> str | None:
        """The last day the deadline allows, as ISO text, when it is typed."""
        if self.kind == "date":
            return self.date
        if self.kind == "month" and self.year and self.month:
            import calendar

            return f"{self.year:04d}-{self.month:02d}-{calendar.monthrange(self.year, self.month)[1]:02d}"
        q = self.quarter_end or self.quarter
        if self.kind in ("quarter", "quarter-span") and self.year and q:
            end_month = q * 3
            import calendar

            return f"{self.year:04d}-{end_month:02d}-{calendar.monthrange(self.year, end_month)[1]:02d}"
        if self.kind == "half-year" and self.year and self.half:
            return f"{self.year:04d}-{'06-30' if self.half == 1 else '12-31'}"
        if self.kind == "year" and self.year:
            return f"{self.year:04d}-12-31"
        if self.kind == "year-span" and self.end_year:
            return f"{self.end_year:04d}-12-31"
        return None


@dataclass(frozen=True)
class Budget:
    printed: str
    pointer: str
    amount: float | None = None
    unit: str | None = None


@dataclass(frozen=True)
class Scope:
    level: str
    sector: str | None = None
    detail: Text | None = None

    def key(self) -> tuple[str, str]:
        return (self.level, (self.sector or "").strip().lower())


@dataclass(frozen=True)
class Target:
    id: str
    indicator: str
    comparator: str
    value: float
    unit: str
    scope: Scope
    printed: Text
    pointer: str
    value_max: float | None = None
    year: int | None = None
    period: tuple[int, int] | None = None
    section: str | None = None
    acks: tuple[AckSpec, ...] = ()

    def due_year(self) -> int | None:
        """The year a target is due: its year, or the end of its period."""
        if self.year is not None:
            return self.year
        return self.period[1] if self.period else None


@dataclass(frozen=True)
class ReportedResult:
    """A result for a past year that the document reports (not a target)."""

    id: str
    indicator: str
    year: int
    value: float
    unit: str
    printed: Text
    pointer: str
    out_of: int | None = None
    scope: Scope | None = None
    section: str | None = None
    acks: tuple[AckSpec, ...] = ()


@dataclass(frozen=True)
class Task:
    id: str
    number: str
    section: str
    source: str
    text: Text
    lead: tuple[Mention, ...]
    cooperating: tuple[Mention, ...]
    pointer: str
    area: str | None = None
    deadline: Deadline | None = None
    budget: Budget | None = None
    notes: Text | None = None
    acks: tuple[AckSpec, ...] = ()


@dataclass(frozen=True)
class Citation:
    id: str
    document: str
    role: str
    printed: str
    pointer: str
    plan: str | None = None
    section: str | None = None
    number: str | None = None
    type: str | None = None
    issuer_printed: str | None = None
    date: str | None = None
    year: int | None = None
    acks: tuple[AckSpec, ...] = ()


@dataclass(frozen=True)
class SelfReference:
    where: str
    printed: str
    text: Text
    pointer: str
    section: str | None = None
    number: str | None = None
    date: str | None = None
    issuer_printed: str | None = None
    acks: tuple[AckSpec, ...] = ()


@dataclass(frozen=True)
class AnnexRef:
    """A section's reference to an annex: the annex's id, and its name as the section prints it."""

    annex: str
    printed: str | None = None


@dataclass(frozen=True)
class Section:
    id: str
    number: str
    pointer: str
    heading: Text | None = None
    area: str | None = None
    paragraphs: tuple[Text, ...] = ()
    sections: tuple[Section, ...] = ()
    refers_to_annex: AnnexRef | None = None
    acks: tuple[AckSpec, ...] = ()

    def walk(self) -> Iterator[Section]:
        yield self
        for child in self.sections:
            yield from child.walk()


@dataclass(frozen=True)
class Annex:
    id: str
    title: Text
    present: bool
    pointer: str
    attached_line: SelfReference | None = None
    unit_printed: str | None = None
    acks: tuple[AckSpec, ...] = ()


@dataclass(frozen=True)
class Assignment:
    id: str
    section: str
    #: Every party the assignment names, as printed (usually one).
    leads: tuple[Mention, ...]
    text: Text
    areas: tuple[str, ...]
    pointer: str

    @property
    def lead(self) -> Mention:
        return self.leads[0]


@dataclass(frozen=True)
class Signer:
    name: str
    mode: str
    position: Text | None = None
    capacity_printed: str | None = None


@dataclass(frozen=True)
class Header:
    number: str
    type: str
    issuer_printed: str
    date: str
    title: Text
    header_present: bool
    pointer: str
    place: str | None = None
    date_printed: str | None = None
    signer: Signer | None = None
    recipients: tuple[Text, ...] = ()
    acks: tuple[AckSpec, ...] = ()


@dataclass(frozen=True)
class Article:
    number: str
    text: Text
    heading: Text | None = None


#: Transcription statuses, from least to most checked (as Wikisource marks pages).
STATUSES = ("draft", "complete", "reviewed")


@dataclass(frozen=True)
class Transcription:
    """Where the plan's text comes from and how far its transcription has got."""

    source: str
    source_kind: str
    status: str
    pointer: str
    origin: Text | None = None
    acks: tuple[AckSpec, ...] = ()

    @property
    def ocr(self) -> bool:
        return self.source_kind == "ocr"


@dataclass
class Plan:
    """One plan file of the corpus."""

    slug: str
    province: str
    issuer: Mention
    period: tuple[int, int]
    header: Header
    plan_type: str
    title: Text
    source: LoadedFile
    parent: str | None = None
    articles: tuple[Article, ...] = ()
    self_references: tuple[SelfReference, ...] = ()
    citations: tuple[Citation, ...] = ()
    sections: tuple[Section, ...] = ()
    objectives: tuple[tuple[str, str | None, Text], ...] = ()
    targets: tuple[Target, ...] = ()
    results: tuple[ReportedResult, ...] = ()
    assignments: tuple[Assignment, ...] = ()
    tasks: tuple[Task, ...] = ()
    annexes: tuple[Annex, ...] = ()
    notes: tuple[Text, ...] = ()
    uncertain: tuple[tuple[str, Uncertain], ...] = ()
    transcription: Transcription | None = None
    acks: tuple[AckSpec, ...] = ()
    #: The validated plain data, for downloads and export.
    data: Any = None

    @property
    def path(self) -> str:
        return self.source.path

    def all_sections(self) -> Iterator[Section]:
        for s in self.sections:
            yield from s.walk()

    def all_acks(self) -> Iterator[AckSpec]:
        yield from self.acks
        yield from self.header.acks
        if self.transcription is not None:
            yield from self.transcription.acks
        for group in (self.self_references, self.citations, self.targets, self.results, self.tasks, self.annexes):
            for item in group:
                yield from item.acks
        for s in self.all_sections():
            yield from s.acks
        for a in self.annexes:
            if a.attached_line:
                yield from a.attached_line.acks


@dataclass(frozen=True)
class FactSource:
    """Where a registry fact comes from: ``self`` (the document itself), ``gazette`` (the official
    gazette), ``citation`` (only a citation, in ``plan`` as ``citation``) or ``editor`` (not checked)."""

    kind: str
    document: str | None = None
    plan: str | None = None
    citation: str | None = None
    note: Text | None = None

    @property
    def authoritative(self) -> bool:
        """True when the fact was read from the document or the gazette, not taken from citations."""
        return self.kind in ("self", "gazette")


@dataclass(frozen=True)
class Sourced:
    """The sources of a registry entry: one for the entry, and one per field where it differs."""

    entry: FactSource | None = None
    fields: tuple[tuple[str, FactSource], ...] = ()

    def of(self, field_name: str) -> FactSource | None:
        """The source of one field: its own, else the entry's; None when the registry does not say."""
        return dict(self.fields).get(field_name, self.entry)


@dataclass(frozen=True)
class Agency:
    id: str
    name: Text
    level: str
    kind: str
    scope: str
    pointer: str
    path: str
    short: str | None = None
    parent: str | None = None
    aliases: tuple[str, ...] = ()
    #: First and last day the agency exists (ISO dates), when the registry records them.
    valid_from: str | None = None
    valid_until: str | None = None
    successors: tuple[str, ...] = ()
    sources: Sourced = Sourced()

    @property
    def province(self) -> str:
        return self.id.split("/", 1)[0]


@dataclass(frozen=True)
class Province:
    """A provincial-level administrative unit over time."""

    id: str
    name: Text
    pointer: str
    path: str
    valid_from: str | None = None
    valid_until: str | None = None
    successor: str | None = None
    sources: Sourced = Sourced()


@dataclass(frozen=True)
class Indicator:
    code: str
    name: Text
    definition: Text
    unit: str
    better: str
    range: tuple[float, float]
    publisher: Text
    pointer: str
    path: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Document:
    id: str
    type: str
    issuer: str
    year: int
    #: None when no text in the corpus prints the title (``title: null`` with ``title_printed: false``).
    title: Text | None
    pointer: str
    path: str
    number: str | None = None
    date: str | None = None
    plan: str | None = None
    sources: Sourced = Sourced()


@dataclass(frozen=True)
class SourceFile:
    """A source text as read from ``sources/``: its text, or why it could not be read."""

    path: str
    text: str | None
    problem: str | None = None


@dataclass
class Corpus:
    """Everything the rules see: plans and registries, indexed by id."""

    plans: dict[str, Plan] = field(default_factory=dict)
    agencies: dict[str, Agency] = field(default_factory=dict)
    indicators: dict[str, Indicator] = field(default_factory=dict)
    documents: dict[str, Document] = field(default_factory=dict)
    #: Provincial-level units over time, by slug (from the ``provinces`` of agency registry files).
    provinces: dict[str, Province] = field(default_factory=dict)
    #: Every loaded file by display path (plans and registries).
    files: dict[str, LoadedFile] = field(default_factory=dict)
    #: Source texts named by plans, by project-relative path.
    sources: dict[str, SourceFile] = field(default_factory=dict)
    #: Registry entries seen more than once: (kind, id) -> locations.
    duplicates: list[tuple[str, str, list[tuple[str, str]]]] = field(default_factory=list)

    def children(self, slug: str) -> list[Plan]:
        return [p for p in self.plans.values() if p.parent == slug]

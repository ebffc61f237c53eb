"""Helpers for the reference rules: agency mentions, agency names, the plan behind a document,
and where a registry fact comes from.

Each is the one home of its question: CC102 and CC110 ask :func:`agency_names`, CC101 and CC108
ask :func:`plan_behind`, CC101, CC102 and CC103 ask :func:`basis`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from ..model import Agency, Corpus, Document, FactSource, Mention, Plan
from ..textnorm import key


def mentions(plan: Plan) -> Iterator[Mention]:
    """Every agency mention in a plan: issuer, leads, cooperating agencies, assignments."""
    yield plan.issuer
    yield from assigned(plan)


def assigned(plan: Plan) -> Iterator[Mention]:
    """The mentions that give an agency a duty: task leads, cooperating agencies, assignments."""
    for task in plan.tasks:
        yield from task.lead
        yield from task.cooperating
    for a in plan.assignments:
        yield from a.leads


def agency_names(agency: Agency, also: Iterable[str] = ()) -> set[str]:
    """The comparison keys of every name an agency is known by: name, short name, aliases (and
    ``also``, e.g. the issuer printed in the header of a corpus plan it issued)."""
    return {key(n) for n in (agency.name.vi, agency.short or "", *agency.aliases, *also) if n}


def plan_behind(corpus: Corpus, document_id: str) -> str | None:
    """The slug of the corpus plan that is the document ``document_id``: its registry entry's
    ``plan``, else a plan whose slug is the id; None when the document is not a corpus plan."""
    doc = corpus.documents.get(document_id)
    if doc is not None and doc.plan:
        return doc.plan
    return document_id if document_id in corpus.plans else None


#: Abbreviations that name the same body as their full form ("UBND" is "Ủy ban nhân dân").
_ABBREVIATIONS = (
    ("ubnd", "ủy ban nhân dân"),
    ("hđnd", "hội đồng nhân dân"),
    ("tp", "thành phố"),
    ("tw", "trung ương"),
)
#: A place after the body's name: "… tỉnh Bà Rịa - Vũng Tàu", "… thành phố Hồ Chí Minh".
_PLACE = re.compile(r" (?:tỉnh|thành phố)(?: .*)?$")


def _bare(name: str) -> str:
    """A name's key with abbreviations spelled out and any trailing place left off."""
    words = key(name).split(" ")
    spelt = " ".join(dict(_ABBREVIATIONS).get(w, w) for w in words)
    return _PLACE.sub("", spelt).strip()


def name_index(corpus: Corpus) -> dict[str, set[str]]:
    """Every registered name's key, with the ids of the agencies known by it."""
    index: dict[str, set[str]] = {}
    for agency in corpus.agencies.values():
        for n in agency_names(agency):
            index.setdefault(n, set()).add(agency.id)
    return index


def alias_likely(printed: str, agency: Agency, index: dict[str, set[str]]) -> bool:
    """Whether a printed name that ``agency``'s entry does not list is most likely another name of
    it: not the name of another registered agency, and either differing from one of its names only
    by abbreviation ("UBND" for "Ủy ban nhân dân") or by the place after the name, or with no alias
    registered for the agency at all. ``index`` is :func:`name_index` of the corpus."""
    if index.get(key(printed), set()) - {agency.id}:
        return False
    if not agency.aliases:
        return True
    bare = _bare(printed)
    return bool(bare) and any(bare == _bare(n) for n in (agency.name.vi, agency.short or "", *agency.aliases) if n)


@dataclass(frozen=True)
class Basis:
    """Where the registry's value of one fact comes from, for a finding's words and severity."""

    #: ``self``, ``gazette``, ``citation``, ``editor`` or ``unsourced``.
    kind: str
    #: For ``citation``: the number of the plan that holds the citation, and the citation's id.
    plan: str = ""
    citation: str = ""

    @property
    def from_citation(self) -> bool:
        """True when the registry knows the fact only from a citation: it cannot prove another
        citation wrong, only that the two disagree."""
        return self.kind == "citation"


def basis(corpus: Corpus, doc: Document, field_name: str) -> Basis:
    """The basis of a registry document's ``field_name``."""
    source: FactSource | None = doc.sources.of(field_name)
    if source is None:
        return Basis("unsourced")
    if source.kind == "citation":
        plan = corpus.plans.get(source.plan or "")
        return Basis("citation", plan.header.number if plan else (source.plan or ""), source.citation or "")
    return Basis(source.kind)


def basis_words(b: Basis) -> tuple[str, str]:
    """The registry's source of a fact, in words (Vietnamese, English), for a finding's message."""
    return {
        "self": ("theo chính văn bản", "from the document itself"),
        "gazette": ("theo công báo", "from the official gazette"),
        "citation": (f"chỉ theo trích dẫn {b.citation} trong {b.plan}", f"only from citation {b.citation} in {b.plan}"),
        "editor": ("do biên tập viên ghi, chưa đối chiếu văn bản gốc", "as an editor recorded it, not checked against the document"),
    }.get(b.kind, ("không ghi nguồn", "with no recorded source"))


def lowered(severity: str) -> str:
    """One step below ``severity``: the weight of a finding that rests on a registry fact known only
    from a citation."""
    return {"error": "warning", "warning": "info"}.get(severity, "info")

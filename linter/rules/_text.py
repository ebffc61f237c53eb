"""Every Vietnamese text block of a plan, and the printed lists the model holds, for the text rules."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..model import Plan, Section, Text
from ..textnorm import canonical


@dataclass(frozen=True)
class Block:
    """One Vietnamese string of a plan: where it is (JSON Pointer of the ``vi`` string) and its text."""

    pointer: str
    text: str
    #: heading, paragraph, objective, target, result, task, note or assignment.
    kind: str


@dataclass(frozen=True)
class Listing:
    """A sentence that introduces a list, and the items the model holds as that list."""

    intro: Block
    items: tuple[Block, ...]


def _vi(pointer: str, text: Text | None, kind: str) -> Iterator[Block]:
    if text is not None and text.vi:
        yield Block(pointer + "/vi", text.vi, kind)


def blocks(plan: Plan) -> Iterator[Block]:
    """Every Vietnamese text of the plan's body, in document order of each collection: section headings
    and paragraphs, objectives, targets and results as printed, task texts and notes, assignments."""
    for s in plan.all_sections():
        yield from _vi(s.pointer + "/heading", s.heading, "heading")
        for i, p in enumerate(s.paragraphs):
            yield from _vi(f"{s.pointer}/paragraphs/{i}", p, "paragraph")
    for i, (_id, _section, text) in enumerate(plan.objectives):
        yield from _vi(f"/objectives/{i}/text", text, "objective")
    for t in plan.targets:
        yield from _vi(t.pointer + "/printed", t.printed, "target")
    for r in plan.results:
        yield from _vi(r.pointer + "/printed", r.printed, "result")
    for task in plan.tasks:
        yield from _vi(task.pointer + "/text", task.text, "task")
        yield from _vi(task.pointer + "/notes", task.notes, "note")
    for a in plan.assignments:
        yield from _vi(a.pointer + "/text", a.text, "assignment")


#: How a list item begins: a dash, a plus, a bullet, "a)", "1.", "1)" or "i)" (the kind of marker is
#: the group's name, so that nested items of another kind are not counted with their parent list).
_MARKERS = (
    ("dash", re.compile(r"^\s*[-–—]\s*\S")),
    ("plus", re.compile(r"^\s*\+\s*\S")),
    ("bullet", re.compile(r"^\s*[•●▪◦*]\s*\S")),
    ("roman", re.compile(r"^\s*(?:i|ii|iii|iv|v|vi|vii|viii|ix|x)\)\s", re.I)),
    ("letter", re.compile(r"^\s*[a-zđ]\)\s")),
    ("number", re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})*[.)]\s")),
)

#: A sentence that announces what follows: it ends with a colon, or with "gồm", "sau đây", "như sau".
_INTRODUCES = re.compile(r"(?::|\bgồm|\bsau đây|\bnhư sau)\s*:?\s*$")


def marker(text: str) -> str | None:
    """The kind of list marker ``text`` starts with, or None."""
    for name, pattern in _MARKERS:
        if pattern.match(text):
            return name
    return None


def introduces_list(text: str) -> bool:
    """Whether ``text`` ends by announcing a list (“… gồm:”, “… sau đây:”, “… là:”)."""
    return bool(_INTRODUCES.search(canonical(text).rstrip(' \u00a0\t\n"”')))


def _items(following: list[Block]) -> tuple[Block, ...]:
    """The list items that open ``following``: consecutive blocks with the first one's marker kind; blocks
    with another marker are nested items and are skipped; the list ends at the first unmarked block."""
    if not following:
        return ()
    kind = marker(following[0].text)
    if kind is None:
        return ()
    out = []
    for b in following:
        m = marker(b.text)
        if m is None:
            break
        if m == kind:
            out.append(b)
    return tuple(out)


def _children(s: Section) -> tuple[Block, ...]:
    return tuple(
        Block(c.pointer + ("/heading/vi" if c.heading else "/number"), c.heading.vi if c.heading else c.number, "heading")
        for c in s.sections
    )


def _section_listings(s: Section) -> Iterator[Listing]:
    paras = [Block(f"{s.pointer}/paragraphs/{i}/vi", p.vi, "paragraph") for i, p in enumerate(s.paragraphs) if p.vi]
    for i, p in enumerate(paras):
        if not introduces_list(p.text):
            continue
        items = _items(paras[i + 1 :])
        if not items and i == len(paras) - 1 and s.sections:
            # The last paragraph announces the subsections: they are the list.
            items = _children(s)
        if items:
            yield Listing(p, items)
    if s.heading is not None and introduces_list(s.heading.vi):
        # A heading that announces a list: the marked paragraphs that open the section, else its subsections.
        items = _items(paras) if paras else _children(s)
        if items:
            yield Listing(Block(s.pointer + "/heading/vi", s.heading.vi, "heading"), items)


def listings(plan: Plan) -> Iterator[Listing]:
    """Every printed list the model holds: a paragraph or heading that announces a list, with the
    marked paragraphs after it (or, for the last paragraph of a section, its subsections); an objective
    that announces a list, with the marked objectives of the same section after it."""
    for s in plan.all_sections():
        yield from _section_listings(s)
    objectives = [
        (section, Block(f"/objectives/{i}/text/vi", text.vi, "objective")) for i, (_id, section, text) in enumerate(plan.objectives)
    ]
    for i, (section, b) in enumerate(objectives):
        if introduces_list(b.text):
            same = []
            for other_section, other in objectives[i + 1 :]:
                if other_section != section:
                    break
                same.append(other)
            items = _items(same)
            if items:
                yield Listing(b, items)

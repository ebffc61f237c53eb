"""Groups of numbered siblings in a plan, for the numbering rules."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ..model import Plan, Section


@dataclass(frozen=True)
class Numbered:
    number: str
    pointer: str
    where: str


@dataclass(frozen=True)
class Siblings:
    """Numbered items of one level. ``table`` rows may continue their numbering across groups."""

    parent: str
    items: list[Numbered]
    table: bool = False


def sibling_groups(plan: Plan) -> Iterator[Siblings]:
    """The numbered siblings, in printed order, of each outline level and each appendix group."""

    def walk(parent: str, sections: tuple[Section, ...]) -> Iterator[Siblings]:
        if sections:
            yield Siblings(parent, [Numbered(s.number, s.pointer + "/number", s.id) for s in sections])
        for s in sections:
            yield from walk(s.id, s.sections)

    yield from walk("văn bản/document", plan.sections)
    rows: dict[str, list[Numbered]] = {}
    for task in plan.tasks:
        if task.source == "appendix":
            rows.setdefault(task.section, []).append(Numbered(task.number, task.pointer + "/number", task.id))
    for parent, items in rows.items():
        yield Siblings(parent, items, table=True)

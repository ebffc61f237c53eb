"""Names for nodes and findings that survive edits elsewhere in a file.

A JSON Pointer names a list item by its index (``/citations/3/date``): insert a
citation at the top of a plan and the pointer of every later citation changes.
A *stable path* names a list item by its ``id`` (or, for registry indicators,
its ``code``) when it has one (``/citations/c1/date``, ``/tasks/B.II.1/deadline``)
and by its index only when it has none (the leads of a task, the lines of a list
of recipients).

The website's anchors of findings (``#f-cc202-tasks-b-ii-1-lead-1``), the
fingerprints of the SARIF report and the matching of findings across revisions
(``cchc diff``) are all built from it, so that a link to a finding, a
code-scanning alert and a reviewer's summary keep pointing at the same problem
when the file is edited elsewhere.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .findings import Finding
from .pointer import build, parts

#: Message parameters that only say where a finding is (they change when lines move).
POSITIONAL_PARAMS = frozenset({"line", "lines", "first_line", "other_where", "more"})

FindingKey = tuple[str, str, str, tuple[tuple[str, str], ...]]


def stable_segments(data: Any, pointer: str) -> list[str]:
    """The pointer's segments (unescaped), each list index replaced by the item's ``id`` when it has one."""
    out: list[str] = []
    node = data
    for seg in parts(pointer):
        if isinstance(node, list) and seg.isdigit() and int(seg) < len(node):
            item = node[int(seg)]
            ident = (item.get("id") or item.get("code")) if isinstance(item, dict) else None
            out.append(str(ident) if ident else seg)
            node = item
        elif isinstance(node, dict):
            out.append(seg)
            node = node.get(seg)
        else:
            out.append(seg)
            node = None
    return out


def stable_pointer(data: Any, pointer: str) -> str:
    """The stable path written as a JSON Pointer (RFC 6901 escaping): ``/tasks/B.II.1/deadline``."""
    return build(stable_segments(data, pointer))


def numbered(keys: Iterable[str]) -> list[str]:
    """``keys`` made unique in order: the first of equal keys keeps its name, the next get ``-2``, ``-3`` …"""
    seen: dict[str, int] = {}
    out = []
    for key in keys:
        n = seen.get(key, 0) + 1
        seen[key] = n
        out.append(key if n == 1 else f"{key}-{n}")
    return out


def finding_key(finding: Finding, data: Any) -> FindingKey:
    """What makes a finding the same finding after edits elsewhere: its rule, its file, the stable
    path of its node (``data`` is the file's loaded data) and the parameters that do not merely say where."""
    params = tuple(sorted((str(k), repr(v)) for k, v in finding.params.items() if k not in POSITIONAL_PARAMS))
    return (finding.rule, finding.location.path, stable_pointer(data, finding.location.pointer), params)

"""Every bilingual ``{vi, en}`` pair of every loaded file, with its pointer."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..loader import LoadedFile


def pairs(data: Any, pointer: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    """(pointer, mapping) of each mapping holding a Vietnamese text under ``vi``."""
    stack: list[tuple[str, Any]] = [(pointer, data)]
    while stack:
        here, node = stack.pop()
        if isinstance(node, dict):
            if isinstance(node.get("vi"), str) and set(node) <= {"vi", "en"}:
                yield here, node
                continue
            for k, v in reversed(list(node.items())):
                if isinstance(v, (dict, list)):
                    stack.append((f"{here}/{str(k).replace('~', '~0').replace('/', '~1')}", v))
        elif isinstance(node, list):
            for i in range(len(node) - 1, -1, -1):
                if isinstance(node[i], (dict, list)):
                    stack.append((f"{here}/{i}", node[i]))


def files_with_pairs(files: dict[str, LoadedFile]) -> Iterator[tuple[LoadedFile, str, dict[str, Any]]]:
    for lf in files.values():
        if lf.ok and lf.data is not None:
            for pointer, pair in pairs(lf.data):
                yield lf, pointer, pair

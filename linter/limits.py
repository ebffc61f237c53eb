"""Resource limits that keep the linter bounded on any input.

Every limit is configurable under ``[tool.cchc.limits]`` in pyproject.toml;
the defaults are far above what a real plan needs (the largest seed plan is
a few hundred kilobytes, nests about a dozen levels and uses no aliases).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any


@dataclass(frozen=True)
class Limits:
    #: Largest file read, in bytes (a plan is rarely above 1 MiB).
    max_file_bytes: int = 8 * 1024 * 1024
    #: Longest line, in characters.
    max_line_length: int = 2 * 1024 * 1024
    #: Deepest nesting of mappings and sequences.
    max_depth: int = 64
    #: Nodes that aliases may add when expanded (billion laughs stops here).
    max_alias_expansion: int = 10_000
    #: Nodes in one mapping or sequence subtree.
    max_nodes: int = 2_000_000

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> Limits:
        """Build limits from ``[tool.cchc.limits]`` (keys with dashes or underscores)."""
        known = {f.name for f in fields(cls)}
        values: dict[str, int] = {}
        for key, value in data.items():
            name = key.replace("-", "_")
            if name not in known:
                raise ValueError(f"unknown limit: {key}")
            if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
                raise ValueError(f"limit {key} must be a positive integer")
            values[name] = value
        return cls(**values)

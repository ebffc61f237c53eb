"""Key order and value types from the schema of a file kind.

The schema is read once per modification (an edited schema is read again), and its
``$ref`` are resolved with the ``referencing`` library (as jsonschema resolves them
when it validates): a :class:`SchemaView` is the set of alternative subschemas that
describe one place of the document, with ``$ref``, ``anyOf``, ``oneOf`` and ``allOf``
expanded."""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

from referencing import Registry
from referencing.jsonschema import DRAFT202012


def schema_file(kind: str) -> str:
    """File name of the schema for a file kind (plan, agencies, indicators, documents)."""
    return f"{kind}.schema.json"


class Schema:
    """One schema document and the resolver of its ``$ref``."""

    __slots__ = ("_found", "_registry", "_uri", "contents")

    def __init__(self, contents: dict[str, Any]) -> None:
        self.contents = contents
        self._found: dict[str, Any] = {}
        base = contents.get("$id")
        self._uri = base if isinstance(base, str) else ""
        self._registry: Registry[Any] | None
        try:
            self._registry = Registry().with_resource(self._uri, DRAFT202012.create_resource(contents))
        except Exception:  # a schema referencing cannot take: its $ref stay unresolved
            self._registry = None

    def lookup(self, ref: str) -> Any:
        """The subschema ``ref`` points to, or None when it points nowhere."""
        if ref not in self._found:
            found = None
            if self._registry is not None:
                try:
                    found = self._registry.resolver(base_uri=self._uri).lookup(ref).contents
                except Exception:  # Unresolvable, or a pointer through a string or a list
                    found = None
            self._found[ref] = found
        return self._found[ref]

    def view(self) -> SchemaView:
        """The whole document, as a view of its root."""
        return SchemaView(self, [self.contents])


def _load_schema(path: Path) -> Schema:
    try:
        stamp = path.stat().st_mtime_ns
    except OSError:
        return Schema({})
    return _parse_schema(str(path), stamp)


@lru_cache(maxsize=16)
def _parse_schema(path: str, stamp: int) -> Schema:
    """The schema at ``path`` as of modification time ``stamp`` (an edited schema is read again)."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Schema({})
    return Schema(data if isinstance(data, dict) else {})


class SchemaView:
    """A set of alternative subschemas (``$ref``, ``anyOf``, ``oneOf``, ``allOf`` expanded)."""

    __slots__ = ("nodes", "schema")

    def __init__(self, schema: Schema, nodes: Iterable[Any]) -> None:
        self.schema = schema
        self.nodes = self._expand(list(nodes))

    def _expand(self, todo: list[Any]) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        seen: set[int] = set()
        while todo:
            node = todo.pop(0)
            if not isinstance(node, dict) or id(node) in seen:
                continue
            seen.add(id(node))
            out.append(node)
            if isinstance(node.get("$ref"), str):
                todo.append(self.schema.lookup(node["$ref"]))
            for key in ("anyOf", "oneOf", "allOf"):
                if isinstance(node.get(key), list):
                    todo.extend(node[key])
        return out

    def order(self) -> list[str]:
        """The keys the schema knows here, in the order of its ``properties``."""
        keys: list[str] = []
        for node in self.nodes:
            props = node.get("properties")
            if isinstance(props, dict):
                keys.extend(k for k in props if k not in keys)
        return keys

    def child(self, key: str) -> SchemaView:
        """The view of the value at ``key`` (its ``properties`` entry, else ``additionalProperties``)."""
        found: list[Any] = []
        for node in self.nodes:
            props = node.get("properties")
            if isinstance(props, dict) and key in props:
                found.append(props[key])
        if not found:
            for node in self.nodes:
                extra = node.get("additionalProperties")
                if isinstance(extra, dict):
                    found.append(extra)
        return SchemaView(self.schema, found)

    def items(self) -> SchemaView:
        """The view of the items of an array here."""
        return SchemaView(self.schema, [n["items"] for n in self.nodes if isinstance(n.get("items"), dict)])

    def is_date(self) -> bool:
        """Whether the value here is a date (``format: date``), which is always quoted."""
        return any(n.get("format") == "date" for n in self.nodes)


#: The view of a file kind without a schema: no key moves, no value is a date.
NO_SCHEMA = SchemaView(Schema({}), [])


def schema_view(schema_dir: Path, kind: str) -> SchemaView:
    """The view of the whole document of kind ``kind`` under ``schema_dir``."""
    return _load_schema(schema_dir / schema_file(kind)).view()

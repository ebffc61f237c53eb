"""Normalising the round-trip tree: keys in schema order and scalars quoted by the policy,
with the data the project's own loader read as the judge of every value."""

from __future__ import annotations

from typing import Any

from .comments import reorder
from .compare import same_scalar
from .emit import (
    CommentedMap,
    CommentedSeq,
    DoubleQuotedScalarString,
    FoldedScalarString,
    LiteralScalarString,
    SingleQuotedScalarString,
)
from .quoting import needs_quotes
from .schema_order import SchemaView


def _key_text(key: Any) -> str:
    if isinstance(key, bool):
        return str(key).lower()
    if key is None:
        return "null"
    return str(key)


class Normaliser:
    """Walks the round-trip tree beside the loaded data; counts the mappings whose keys moved."""

    def __init__(self) -> None:
        self.reordered = 0

    def node(self, rt: Any, truth: Any, schema: SchemaView, in_flow: bool, top: bool = False) -> Any:
        """The normalised ``rt`` (a mapping, sequence or scalar) whose loaded value is ``truth``."""
        if isinstance(rt, CommentedMap):
            if isinstance(truth, dict):
                self.reordered += reorder(rt, schema.order(), top=top)
                flow = in_flow or bool(rt.fa.flow_style())
                # own keys only: merged values are normalised where their anchor is
                for key in [k for k, _ in rt.non_merged_items()]:
                    if key == "<<":
                        continue
                    kt = _key_text(key)
                    if kt in truth:
                        rt[key] = self.node(rt[key], truth[kt], schema.child(kt), flow)
            return rt
        if isinstance(rt, CommentedSeq):
            if isinstance(truth, list) and len(truth) == len(rt):
                flow = in_flow or bool(rt.fa.flow_style())
                items = schema.items()
                for i in range(len(rt)):
                    rt[i] = self.node(rt[i], truth[i], items, flow)
            return rt
        return self.scalar(rt, truth, schema, in_flow)

    def scalar(self, rt: Any, truth: Any, schema: SchemaView, in_flow: bool) -> Any:
        """The scalar to write for ``rt``, whose loaded value is ``truth``."""
        if isinstance(truth, str):
            if isinstance(rt, (LiteralScalarString, FoldedScalarString)):
                return rt
            if isinstance(rt, DoubleQuotedScalarString):
                return rt if str(rt) == truth else DoubleQuotedScalarString(truth)
            if isinstance(rt, SingleQuotedScalarString):
                return DoubleQuotedScalarString(truth)
            if isinstance(rt, str) and str(rt) == truth:
                if schema.is_date() or needs_quotes(truth, in_flow):
                    return DoubleQuotedScalarString(truth)
                return rt
            # ruamel typed it (a date, a timestamp …) but the project reads text: keep the text.
            return DoubleQuotedScalarString(truth)
        if same_scalar(rt, truth):
            return rt
        return truth

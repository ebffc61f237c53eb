"""ruamel.yaml, in one place: the round-trip loader and emitter the formatter uses, the
emitter's own judgement of which plain styles a text allows, and the comment and scalar
types of the round-trip tree.

Every import of ruamel.yaml's emitter, resolver, comment and scalar internals lives in
this module; the other modules of the package take what they need from here
(``tests/test_fmt_package.py`` checks it)."""

from __future__ import annotations

import io
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.emitter import Emitter
from ruamel.yaml.error import CommentMark, MarkedYAMLError
from ruamel.yaml.nodes import ScalarNode
from ruamel.yaml.resolver import VersionedResolver
from ruamel.yaml.scalarstring import (
    DoubleQuotedScalarString,
    FoldedScalarString,
    LiteralScalarString,
    SingleQuotedScalarString,
)
from ruamel.yaml.tokens import CommentToken

#: Preferred line width for text in block context.
WIDTH = 100

STR_TAG = "tag:yaml.org,2002:str"

_R11 = VersionedResolver(version=(1, 1))
_R12 = VersionedResolver(version=(1, 2))


def resolves_as_text(text: str) -> bool:
    """Whether a plain scalar ``text`` is read as a string by both YAML 1.1 and YAML 1.2."""
    for resolver in (_R11, _R12):
        try:
            tag = resolver.resolve(ScalarNode, text, (True, False))
        except Exception:
            return False
        if tag != STR_TAG:
            return False
    return True


class _Analyzer(Emitter):
    """An emitter used only for :meth:`analyze_scalar` (which plain styles a text allows)."""

    #: What the real serializer has when no ``%YAML`` version is set; ``analyze_scalar``
    #: reads it for ``?`` and ``:`` (an emitter without a dumper has no serializer).
    use_version = None

    def __init__(self) -> None:
        super().__init__(io.StringIO(), allow_unicode=True)

    @property
    def serializer(self) -> Any:
        return self


def plain_allowed(text: str, in_flow: bool) -> bool:
    """Whether the emitter would write ``text`` plain on one line, in flow or in block context."""
    analysis = _Analyzer().analyze_scalar(text)
    if analysis.multiline:
        return False
    return bool(analysis.allow_flow_plain if in_flow else analysis.allow_block_plain)


class CanonicalEmitter(Emitter):
    """Emitter that never single-quotes and keeps flow collections on their lines."""

    @property
    def best_width(self) -> int:
        return 1 << 30 if getattr(self, "flow_level", 0) else self._best_width

    @best_width.setter
    def best_width(self, value: int) -> None:
        self._best_width = value

    def choose_scalar_style(self) -> Any:
        style = super().choose_scalar_style()
        if style == "'":
            return '"'
        return style


def make_yaml() -> YAML:
    """The round-trip YAML instance that loads and dumps a file (quotes kept, Vietnamese as is)."""
    y = YAML(typ="rt")
    y.Emitter = CanonicalEmitter
    y.preserve_quotes = True
    y.indent(mapping=2, sequence=4, offset=2)
    y.width = WIDTH
    y.allow_unicode = True
    y.explicit_start = False
    return y


def comment_token(value: str, column: int) -> CommentToken:
    """A comment token of the round-trip tree: ``value`` (with its newlines) written at ``column``."""
    return CommentToken(value, CommentMark(column), None)


__all__ = [
    "STR_TAG",
    "WIDTH",
    "CanonicalEmitter",
    "CommentToken",
    "CommentedMap",
    "CommentedSeq",
    "DoubleQuotedScalarString",
    "FoldedScalarString",
    "LiteralScalarString",
    "MarkedYAMLError",
    "SingleQuotedScalarString",
    "comment_token",
    "make_yaml",
    "plain_allowed",
    "resolves_as_text",
]

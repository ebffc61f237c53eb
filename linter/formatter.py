"""``cchc fmt``: canonical formatting of plan and registry files.

The formatter edits the file with ruamel.yaml's round-trip mode, so comments,
flow-style ``{vi: …, en: …}`` pairs and block scalars stay as the editor wrote
them. What it changes:

* the first line is the ``# yaml-language-server: $schema=…`` modeline, with
  the path of the file's schema relative to the file (added or corrected);
* keys follow the order of the schema's ``properties`` (recursively, through
  ``$ref``); keys the schema does not know keep their order after the known ones;
* indentation is 2 for mappings, sequences are indented 4 with the dash at 2;
  text in block context is wrapped at :data:`WIDTH` columns, text inside a
  flow ``{…}`` or ``[…]`` stays on its line;
* quoting is stable: double quotes stay double quotes, single quotes become
  double quotes, a plain value stays plain unless YAML (1.1 or 1.2) could read
  it as something other than text (``2021-12-06``, ``yes``, ``on``, ``1.``,
  ``~``), it looks like printed numbering (``I``, ``II.1``, ``a)``, ``-``), or
  it cannot be written plain in its place — those are double-quoted;
* Vietnamese is written as is (never ``\\u`` escapes);
* a full-line comment is indented like the line it introduces, trailing
  white space goes (never inside a ``|`` or ``>`` block), the file ends with
  one newline, in UTF-8 without BOM, with LF line ends.

Only plan files (under ``plans/``) and registry files (``registry/<kind>/``)
are formatted: a folder on the command line stands for the corpus files in it.

The data never changes: the formatted text is read back with the project's
own loader and compared with the original, value by value and type by type;
if they differ the file is left alone and the run fails. A file that does not
parse is reported (``file:line:col``) and left alone.
"""

from __future__ import annotations

import argparse
import contextlib
import difflib
import io
import json
import math
import os
import re
import sys
import tempfile
import warnings
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
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

from .catalogue import render
from .config import Config, load_config
from .corpus import corpus_files, display_path, is_corpus_path, kind_of
from .limits import Limits
from .loader import load_text

#: Preferred line width for text in block context.
WIDTH = 100
#: Loader findings after which a file is not formatted.
UNFORMATTABLE = frozenset({"CC001", "CC002", "CC003", "CC004", "CC005", "CC007"})
MODELINE_PREFIX = "# yaml-language-server: $schema="
_MODELINE = re.compile(r"^#\s*yaml-language-server\s*:\s*\$schema=\S*\s*$")

STR_TAG = "tag:yaml.org,2002:str"


# --------------------------------------------------------------------------
# Schemas: key order and date fields


def schema_file(kind: str) -> str:
    """File name of the schema for a file kind (plan, agencies, indicators, documents)."""
    return f"{kind}.schema.json"


def _load_schema(path: Path) -> dict[str, Any]:
    try:
        stamp = path.stat().st_mtime_ns
    except OSError:
        return {}
    return _parse_schema(str(path), stamp)


@lru_cache(maxsize=16)
def _parse_schema(path: str, stamp: int) -> dict[str, Any]:
    """The schema at ``path`` as of modification time ``stamp`` (an edited schema is read again)."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


class SchemaView:
    """A set of alternative subschemas (``$ref``, ``anyOf``, ``oneOf``, ``allOf`` expanded)."""

    __slots__ = ("nodes", "root")

    def __init__(self, root: dict[str, Any], nodes: Iterable[Any]) -> None:
        self.root = root
        self.nodes = self._expand(list(nodes))

    def _ref(self, ref: str) -> Any:
        if not ref.startswith("#/"):
            return None
        node: Any = self.root
        for token in ref[2:].split("/"):
            token = token.replace("~1", "/").replace("~0", "~")
            if not isinstance(node, dict) or token not in node:
                return None
            node = node[token]
        return node

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
                todo.append(self._ref(node["$ref"]))
            for key in ("anyOf", "oneOf", "allOf"):
                if isinstance(node.get(key), list):
                    todo.extend(node[key])
        return out

    def order(self) -> list[str]:
        keys: list[str] = []
        for node in self.nodes:
            props = node.get("properties")
            if isinstance(props, dict):
                keys.extend(k for k in props if k not in keys)
        return keys

    def child(self, key: str) -> SchemaView:
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
        return SchemaView(self.root, found)

    def items(self) -> SchemaView:
        return SchemaView(self.root, [n["items"] for n in self.nodes if isinstance(n.get("items"), dict)])

    def is_date(self) -> bool:
        return any(n.get("format") == "date" for n in self.nodes)


def schema_view(schema_dir: Path, kind: str) -> SchemaView:
    root = _load_schema(schema_dir / schema_file(kind))
    return SchemaView(root, [root])


# --------------------------------------------------------------------------
# Quoting

_R11 = VersionedResolver(version=(1, 1))
_R12 = VersionedResolver(version=(1, 2))
_YAML11_EXTRA = re.compile(r"^(?:y|Y|n|N|=|<<)$")
_ROMAN_NUMERAL = r"(?=[IVXLCDM])M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})"
_NUMBERING = re.compile(
    r"^(?:PL\.?)?"  # annex prefix (PL.I)
    rf"(?:{_ROMAN_NUMERAL}|[0-9]+|[a-zđ])"  # I / 12 / a
    rf"(?:[.)](?:{_ROMAN_NUMERAL}|[0-9]+|[a-zđ]))*"  # .1 / .a
    r"[.)]?$"
)
_BULLET = re.compile(r"^[-+*•–]$")


def _resolves_to_non_string(text: str) -> bool:
    for resolver in (_R11, _R12):
        try:
            tag = resolver.resolve(ScalarNode, text, (True, False))
        except Exception:
            return True
        if tag != STR_TAG:
            return True
    return bool(_YAML11_EXTRA.match(text))


def _looks_like_numbering(text: str) -> bool:
    if _BULLET.match(text):
        return True
    if not _NUMBERING.match(text):
        return False
    # A bare lower-case letter ("a", "c1") is an ordinary word or id, not numbering.
    return not (len(text) == 1 and text.islower()) and not re.match(r"^[a-zđ]$", text)


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


def needs_quotes(text: str, in_flow: bool) -> bool:
    """Whether a plain string must be double-quoted to stay text and stay readable."""
    if text == "" or text != text.strip():
        return True
    if _resolves_to_non_string(text) or _looks_like_numbering(text):
        return True
    analysis = _Analyzer().analyze_scalar(text)
    if analysis.multiline:
        return True
    return not (analysis.allow_flow_plain if in_flow else analysis.allow_block_plain)


# --------------------------------------------------------------------------
# The emitter: double quotes instead of single, no wrapping inside flow collections


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
    y = YAML(typ="rt")
    y.Emitter = CanonicalEmitter
    y.preserve_quotes = True
    y.indent(mapping=2, sequence=4, offset=2)
    y.width = WIDTH
    y.allow_unicode = True
    y.explicit_start = False
    return y


# --------------------------------------------------------------------------
# Comments: keep a comment written above a key with that key when keys move


def _blank_slots(n: int) -> list[Any]:
    return [None] * n


def _trailing_slot(container: Any, key: Any) -> tuple[Any, Any, int] | None:
    """Where the comment after the subtree of ``container[key]`` lives: (ca.items owner, key, slot)."""
    value = container[key]
    if isinstance(value, CommentedMap) and len(value) and not value.fa.flow_style():
        return _trailing_slot(value, list(value.keys())[-1])
    if isinstance(value, CommentedSeq) and len(value) and not value.fa.flow_style():
        last = len(value) - 1
        item = value[last]
        if isinstance(item, (CommentedMap, CommentedSeq)) and len(item) and not item.fa.flow_style():
            return _trailing_slot(value, last)
        return (value, last, 0)
    return (container, key, 2 if isinstance(container, CommentedMap) else 0)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _split_trailing(container: Any, key: Any, column: int) -> str:
    """Remove and return the comment lines after ``container[key]``'s subtree that stand at
    ``column`` or further left (they introduce what follows); deeper ones stay where they are,
    and so does the end-of-line comment."""
    where = _trailing_slot(container, key)
    if where is None:
        return ""
    owner, k, slot = where
    entry = owner.ca.items.get(k)
    if not entry or len(entry) <= slot or not isinstance(entry[slot], CommentToken):
        return ""
    token = entry[slot]
    first, sep, rest = token.value.partition("\n")
    if not rest:
        return ""
    lines = rest.splitlines(True)
    cut = next((i for i, line in enumerate(lines) if line.strip() and _indent(line) <= column), None)
    if cut is None:
        return ""
    token.value = first + sep + "".join(lines[:cut])
    if not token.value.strip() and cut == 0:
        entry[slot] = None
    return "".join(lines[cut:])


def _tokens(text: str) -> list[CommentToken]:
    """One comment token per line, each remembering its column."""
    out = []
    for line in text.splitlines():
        if not line.strip():
            out.append(CommentToken("\n", CommentMark(0), None))
        else:
            out.append(CommentToken(line.lstrip(" ") + "\n", CommentMark(_indent(line)), None))
    return out


def _pre_slot(cm: CommentedMap, key: Any) -> list[Any]:
    entry = cm.ca.items.setdefault(key, _blank_slots(4))
    while len(entry) < 4:
        entry.append(None)
    if not isinstance(entry[1], list):
        entry[1] = []
    return entry[1]


def _attach_after(cm: CommentedMap, key: Any, text: str) -> None:
    where = _trailing_slot(cm, key)
    if where is None:
        return
    owner, k, slot = where
    entry = owner.ca.items.setdefault(k, _blank_slots(4 if isinstance(owner, CommentedMap) else 2))
    while len(entry) <= slot:
        entry.append(None)
    token = entry[slot]
    if isinstance(token, CommentToken):
        if not token.value.endswith("\n"):
            token.value += "\n"
        token.value += text
    else:
        entry[slot] = CommentToken("\n" + text, CommentMark(0), None)


def reorder(cm: CommentedMap, order: list[str], *, top: bool = False) -> bool:
    """Put the keys of ``cm`` in schema order; returns True when they moved.

    Comments move with the key they stand above: ruamel.yaml stores such a
    comment after the previous key's subtree (or before the mapping, for the
    first key), so they are moved to the key itself before reordering.

    Only the mapping's own keys move: keys it takes from a ``<<`` merge are not
    written into it (that would copy the merged values and cut the link)."""
    keys = [k for k, _ in cm.non_merged_items()]
    rank = {k: i for i, k in enumerate(order)}
    known = sorted((k for k in keys if isinstance(k, str) and k in rank), key=lambda k: rank[k])
    unknown = [k for k in keys if not (isinstance(k, str) and k in rank)]
    new = known + unknown
    if new == keys:
        return False
    tail = ""
    if not cm.fa.flow_style():
        column = getattr(getattr(cm, "lc", None), "col", None) or 0
        before = {keys[i]: _split_trailing(cm, keys[i - 1], column) for i in range(1, len(keys))}
        tail = _split_trailing(cm, keys[-1], column)
        for k, text in before.items():
            if text:
                slot = _pre_slot(cm, k)
                slot[:0] = _tokens(text)
        lead = cm.ca.comment[1] if (not top and cm.ca.comment and len(cm.ca.comment) > 1) else None
        if isinstance(lead, list) and lead and new[0] != keys[0]:
            moved = list(lead)
            lead.clear()
            slot = _pre_slot(cm, keys[0])
            slot[:0] = moved
    for k in new:
        cm.move_to_end(k)
    if tail:
        _attach_after(cm, new[-1], tail)
    return True


# --------------------------------------------------------------------------
# Normalising the tree, with the project's loader as the judge of every value


def _key_text(key: Any) -> str:
    if isinstance(key, bool):
        return str(key).lower()
    if key is None:
        return "null"
    return str(key)


def _same_scalar(a: Any, b: Any) -> bool:
    """Strict equality: 1, 1.0 and True are different values here."""
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool) and bool(a) == bool(b)
    if isinstance(a, str) or isinstance(b, str):
        return isinstance(a, str) and isinstance(b, str) and str(a) == str(b)
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, int) and isinstance(b, int):
        return int(a) == int(b)
    if isinstance(a, float) and isinstance(b, float):
        return (math.isnan(a) and math.isnan(b)) or float(a) == float(b)
    return False


def same_data(a: Any, b: Any) -> bool:
    """Deep, type-strict equality of two loaded documents."""
    if isinstance(a, dict) and isinstance(b, dict):
        return set(a) == set(b) and all(same_data(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same_data(x, y) for x, y in zip(a, b))
    if isinstance(a, (dict, list)) or isinstance(b, (dict, list)):
        return False
    return _same_scalar(a, b)


class _Normaliser:
    def __init__(self) -> None:
        self.reordered = 0

    def node(self, rt: Any, truth: Any, schema: SchemaView, in_flow: bool, top: bool = False) -> Any:
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
        if _same_scalar(rt, truth):
            return rt
        return truth


# --------------------------------------------------------------------------
# Formatting one text


@dataclass
class Problem:
    """Why a file was not formatted: a location and a bilingual message."""

    path: str
    line: int
    column: int
    vi: str
    en: str

    def render(self) -> str:
        return f"{self.path}:{self.line}:{self.column}: {self.vi} / {self.en}"


@dataclass
class Outcome:
    """The result for one file: the formatted text, or the problem that stopped formatting."""

    path: str
    original: str
    text: str | None = None
    problem: Problem | None = None
    reordered: int = 0

    @property
    def changed(self) -> bool:
        return self.text is not None and self.text != self.original


def modeline_for(path: Path, schema_dir: Path, kind: str, schema_url: str | None = None) -> str:
    """The schema modeline of ``path``: ``schema_url`` (the published schemas) joined with the
    schema's file name when configured, else the schema path relative to the file's folder."""
    if schema_url:
        return MODELINE_PREFIX + schema_url.rstrip("/") + "/" + schema_file(kind)
    target = (schema_dir / schema_file(kind)).resolve()
    try:
        rel = os.path.relpath(target, path.resolve().parent).replace(os.sep, "/")
    except ValueError:  # another drive on Windows
        rel = target.as_uri()
    return MODELINE_PREFIX + rel


def _strip_modeline(text: str) -> str:
    """Remove the schema modeline from the comments that open the file (the formatter writes its own)."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        stripped = line.strip()
        if _MODELINE.match(stripped):
            return "\n".join(lines[:i] + lines[i + 1 :])
        if stripped and not stripped.startswith("#"):
            break
    return text


# --------------------------------------------------------------------------
# Text passes after the dump: full-line comments indented like the line they
# introduce, no trailing white space. Both skip block scalars (``|``, ``>``),
# whose lines are content; the loader checks the result either way.

_BLOCK_HEADER = re.compile(r"(?:^|: |- |-$|:$)[|>][0-9+-]*\s*(?:#.*)?$")


def _indent_of(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _block_scalar_lines(lines: list[str]) -> set[int]:
    """Indexes of the lines inside block scalars (a loose, safe over-estimate)."""
    inside: set[int] = set()
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.strip() and not line.lstrip().startswith("#") and _BLOCK_HEADER.search(line.rstrip()):
            n = _indent_of(line)
            j = i + 1
            while j < len(lines) and (not lines[j].strip() or _indent_of(lines[j]) > n):
                inside.add(j)
                j += 1
            i = j
            continue
        i += 1
    return inside


def comments(text: str) -> list[tuple[int, str]]:
    """(line, text) of every comment: a ``#`` after a space or at a line's start, outside quoted
    scalars (which may span lines) and block scalars."""
    lines = text.split("\n")
    skip = _block_scalar_lines(lines)
    out: list[tuple[int, str]] = []
    quote: str | None = None
    for n, line in enumerate(lines):
        if n in skip:
            continue
        i = 0
        while i < len(line):
            ch = line[i]
            if quote == '"':
                if ch == "\\":
                    i += 2
                    continue
                if ch == '"':
                    quote = None
            elif quote == "'":
                if ch == "'":
                    if i + 1 < len(line) and line[i + 1] == "'":
                        i += 2
                        continue
                    quote = None
            elif ch in "\"'" and (i == 0 or line[i - 1] in " \t[{,:-?"):
                quote = ch
            elif ch == "#" and (i == 0 or line[i - 1] in " \t"):
                out.append((n + 1, line[i:].rstrip()))
                break
            i += 1
    return out


def strip_trailing_space(text: str) -> str:
    """Trailing white space removed outside block scalars; exactly one final newline."""
    lines = text.split("\n")
    keep = _block_scalar_lines(lines)
    out = [line if i in keep else line.rstrip() for i, line in enumerate(lines)]
    return "\n".join(out).rstrip("\n") + "\n"


def align_comments(text: str) -> str:
    """Indent each run of full-line comments like the content line after it.

    A run already indented like the line before it or the line after it stays
    (it may close the block above); any other run (typically a comment whose
    mapping was re-indented, or which moved with its key) takes the
    indentation of the line it introduces, or column 0 at the end of the file."""
    lines = text.split("\n")
    skip = _block_scalar_lines(lines)

    def kind(i: int) -> str:
        if i in skip or not lines[i].strip():
            return "blank"
        return "comment" if lines[i].lstrip().startswith("#") else "content"

    kinds = [kind(i) for i in range(len(lines))]
    i = 0
    while i < len(lines):
        if kinds[i] != "comment":
            i += 1
            continue
        j = i
        while j < len(lines) and kinds[j] == "comment":
            j += 1
        prev = next((_indent_of(lines[k]) for k in range(i - 1, -1, -1) if kinds[k] == "content"), None)
        after = next((_indent_of(lines[k]) for k in range(j, len(lines)) if kinds[k] == "content"), 0)
        indents = {_indent_of(lines[k]) for k in range(i, j)}
        if not (len(indents) == 1 and indents <= {prev, after}):
            for k in range(i, j):
                lines[k] = " " * after + lines[k].lstrip(" ")
        i = j
    return "\n".join(lines)


def format_text(
    text: str,
    *,
    path: str = "<text>",
    kind: str = "plan",
    schema_dir: Path | None = None,
    modeline: str | None = None,
    limits: Limits | None = None,
) -> Outcome:
    """Format one file's text. ``Outcome.text`` is None when the file cannot be formatted."""
    original = text
    out = Outcome(path, original)
    if text.startswith("\ufeff"):
        text = text[1:]
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lf = load_text(text, path, limits or Limits())
    bad = [f for f in lf.findings if f.rule in UNFORMATTABLE]
    if bad or lf.text is None:
        f = bad[0] if bad else (lf.findings[0] if lf.findings else None)
        if f is None:
            out.problem = Problem(path, 1, 1, "không đọc được tệp", "cannot read the file")
        else:
            out.problem = Problem(path, f.location.line, f.location.column, f"{f.rule} {render(f, 'vi')}", f"{f.rule} {render(f, 'en')}")
        return out
    body = _strip_modeline(text)
    if lf.data is None:
        # An empty document: only the modeline is ours to add.
        rest = body.strip("\n")
        out.text = (modeline + "\n" if modeline else "") + (rest + "\n" if rest else "")
        return out
    yaml = make_yaml()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            tree = yaml.load(body)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = (mark.line + 1 if mark else 1) + (text.count("\n") - body.count("\n"))
        col = mark.column + 1 if mark else 1
        msg = (exc.problem or str(exc)).strip().splitlines()[0]
        out.problem = Problem(path, line, col, f"ruamel.yaml không đọc được: {msg}", f"ruamel.yaml cannot read it: {msg}")
        return out
    except Exception as exc:
        out.problem = Problem(path, 1, 1, f"ruamel.yaml không đọc được: {exc}", f"ruamel.yaml cannot read it: {exc}")
        return out
    norm = _Normaliser()
    schema = schema_view(schema_dir, kind) if schema_dir is not None else SchemaView({}, [])
    try:
        tree = norm.node(tree, lf.data, schema, False, top=True)
        buf = io.StringIO()
        yaml.dump(tree, buf)
    except Exception as exc:
        out.problem = Problem(
            path, 1, 1, f"không định dạng được: {type(exc).__name__}: {exc}", f"cannot format: {type(exc).__name__}: {exc}"
        )
        return out
    dumped = buf.getvalue()
    head = modeline + "\n" if modeline else ""
    # The most canonical text whose data is exactly the original's; the later
    # candidates do less, for the rare file where a text pass would change a value.
    candidates: list[str] = []
    for candidate in (align_comments(strip_trailing_space(dumped)), strip_trailing_space(dumped), dumped.rstrip("\n") + "\n"):
        candidate = head + _strip_modeline(candidate) if modeline else candidate
        if candidate not in candidates:
            candidates.append(candidate)
    result = None
    for candidate in candidates:
        check = load_text(candidate, path, limits or Limits())
        if check.data is not None and not any(f.rule in UNFORMATTABLE for f in check.findings) and same_data(lf.data, check.data):
            result = candidate
            break
    if result is None:
        out.problem = Problem(
            path,
            1,
            1,
            "định dạng sẽ làm đổi dữ liệu; tệp được giữ nguyên (hãy báo lỗi này)",
            "formatting would change the data; the file is left unchanged (please report this)",
        )
        return out
    kept = {c for _, c in comments(result)}
    lost = [(line, c) for line, c in comments(text) if c not in kept and not c.startswith("# yaml-language-server:")]
    if lost:
        line, comment = lost[0]
        out.problem = Problem(
            path,
            line,
            1,
            f"định dạng sẽ làm mất chú thích “{comment}” (chú thích bên trong một ngoặc nhiều dòng); tệp được giữ nguyên. "
            "Chuyển chú thích lên một dòng riêng phía trên.",
            f"formatting would drop the comment '{comment}' (a comment inside a multi-line flow collection); the file is "
            "left unchanged. Move the comment to a line of its own above.",
        )
        return out
    out.text = result
    out.reordered = norm.reordered
    return out


def format_file(path: Path, config: Config) -> Outcome:
    """Format one file of the project in memory (nothing is written)."""
    shown = display_path(path, config.root)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return Outcome(
            shown, "", problem=Problem(shown, 1, 1, f"không đọc được tệp: {exc.strerror}", f"cannot read the file: {exc.strerror}")
        )
    if len(raw) > config.limits.max_file_bytes:
        return Outcome(shown, "", problem=Problem(shown, 1, 1, "tệp quá lớn", "file too large"))
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return Outcome(shown, "", problem=Problem(shown, line, 1, "tệp không phải UTF-8", "the file is not UTF-8"))
    kind = kind_of(path, config)
    return format_text(
        text, path=shown, kind=kind, schema_dir=config.schema, modeline=project_modeline(path, text, config, kind), limits=config.limits
    )


def project_modeline(path: Path, text: str, config: Config, kind: str) -> str | None:
    """The modeline fmt writes: to ``schema-url`` when configured; to the project's own schema
    folder; else (the schemas inside the installed package, whose place differs on every
    machine) the file's own modeline is kept as the editor wrote it, and none is added."""
    if config.schema_url or config.root.resolve() in config.schema.resolve().parents:
        return modeline_for(path, config.schema, kind, config.schema_url)
    first = text.lstrip("\ufeff").split("\n", 1)[0].rstrip("\r")
    return first if first.startswith(MODELINE_PREFIX) else None


_TEMPORARY = re.compile(r"^\..+\.ya?ml\.[A-Za-z0-9_]+\.tmp$")


def _remove_stale_temporaries(folders: Iterable[Path]) -> None:
    """Temporaries an interrupted run left beside the files (``.<name>.yaml.<random>.tmp``)."""
    for folder in folders:
        try:
            stale = [p for p in folder.iterdir() if _TEMPORARY.match(p.name) and p.is_file() and not p.is_symlink()]
        except OSError:
            continue
        for p in stale:
            with contextlib.suppress(OSError):
                p.unlink()


def _write(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=str(path.parent), prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        with contextlib.suppress(OSError):
            os.chmod(tmp, path.stat().st_mode & 0o7777)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


# --------------------------------------------------------------------------
# The command


def expand_paths(paths: Iterable[Path], config: Config) -> tuple[list[Path], list[Path]]:
    """The files to format and the files skipped as not plan or registry files.

    No path: the whole corpus. A folder: the plan and registry files in it (never
    ``mkdocs.yml``, workflows or anything in ``.venv/``). A file: itself, when it is
    a plan or registry file."""
    paths = list(paths)
    if not paths:
        return corpus_files(config), []
    out: list[Path] = []
    skipped: list[Path] = []
    seen: set[Path] = set()
    for p in paths:
        if p.is_dir():
            folder = p.resolve()
            found = [f for f in corpus_files(config) if f.resolve() == folder or folder in f.resolve().parents]
        elif is_corpus_path(p, config):
            found = [p]
        else:
            skipped.append(p)
            continue
        for f in found:
            r = f.resolve()
            if r not in seen:
                seen.add(r)
                out.append(f)
    return out, skipped


@dataclass
class RunSummary:
    """What a run did: one outcome per file, and the paths skipped as not plan or registry files."""

    outcomes: list[Outcome] = field(default_factory=list)
    skipped: list[Path] = field(default_factory=list)

    @property
    def changed(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.problem is None and o.changed]

    @property
    def problems(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.problem is not None]


#: From this many files on, files are formatted in worker processes.
PARALLEL_THRESHOLD = 16


def _format_job(args: tuple[Path, Config]) -> Outcome:
    return format_file(*args)


def format_files(files: list[Path], config: Config, workers: int | None = None) -> list[Outcome]:
    """Format files (in memory), on several cores when there are many."""
    workers = workers if workers is not None else min(4, os.cpu_count() or 1)
    if workers > 1 and len(files) >= PARALLEL_THRESHOLD:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(max_workers=workers) as pool:
            return list(pool.map(_format_job, [(f, config) for f in files], chunksize=max(1, len(files) // (workers * 4))))
    return [format_file(f, config) for f in files]


def run(paths: Iterable[Path], config: Config, *, check: bool = False, workers: int | None = None) -> RunSummary:
    """Format the files (or, with ``check``, only find which would change)."""
    files, skipped = expand_paths(paths, config)
    summary = RunSummary(skipped=skipped)
    if not check:
        _remove_stale_temporaries({f.parent for f in files})
    for path, outcome in zip(files, format_files(files, config, workers)):
        summary.outcomes.append(outcome)
        if outcome.problem is None and outcome.changed and not check and outcome.text is not None:
            _write(path, outcome.text)
    return summary


def cmd_fmt(args: argparse.Namespace) -> int:
    """``cchc fmt``: exit 0 when done (or, with --check, nothing to change), 1 when --check
    finds files to change, 2 when a file cannot be read or formatted."""
    from .cli import UsageError

    config = load_config(args.project)
    for p in args.paths:
        if not p.exists():
            raise UsageError(f"không có tệp / no such file: {p}")
    summary = run(args.paths, config, check=args.check)
    err = sys.stderr
    out = sys.stdout
    for p in summary.skipped:
        err.write(
            f"{p}: bỏ qua, không phải tệp kế hoạch (plans/) hay danh mục (registry/<loại>/) / "
            f"skipped, not a plan (plans/) or registry (registry/<kind>/) file\n"
        )
    for o in summary.problems:
        assert o.problem is not None
        err.write(f"{o.problem.render()}\n")
    for o in summary.changed:
        if args.check:
            out.write(f"sẽ định dạng lại / would reformat: {o.path}\n")
            if args.diff and o.text is not None:
                out.writelines(difflib.unified_diff(o.original.splitlines(True), o.text.splitlines(True), f"a/{o.path}", f"b/{o.path}"))
        else:
            out.write(f"đã định dạng / reformatted: {o.path}\n")
    n_total = len(summary.outcomes)
    n_changed = len(summary.changed)
    n_bad = len(summary.problems)
    same = n_total - n_changed - n_bad
    if args.check:
        out.write(
            f"{n_changed} tệp cần định dạng, {same} tệp đã đúng, {n_bad} tệp lỗi / "
            f"{n_changed} would be reformatted, {same} already formatted, {n_bad} with errors\n"
        )
        if n_changed:
            out.write("Chạy `cchc fmt` để sửa / Run `cchc fmt` to fix.\n")
    else:
        out.write(
            f"{n_changed} tệp đã định dạng, {same} tệp không đổi, {n_bad} tệp lỗi / "
            f"{n_changed} reformatted, {same} unchanged, {n_bad} with errors\n"
        )
    if n_bad:
        err.write(
            "Tệp lỗi được giữ nguyên; sửa lỗi rồi chạy lại (`cchc lint` cho biết chi tiết) / "
            "files with errors are left unchanged; fix them and run again (`cchc lint` gives details)\n"
        )
        return 2
    return 1 if args.check and n_changed else 0


def register(subparsers: Any) -> None:
    """Add ``cchc fmt`` to the command line."""
    p = subparsers.add_parser(
        "fmt",
        help="định dạng tệp kế hoạch và danh mục / format plan and registry files",
        description="Định dạng chuẩn tệp kế hoạch và danh mục (giữ chú thích, không đổi dữ liệu) / "
        "Canonical formatting of plan and registry files (comments kept, data unchanged).",
    )
    p.add_argument("paths", nargs="*", type=Path, help="tệp hoặc thư mục / files or folders (default: plans/ and registry/)")
    p.add_argument(
        "--check", action="store_true", help="không ghi; mã thoát 1 nếu có tệp cần định dạng / write nothing; exit 1 if a file would change"
    )
    p.add_argument("--diff", action="store_true", help="với --check: in phần khác biệt / with --check: print the differences")
    p.set_defaults(handler=cmd_fmt)


__all__ = [
    "WIDTH",
    "CanonicalEmitter",
    "Outcome",
    "Problem",
    "RunSummary",
    "SchemaView",
    "align_comments",
    "expand_paths",
    "format_file",
    "format_files",
    "format_text",
    "is_corpus_path",
    "make_yaml",
    "modeline_for",
    "needs_quotes",
    "register",
    "reorder",
    "run",
    "same_data",
    "schema_view",
    "strip_trailing_space",
]

"""Load one YAML file into plain data with the position of every value.

The loader reads bytes, checks the encoding and the configured limits, and
builds Python values from the event stream of ruamel.yaml's C parser. Building
the values here (instead of ruamel's composer and constructor) gives, in one
pass and without recursion:

* the 1-based line and column of every value and key, by JSON Pointer;
* duplicate keys reported with both lines, complex keys rejected;
* a nesting-depth limit enforced while parsing, and alias expansion counted
  so that a "billion laughs" file is rejected at once;
* YAML 1.2 core-schema typing, so ``no``/``on``/``yes`` stay text; unknown
  tags (``!!python/...``) are kept as inert text and reported.

Every problem becomes a :class:`~linter.findings.Finding`; nothing here raises
on bad input.
"""

from __future__ import annotations

import datetime as _dt
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.events import (
    AliasEvent,
    DocumentEndEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
    StreamStartEvent,
)

from .findings import Finding, Location
from .limits import Limits
from .pointer import join as _join
from .textio import decode_utf8
from .textnorm import CONTROL

__all__ = ["LoadedFile", "load_file", "load_text", "pointer_join"]


@dataclass
class LoadedFile:
    """A parsed file: its text, its data and where each value stands."""

    path: str
    text: str | None
    data: Any = None
    #: JSON Pointer -> (line, column) of the value, both 1-based.
    positions: dict[str, tuple[int, int]] = field(default_factory=dict)
    #: JSON Pointer -> (line, column) of the key that holds the value.
    key_positions: dict[str, tuple[int, int]] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)
    #: Pointers of dates written without quotes (a style problem, not an error).
    unquoted_dates: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when the file parsed into data (findings may still exist)."""
        return self.text is not None and not any(f.rule in FATAL_RULES for f in self.findings)

    def where(self, pointer: str) -> tuple[int, int]:
        """Position of the value at ``pointer``, or of its nearest ancestor."""
        p = pointer
        while True:
            if p in self.positions:
                return self.positions[p]
            if not p:
                return (1, 1)
            p = p.rsplit("/", 1)[0]

    def where_key(self, pointer: str) -> tuple[int, int]:
        """Position of the key holding ``pointer`` (falls back to the value)."""
        return self.key_positions.get(pointer) or self.where(pointer)

    def location(self, pointer: str, *, key: bool = False) -> Location:
        line, col = self.where_key(pointer) if key else self.where(pointer)
        return Location(self.path, line, col, pointer)


#: Findings after which the file has no usable data.
FATAL_RULES = frozenset({"CC001", "CC003", "CC004"})


def pointer_join(base: str, token: str | int) -> str:
    """Append one reference token to a JSON Pointer (RFC 6901 escaping)."""
    return _join(base, token)


# --------------------------------------------------------------------------
# Reading bytes

_BAD_CHAR = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")


_SURROGATE = re.compile("[\ud800-\udfff]")
#: Numbers beyond this are no quantity a plan states; past it floats lose integers and charts overflow.
NUMBER_LIMIT = 10**15


def _representable(value: int | float) -> bool:
    """A finite number of sensible size (``.nan``, ``.inf`` and ``10^400`` are not)."""
    if isinstance(value, float):
        return math.isfinite(value) and abs(value) <= NUMBER_LIMIT
    return abs(value) <= NUMBER_LIMIT


def _line_col_of_offset(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    start = text.rfind("\n", 0, offset) + 1
    return line, offset - start + 1


def _decode(path: str, raw: bytes) -> tuple[str | None, Finding | None]:
    text, bad = decode_utf8(raw)
    if bad is not None:
        return None, Finding("CC004", Location(path, bad.line, bad.column), bad.params())
    m = _BAD_CHAR.search(text)
    if m:
        line, col = _line_col_of_offset(text, m.start())
        return None, Finding("CC004", Location(path, line, col), {"problem": "control", "char": f"U+{ord(m.group()):04X}"})
    return text, None


def load_file(path: Path, display: str, limits: Limits) -> LoadedFile:
    """Read ``path`` and load it; ``display`` is the path shown in findings."""
    try:
        size = path.stat().st_size
        if size > limits.max_file_bytes:
            lf = LoadedFile(display, None)
            lf.findings.append(
                Finding("CC003", Location(display, 1, 1), {"limit": "file-size", "value": size, "max": limits.max_file_bytes})
            )
            return lf
        raw = path.read_bytes()
    except OSError as exc:
        lf = LoadedFile(display, None)
        lf.findings.append(Finding("CC004", Location(display, 1, 1), {"problem": "unreadable", "detail": exc.strerror or str(exc)}))
        return lf
    text, problem = _decode(display, raw)
    if problem is not None:
        lf = LoadedFile(display, None)
        lf.findings.append(problem)
        return lf
    assert text is not None
    return load_text(text, display, limits)


def load_text(text: str, display: str, limits: Limits) -> LoadedFile:
    """Load YAML from already-decoded text."""
    lf = LoadedFile(display, text)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        lf.text = text
    for number, line in enumerate(text.split("\n"), start=1):
        if len(line) > limits.max_line_length:
            lf.findings.append(
                Finding(
                    "CC003",
                    Location(display, number, limits.max_line_length + 1),
                    {"limit": "line-length", "value": len(line), "max": limits.max_line_length},
                )
            )
            lf.text = None
            return lf
    _Builder(lf, limits).run(text)
    return lf


# --------------------------------------------------------------------------
# Scalar typing: YAML 1.2 core schema, plus ISO dates.

_NULL = {"", "~", "null", "Null", "NULL"}
_TRUE = {"true", "True", "TRUE"}
_FALSE = {"false", "False", "FALSE"}
_INT = re.compile(r"^[-+]?[0-9]+$")
_OCT = re.compile(r"^0o[0-7]+$")
_HEX = re.compile(r"^0x[0-9a-fA-F]+$")
_FLOAT = re.compile(r"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")
_INF = re.compile(r"^[-+]?\.(inf|Inf|INF)$")
_NAN = re.compile(r"^\.(nan|NaN|NAN)$")
_DATE = re.compile(r"^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})$")
_DATETIME = re.compile(
    r"^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(\.[0-9]*)?([ \t]*(Z|[-+][0-9]{1,2}(:[0-9]{2})?))?$"
)

_CORE_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:map",
    "tag:yaml.org,2002:seq",
    "!",
}

_OPEN = object()  # marks an anchor whose node is still being built


class _Abort(Exception):
    """Stops building a file after a fatal finding."""


class _Container:
    __slots__ = (
        "anchor",
        "flow",
        "indent",
        "index",
        "is_map",
        "key_pos",
        "merges",
        "pending_key",
        "pointer",
        "size",
        "skip_value",
        "start_line",
        "value",
    )

    def __init__(
        self, value: Any, pointer: str, anchor: str | None, is_map: bool, flow: bool = False, indent: int = -1, start_line: int = 0
    ) -> None:
        self.flow = flow
        self.indent = indent
        self.start_line = start_line
        self.value = value
        self.pointer = pointer
        self.anchor = anchor
        self.is_map = is_map
        self.pending_key: Any = _NO_KEY
        self.key_pos: tuple[int, int] = (1, 1)
        self.index = 0
        self.merges: list[Any] = []
        self.skip_value = False
        self.size = 1


_NO_KEY = object()
_SKIP = object()


class _Builder:
    """Builds plain values from parser events, iteratively."""

    def __init__(self, lf: LoadedFile, limits: Limits) -> None:
        self.lf = lf
        self.limits = limits
        self.anchors: dict[str, Any] = {}
        self.anchor_sizes: dict[str, int] = {}
        self.expanded = 0
        self.stack: list[_Container] = []
        self.documents = 0
        self.root: Any = None
        self.have_root = False
        self.skipping_depth = 0  # >0 while discarding a complex key or extra document

    # -- helpers ----------------------------------------------------------
    def _finding(self, rule: str, mark: Any, **params: Any) -> Finding:
        line = getattr(mark, "line", 0) + 1
        col = getattr(mark, "column", 0) + 1
        f = Finding(rule, Location(self.lf.path, line, col, params.pop("pointer", "")), params)
        self.lf.findings.append(f)
        return f

    def run(self, text: str) -> None:
        self.lines = text.split("\n")
        self.comment_lines = {i for i, line in enumerate(self.lines) if "#" in line}
        self.scalar_spans: dict[int, list[tuple[int, int, int, int]]] = {}
        if not self._parse(text, pure=False):
            return
        self._check_comments()
        self.lf.data = self.root if self.have_root else None

    def _reset(self) -> None:
        self.lf.findings.clear()
        self.lf.positions.clear()
        self.lf.key_positions.clear()
        self.lf.unquoted_dates.clear()
        self.anchors.clear()
        self.anchor_sizes.clear()
        self.expanded = 0
        self.stack.clear()
        self.documents = 0
        self.root = None
        self.have_root = False
        self.skipping_depth = 0
        self.scalar_spans.clear()

    def _parse(self, text: str, pure: bool) -> bool:
        """Build from the event stream; on a parse error of the C parser, try the
        slower pure-Python parser, which accepts more of YAML 1.2."""
        yaml = YAML(typ="safe", pure=pure)
        try:
            for event in yaml.parse(text):
                self._event(event)
        except _Abort:
            self.lf.data = None
            return False
        except MarkedYAMLError as exc:
            if not pure:
                saved = list(self.lf.findings)
                self._reset()
                if self._parse(text, pure=True):
                    return True
                self.lf.findings[:] = saved
            else:
                return False
            mark = exc.problem_mark or exc.context_mark
            self._finding("CC001", mark, problem=_problem_text(exc), context=(exc.context or ""))
            self.lf.data = None
            return False
        except YAMLError as exc:  # reader errors without a mark
            if pure:
                return False
            self._finding("CC001", None, problem=str(exc).splitlines()[0][:200], context="")
            self.lf.data = None
            return False
        except RecursionError:  # pragma: no cover - the depth limit comes first
            self._finding("CC003", None, limit="nesting-depth", value=len(self.stack), max=self.limits.max_depth)
            self.lf.data = None
            return False
        except Exception as exc:
            if pure:
                return False
            self._finding("CC001", None, problem=f"{type(exc).__name__}: {exc}"[:200], context="")
            self.lf.data = None
            return False
        return True

    # -- events -----------------------------------------------------------
    def _event(self, ev: Any) -> None:
        if isinstance(ev, (StreamStartEvent, StreamEndEvent, DocumentEndEvent)):
            return
        if isinstance(ev, DocumentStartEvent):
            self.documents += 1
            version = getattr(ev, "version", None)
            if version and tuple(version) != (1, 2):
                self._finding("CC005", ev.start_mark, feature="yaml-version", detail=".".join(map(str, version)))
                raise _Abort
            if self.documents > 1:
                self._finding("CC005", ev.start_mark, feature="multi-document", detail=str(self.documents))
                raise _Abort
            return
        if self.skipping_depth:
            if isinstance(ev, (MappingStartEvent, SequenceStartEvent)):
                self.skipping_depth += 1
            elif isinstance(ev, (MappingEndEvent, SequenceEndEvent)):
                self.skipping_depth -= 1
                if self.skipping_depth == 0:
                    self._complete(_SKIP, ev.start_mark, None, 1)
            return
        if isinstance(ev, AliasEvent):
            self._alias(ev)
        elif isinstance(ev, ScalarEvent):
            self._scalar(ev)
        elif isinstance(ev, (MappingStartEvent, SequenceStartEvent)):
            self._start(ev)
        elif isinstance(ev, (MappingEndEvent, SequenceEndEvent)):
            self._end(ev)

    def _child_pointer(self) -> str | None:
        """Pointer of the value about to be added, or None for a key."""
        if not self.stack:
            return ""
        top = self.stack[-1]
        if top.is_map:
            if top.pending_key is _NO_KEY:
                return None
            if top.pending_key is _SKIP:
                return pointer_join(top.pointer, "<complex-key>")
            return pointer_join(top.pointer, top.pending_key)
        return pointer_join(top.pointer, top.index)

    def _check_tag(self, ev: Any, kind: str) -> bool:
        """Report tags outside the core schema; returns True when the tag is foreign."""
        tag = getattr(ev, "tag", None)
        if tag is None:
            return False
        if (
            kind == "scalar"
            and isinstance(tag, str)
            and tag.startswith("tag:yaml.org,2002:")
            and tag not in _CORE_TAGS
            and (tag.endswith(":timestamp") or tag.endswith(":merge"))
        ):
            return False
        if tag in _CORE_TAGS:
            return False
        shown = tag.replace("tag:yaml.org,2002:", "!!")
        self._finding("CC005", ev.start_mark, feature="tag", detail=shown, pointer=self._child_pointer() or "")
        return True

    def _start(self, ev: Any) -> None:
        is_map = isinstance(ev, MappingStartEvent)
        if len(self.stack) >= self.limits.max_depth:
            self._finding("CC003", ev.start_mark, limit="nesting-depth", value=len(self.stack) + 1, max=self.limits.max_depth)
            raise _Abort
        pointer = self._child_pointer()
        if pointer is None:  # a mapping or sequence used as a key
            self._finding(
                "CC005", ev.start_mark, feature="complex-key", detail="mapping" if is_map else "sequence", pointer=self.stack[-1].pointer
            )
            self.skipping_depth = 1
            return
        self._check_tag(ev, "collection")
        self._set_position(pointer, ev.start_mark)
        value: Any = {} if is_map else []
        anchor = getattr(ev, "anchor", None)
        if anchor:
            self.anchors[anchor] = _OPEN
        flow = bool(getattr(ev, "flow_style", False))
        self.stack.append(_Container(value, pointer, anchor, is_map, flow, ev.start_mark.column, ev.start_mark.line))

    def _end(self, ev: Any) -> None:
        c = self.stack.pop()
        if c.flow and not self._in_flow():
            self._check_continuation(c.start_line, ev.start_mark.line, ev.start_mark)
        if c.is_map and c.merges:
            for source in c.merges:
                for k, v in source.items():
                    if k not in c.value:
                        c.value[k] = v
        if c.anchor:
            self.anchors[c.anchor] = c.value
            self.anchor_sizes[c.anchor] = c.size
        self._complete(c.value, ev.start_mark, None, c.size, placed=True)

    def _alias(self, ev: Any) -> None:
        name = ev.anchor
        target = self.anchors.get(name)
        if target is _OPEN:
            self._finding("CC005", ev.start_mark, feature="recursive-alias", detail=name)
            raise _Abort
        if name not in self.anchors:
            self._finding("CC001", ev.start_mark, problem=f"found undefined alias {name!r}", context="")
            raise _Abort
        size = self.anchor_sizes.get(name, 1)
        self.expanded += size
        if self.expanded > self.limits.max_alias_expansion:
            self._finding("CC003", ev.start_mark, limit="alias-expansion", value=self.expanded, max=self.limits.max_alias_expansion)
            raise _Abort
        pointer = self._child_pointer()
        if pointer is None:
            self._finding("CC005", ev.start_mark, feature="complex-key", detail="alias", pointer=self.stack[-1].pointer)
            self._complete(_SKIP, ev.start_mark, None, 1)
            return
        self._set_position(pointer, ev.start_mark)
        self._complete(target, ev.start_mark, None, size)

    def _scalar(self, ev: Any) -> None:
        self._check_scalar_syntax(ev)
        foreign = self._check_tag(ev, "scalar")
        pointer = self._child_pointer()
        value = self._resolve(ev, foreign, pointer)
        if type(value) is str and CONTROL.search(value):
            # Written as an escape ("\\x86", "\\u202e", "\\ud800"): a finding; a lone surrogate cannot be
            # stored or printed at all, so it becomes U+FFFD (the finding names it).
            m = CONTROL.search(value)
            assert m is not None
            self._finding("CC008", ev.start_mark, char=f"U+{ord(m.group()):04X}", pointer=pointer or "")
            value = _SURROGATE.sub("\ufffd", value)
        # A long text weighs as many nodes as its length in 256-character blocks, so that aliasing one
        # huge anchored string thousands of times is limited like aliasing thousands of nodes.
        weight = 1 + len(value) // 256 if type(value) is str else 1
        if ev.anchor:
            self.anchors[ev.anchor] = value
            self.anchor_sizes[ev.anchor] = weight
        if pointer is not None:
            self._set_position(pointer, ev.start_mark)
        self._complete(value, ev.start_mark, ev, weight)

    # -- checks the parsers leave out (YAML 1.2 rules the libyaml family accepts) --
    def _in_flow(self) -> bool:
        return any(c.flow for c in self.stack)

    def _block_indent(self) -> int:
        """Indentation of the innermost block collection (-1 at the top level)."""
        for c in reversed(self.stack):
            if not c.flow:
                return c.indent
        return -1

    def _syntax(self, line: int, column: int, problem: str) -> None:
        self.lf.findings.append(Finding("CC001", Location(self.lf.path, line + 1, column + 1), {"problem": problem, "context": ""}))
        raise _Abort

    def _check_continuation(self, first: int, last: int, mark: Any) -> None:
        """Continuation lines of a multi-line flow node must be indented past their block parent, with spaces."""
        if last <= first:
            return
        parent = self._block_indent()
        for number in range(first + 1, min(last, len(self.lines) - 1) + 1):
            line = self.lines[number]
            rest = line.lstrip(" ")
            if not rest.strip(" \t"):
                continue
            spaces = len(line) - len(rest)
            if spaces <= parent and rest.startswith("\t"):
                self._syntax(number, spaces, "found a tab character where an indentation space is expected")
            if spaces <= parent:
                self._syntax(number, spaces, "continuation line is not indented more than its parent")

    def _check_scalar_syntax(self, ev: Any) -> None:
        start, end = ev.start_mark, ev.end_mark
        self.scalar_spans.setdefault(start.line, []).append((start.line, start.column, end.line, end.column))
        if end.line > start.line:
            for number in range(start.line + 1, end.line + 1):
                self.scalar_spans.setdefault(number, []).append((start.line, start.column, end.line, end.column))
        style = ev.style
        if style in ("|", ">"):
            self._check_block_header(start)
            return
        if self._in_flow():
            if style in (None, "") and ev.value[:1] == "-" and (len(ev.value) == 1 or ev.value[1] in " ,[]{}"):
                self._syntax(start.line, start.column, "a plain scalar in a flow collection cannot start with '-'")
            return
        if style in ('"', "'") and end.line > start.line:
            self._check_continuation(start.line, end.line, start)

    def _check_block_header(self, start: Any) -> None:
        line = self.lines[start.line] if start.line < len(self.lines) else ""
        col = start.column
        if col >= len(line) or line[col] not in "|>":
            return
        j = col + 1
        while j < len(line) and line[j] in "+-0123456789":
            j += 1
        if j < len(line) and line[j] not in " \t":
            self._syntax(start.line, j, "a block scalar header must be followed by a space or a line break")
        # Leading blank lines may not be indented more than the first content line.
        content_indent = None
        blanks: list[tuple[int, int]] = []
        parent = self._block_indent()
        for number in range(start.line + 1, len(self.lines)):
            text = self.lines[number]
            stripped = text.lstrip(" ")
            indent = len(text) - len(stripped)
            if stripped == "":
                blanks.append((number, indent))
                continue
            if indent > parent:
                content_indent = indent
            break
        if content_indent is None:
            return
        for number, indent in blanks:
            if indent > content_indent:
                self._syntax(number, indent, "a leading blank line of a block scalar is indented more than its content")

    def _check_comments(self) -> None:
        """A comment must be separated from what precedes it by white space."""
        for number in sorted(self.comment_lines):
            line = self.lines[number]
            start = 0
            while True:
                col = line.find("#", start)
                if col <= 0:
                    break
                start = col + 1
                if line[col - 1] in " \t":
                    continue
                if any(_covers(span, number, col) for span in self.scalar_spans.get(number, ())):
                    continue
                try:
                    self._syntax(number, col, "a comment must be preceded by white space")
                except _Abort:
                    self.lf.data = None
                    self.have_root = False
                    return

    def _resolve(self, ev: Any, foreign: bool, pointer: str | None) -> Any:
        value = self._resolve_typed(ev, foreign, pointer)
        if type(value) in (int, float) and not _representable(value):
            return ev.value  # .nan, .inf, 10^400: kept as the text written; the schema reports the wrong type
        return value

    def _resolve_typed(self, ev: Any, foreign: bool, pointer: str | None) -> Any:
        text: str = ev.value
        tag = ev.tag
        plain = ev.style in (None, "") and (ev.implicit[0] if ev.implicit else True)
        if foreign:
            return text
        if tag == "tag:yaml.org,2002:str" or (not plain and tag in (None, "!")):
            return text
        if tag and tag != "!" and tag in _CORE_TAGS:
            return self._explicit(tag, text, ev, pointer)
        if text in _NULL:
            return None
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
        if _INT.match(text):
            return int(text)
        if _OCT.match(text):
            return int(text[2:], 8)
        if _HEX.match(text):
            return int(text[2:], 16)
        if _FLOAT.match(text):
            return float(text)
        if _INF.match(text):
            return float("-inf") if text.startswith("-") else float("inf")
        if _NAN.match(text):
            return float("nan")
        m = _DATE.match(text)
        if m:
            try:
                _dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                self._finding("CC007", ev.start_mark, value=text, pointer=pointer or "")
                return text
            if pointer is not None:
                self.lf.unquoted_dates.append(pointer)
            return f"{int(m.group(1)):04d}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"
        if _DATETIME.match(text):
            if pointer is not None:
                self.lf.unquoted_dates.append(pointer)
            return text
        return text

    def _explicit(self, tag: str, text: str, ev: Any, pointer: str | None) -> Any:
        try:
            if tag.endswith(":int"):
                return int(text, 0) if not _INT.match(text) else int(text)
            if tag.endswith(":float"):
                return float(text)
            if tag.endswith(":bool"):
                if text in _TRUE or text in _FALSE:
                    return text in _TRUE
                raise ValueError(text)
            if tag.endswith(":null"):
                return None
        except ValueError:
            self._finding(
                "CC005",
                ev.start_mark,
                feature="tag-value",
                detail=f"{tag.replace('tag:yaml.org,2002:', '!!')} {text[:40]}",
                pointer=pointer or "",
            )
        return text

    def _set_position(self, pointer: str, mark: Any) -> None:
        self.lf.positions[pointer] = (mark.line + 1, mark.column + 1)

    def _complete(self, value: Any, mark: Any, ev: Any, size: int, placed: bool = False) -> None:
        """Attach a finished value to its parent (or make it the root)."""
        if not self.stack:
            if not self.have_root:
                self.root = value
                self.have_root = True
            return
        top = self.stack[-1]
        top.size += size
        if top.size > self.limits.max_nodes:
            self._finding("CC003", mark, limit="nodes", value=top.size, max=self.limits.max_nodes)
            raise _Abort
        if top.is_map:
            if top.pending_key is _NO_KEY:
                # this value is a key
                if value is _SKIP:
                    top.pending_key = _SKIP
                    top.skip_value = True
                    return
                key = value
                if not isinstance(key, str):
                    key = "null" if key is None else (str(key).lower() if isinstance(key, bool) else str(key))
                top.pending_key = key
                top.key_pos = (mark.line + 1, mark.column + 1)
                return
            key = top.pending_key
            top.pending_key = _NO_KEY
            if top.skip_value or key is _SKIP:
                top.skip_value = False
                return
            kp = pointer_join(top.pointer, key)
            if key == "<<" and isinstance(value, (dict, list)):
                sources = value if isinstance(value, list) else [value]
                for s in sources:
                    if isinstance(s, dict):
                        top.merges.append(s)
                return
            if key in top.value:
                first = self.lf.key_positions.get(kp, (0, 0))
                f = Finding(
                    "CC002",
                    Location(self.lf.path, top.key_pos[0], top.key_pos[1], kp),
                    {"key": key, "first_line": first[0]},
                    related=(Location(self.lf.path, first[0], first[1], kp),),
                )
                self.lf.findings.append(f)
                return
            top.value[key] = value
            self.lf.key_positions[kp] = top.key_pos
        else:
            top.value.append(value)
            top.index += 1


def _covers(span: tuple[int, int, int, int], line: int, col: int) -> bool:
    l1, c1, l2, c2 = span
    if line < l1 or line > l2:
        return False
    if line == l1 and col < c1:
        return False
    return not (line == l2 and col >= c2)


def _problem_text(exc: MarkedYAMLError) -> str:
    problem = (exc.problem or str(exc)).strip()
    return problem.splitlines()[0][:300]

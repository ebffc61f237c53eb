"""Text passes after the dump: full-line comments indented like the line they introduce,
no trailing white space, one final newline, and the list of a text's comments.

Every pass skips block scalars (``|``, ``>``), whose lines are content; the loader
checks the result either way."""

from __future__ import annotations

import re

_BLOCK_HEADER = re.compile(r"(?:^|: |- |-$|:$)[|>][0-9+-]*\s*(?:#.*)?$")


def indent_of(line: str) -> int:
    """The number of spaces that open ``line``."""
    return len(line) - len(line.lstrip(" "))


def _block_scalar_lines(lines: list[str]) -> set[int]:
    """Indexes of the lines inside block scalars (a loose, safe over-estimate)."""
    inside: set[int] = set()
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.strip() and not line.lstrip().startswith("#") and _BLOCK_HEADER.search(line.rstrip()):
            n = indent_of(line)
            j = i + 1
            while j < len(lines) and (not lines[j].strip() or indent_of(lines[j]) > n):
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
        prev = next((indent_of(lines[k]) for k in range(i - 1, -1, -1) if kinds[k] == "content"), None)
        after = next((indent_of(lines[k]) for k in range(j, len(lines)) if kinds[k] == "content"), 0)
        indents = {indent_of(lines[k]) for k in range(i, j)}
        if not (len(indents) == 1 and indents <= {prev, after}):
            for k in range(i, j):
                lines[k] = " " * after + lines[k].lstrip(" ")
        i = j
    return "\n".join(lines)

"""Bytes to text: the one place a file's bytes are read as UTF-8.

Plan and registry files, source texts and the scaffold's copy of a source all
decode here, so a file is valid or invalid the same way everywhere: a UTF-8
byte-order mark is dropped, a UTF-16 mark or a byte that is not UTF-8 is a
:class:`DecodeProblem` with its place (line, column) and the offending byte.
"""

from __future__ import annotations

from dataclasses import dataclass

_UTF8_BOM = b"\xef\xbb\xbf"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


@dataclass(frozen=True)
class DecodeProblem:
    """Why bytes are not UTF-8 text: ``utf16`` (a UTF-16 byte-order mark) or ``utf8`` (an invalid byte)."""

    problem: str
    line: int = 1
    column: int = 1
    #: The first invalid byte, written ``0xff`` (``utf8`` only).
    byte: str | None = None

    def params(self) -> dict[str, str]:
        """The parameters of the CC004 finding that reports it."""
        return {"problem": self.problem} if self.byte is None else {"problem": self.problem, "byte": self.byte}


def decode_utf8(raw: bytes) -> tuple[str, DecodeProblem | None]:
    """``raw`` as text (a leading UTF-8 byte-order mark dropped) and None, or ``""`` and the problem that prevents it."""
    if raw.startswith(_UTF16_BOMS):
        return "", DecodeProblem("utf16")
    if raw.startswith(_UTF8_BOM):
        raw = raw[len(_UTF8_BOM) :]
    try:
        return raw.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        column = len(before) - (before.rfind(b"\n") + 1) + 1
        return "", DecodeProblem("utf8", line, column, f"0x{raw[exc.start]:02x}")

"""JSON Pointers (RFC 6901): the one home of their escaping.

A reference token writes ``~`` as ``~0`` and ``/`` as ``~1``; every pointer the
linter builds or reads goes through these functions, so a key holding a slash or
a tilde names the same node everywhere (findings, anchors, fingerprints).
"""

from __future__ import annotations

from collections.abc import Iterable


def escape(token: str | int) -> str:
    """One reference token, escaped: ``a/b~c`` → ``a~1b~0c``."""
    return str(token).replace("~", "~0").replace("/", "~1")


def unescape(token: str) -> str:
    """One reference token, unescaped: ``a~1b~0c`` → ``a/b~c``."""
    return token.replace("~1", "/").replace("~0", "~")


def join(base: str, token: str | int) -> str:
    """``base`` with one more reference token: ``join("/tasks", 3)`` → ``/tasks/3``."""
    return f"{base}/{escape(token)}"


def build(tokens: Iterable[str | int]) -> str:
    """A pointer from its (unescaped) tokens; no tokens is the whole document, ``""``."""
    return "".join("/" + escape(t) for t in tokens)


def parts(pointer: str) -> list[str]:
    """The (unescaped) tokens of ``pointer``: ``/a~1b/0`` → ``["a/b", "0"]``; ``""`` has none."""
    return [unescape(t) for t in pointer.split("/")[1:]]

"""Comment surgery: a comment written above a key stays with that key when keys move.

ruamel.yaml stores such a comment after the previous key's subtree (or before the
mapping, for the first key); :func:`reorder` moves it to the key itself, then puts the
keys in schema order."""

from __future__ import annotations

from typing import Any

from .emit import CommentedMap, CommentedSeq, CommentToken, comment_token
from .text import indent_of


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
    cut = next((i for i, line in enumerate(lines) if line.strip() and indent_of(line) <= column), None)
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
            out.append(comment_token("\n", 0))
        else:
            out.append(comment_token(line.lstrip(" ") + "\n", indent_of(line)))
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
        entry[slot] = comment_token("\n" + text, 0)


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

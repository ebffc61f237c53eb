"""Index names and acronyms as printed in prose, held against the indicator registry (CC309, CC320)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..model import Corpus
from ..textnorm import canonical, key

#: "(PIC)" within a short distance after "Chỉ số": an acronym naming an index, and the name before it.
NAMED = re.compile(r"([Cc]hỉ số([^()]{0,90}?))\s*\(([A-ZĐ][A-Za-zĐ]*(?: [A-Z][A-Za-z]*)?)\)")
#: "Chỉ số PAPI", "chỉ số SIPAS": an acronym right after the word.
AFTER = re.compile(r"(?<!\w)[Cc]hỉ số\s+([A-Z]{3,}(?:\s+(?:INDEX|Index))?)(?![\w(])")
#: "ICT Index", "PAR INDEX": an acronym right before the English word.
BEFORE = re.compile(r"(?<![\w(])([A-Z]{3,})\s+(?:INDEX|Index|index)(?!\w)")
_PAREN = re.compile(r"\(([^()]{2,20})\)")
#: An alias that is "Chỉ số" and an acronym ("Chỉ số CCHC"): the acronym names the index too.
_ALIAS_ACRONYM = re.compile(r"^[Cc]hỉ số\s+([A-ZĐ]{2,})$")
_LAST_NAME = re.compile(r"[Cc]hỉ số(?!.*[Cc]hỉ số)", re.S)


@dataclass(frozen=True)
class Named:
    """An acronym printed next to an index word: where it starts in the text, as printed, its comparison
    key, how it is printed (``paren`` after “Chỉ số …”, ``after`` “Chỉ số …”, ``before`` “… Index”) and,
    for ``paren``, the index name printed before it (“Chỉ số năng lực cạnh tranh cấp tỉnh”)."""

    start: int
    printed: str
    key: str
    form: str
    name: str | None = None


def acronym_key(acronym: str) -> str:
    """Case and spacing do not make another acronym: "ParIndex" is "PAR INDEX"."""
    return "".join(acronym.split()).upper()


def acronyms(corpus: Corpus) -> dict[str, str]:
    """Acronym key -> indicator code: each code, the acronyms in parentheses in the names, the all-capital
    aliases and the all-capital words of the other aliases (“Chỉ số CCHC” makes CCHC an acronym of it)."""
    out: dict[str, str] = {}
    for ind in corpus.indicators.values():
        names = [ind.code.replace("-", " "), *list(ind.aliases)]
        names += [m.group(1) for m in _PAREN.finditer(ind.name.vi)] + [m.group(1) for m in _PAREN.finditer(ind.name.en)]
        for n in names:
            if n.replace(" ", "").isalpha() and n.upper() == n and len(n) <= 20:
                out.setdefault(acronym_key(n), ind.code)
        for alias in ind.aliases:
            m = _ALIAS_ACRONYM.match(canonical(alias))
            if m:
                out.setdefault(acronym_key(m.group(1)), ind.code)
    for k, code in list(out.items()):
        # "ICT" for "ICT Index": the word "Index" is the index word itself, not part of the name.
        if k.endswith("INDEX") and len(k) > len("INDEX") + 1:
            out.setdefault(k[: -len("INDEX")], code)
    return out


def index_names(corpus: Corpus) -> dict[str, str]:
    """Comparison key of each index name (its Vietnamese name and aliases without the acronym in
    parentheses, tone placement and Unicode form aside) -> indicator code."""
    out: dict[str, str] = {}
    for ind in corpus.indicators.values():
        for name in (ind.name.vi, *ind.aliases):
            bare = key(_PAREN.sub(" ", name))
            if bare.startswith("chỉ số ") and len(bare) > len("chỉ số "):
                out.setdefault(bare, ind.code)
    return out


def distance(a: str, b: str) -> int:
    """Optimal string alignment distance (a swap of two neighbours counts once)."""
    d = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) + 1):
        d[i][0] = i
    for j in range(len(b) + 1):
        d[0][j] = j
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[len(a)][len(b)]


def one_letter_from(token: str, known: dict[str, str]) -> str | None:
    """The known acronym key one letter (or one swap) away from ``token``, when ``token`` is unknown."""
    if token in known:
        return None
    close = sorted((distance(token, k), k) for k in known if abs(len(k) - len(token)) <= 1)
    return close[0][1] if close and close[0][0] == 1 else None


def named(text: str) -> Iterator[Named]:
    """Every acronym printed next to an index word in ``text`` (compared in canonical form)."""
    text = canonical(text)
    seen: set[int] = set()
    for m in NAMED.finditer(text):
        seen.add(m.start(3))
        # The name begins at the last "Chỉ số" before the parenthesis ("Chỉ số A và Chỉ số B (X)": B).
        last = _LAST_NAME.search(m.group(1))
        name = m.group(1)[last.start() :] if last else m.group(1)
        yield Named(m.start(3), m.group(3), acronym_key(m.group(3)), "paren", name)
    for pattern, form in ((AFTER, "after"), (BEFORE, "before")):
        for m in pattern.finditer(text):
            if m.start(1) not in seen:
                seen.add(m.start(1))
                yield Named(m.start(1), m.group(1), acronym_key(m.group(1)), form)

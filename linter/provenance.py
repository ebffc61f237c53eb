"""Provenance: a plan's Vietnamese texts held against the source text they come from.

One alignment per plan serves the provenance rules (CC601–CC605), ``cchc
coverage`` and the site (the source page, and the link from each paragraph to
its lines). Matching works on one normal form of both sides (:func:`normalise`):
the text in :func:`linter.textnorm.canonical` form, line breaks and runs of
spaces as one space, the ``|`` cell-separator lines of table layouts dropped.

* Texts of the document's body (section headings and paragraphs, appendix
  rows) are *ordered*: they are placed along the source by the longest chain
  of increasing positions, so a paragraph stored in the wrong section is found
  out of order.
* Every other text (header, citations as printed, target sentences, task
  texts, agency names as printed …) must occur somewhere.
* An OCR source (``source_kind: ocr``) is compared without diacritics, through
  the ``uncertain`` readings recorded in the plan, and with a fuzzy match that
  tolerates OCR noise; only what no reading explains is reported.
"""

from __future__ import annotations

import bisect
import re
from array import array
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from .model import Plan, SourceFile
from .textnorm import canonical, doc_number

#: Keys whose string values are Vietnamese text as printed.
PRINTED_KEYS = frozenset(
    {"vi", "printed", "date_printed", "issuer_printed", "capacity_printed", "place", "unit_printed", "recipients_label", "type_printed"}
)
#: Subtrees written in the editor's words, never compared with the source.
EDITOR_KEYS = frozenset({"en", "uncertain", "acknowledgements", "transcription", "scope", "authority"})
#: Single values outside PRINTED_KEYS that are printed in the header.
HEADER_POINTERS = ("/document/number", "/document/signer/name")
#: Printed numbering outside the section tree: placed when found, never reported missing.
NUMBERING = re.compile(r"^/wrapper/articles/\d+/number$")
#: Printed header fields whose lines are written joined by " / " (each line is looked up on its own).
LINE_KEYS = frozenset({"capacity_printed", "issuer_printed"})
#: An uncovered span shorter than this many letters and digits is not reported.
MIN_GAP = 6
#: An ordered text shorter than this is too common to be judged out of order.
MIN_ORDERED = 25
#: A text shorter than this matches only as a whole word.
SHORT = 5
#: At most this many occurrences of one text are considered when placing it.
MAX_OCCURRENCES = 64

# Document numbers as printed: 4655/QĐ-UBND, 61/2018/NĐ-CP, 68A/KH-UBND, 23/CT-TTg, 09-NQ/TU, 468/QĐ- TTg.
_LETTERS = "A-ZĐa-zđ"
DOC_NUMBER = re.compile(
    rf"(?<![\w/])(?:\d+[A-Za-z]?/(?:\d{{4}}/)?[{_LETTERS}]+(?:-\s?[{_LETTERS}0-9]+)+"
    rf"|\d+[A-Za-z]?-[A-ZĐ]+/[A-ZĐ]+(?:-[A-ZĐ0-9]+)*)(?![\w])"
)
_CELL = re.compile(r"(?m)^[ \t]*\|[ \t]*$")


def normalise(text: str) -> str:
    """Plan text or source text in the form both are compared in."""
    return re.sub(r"\s+", " ", _CELL.sub(" ", canonical(text))).strip()


@lru_cache(maxsize=4096)
def _fold1(ch: str) -> str:
    from .textnorm import fold

    folded = fold(ch)
    return folded[0] if folded else " "


def fold_chars(text: str) -> str:
    """Diacritics and case folded one character for one, so positions stay the same."""
    return "".join(_fold1(c) if not c.isascii() else c.lower() for c in text)


@dataclass(frozen=True)
class SourceText:
    """A source file in compared form, with the way back to its lines."""

    path: str
    raw: str
    norm: str
    #: Offset in ``raw`` of each character of ``norm``.
    origin: array
    line_starts: tuple[int, ...]

    def line(self, index: int) -> int:
        """1-based source line of the ``index``-th character of ``norm``."""
        if not self.norm:
            return 1
        index = min(max(index, 0), len(self.norm) - 1)
        return bisect.bisect_right(self.line_starts, self.origin[index])

    def lines(self, start: int, end: int) -> tuple[int, int]:
        return self.line(start), self.line(max(start, end - 1))


def prepare(path: str, raw: str) -> SourceText:
    """Normalise a source text, keeping where each character came from."""
    out: list[str] = []
    origin = array("i")
    line_starts = [0]
    offset = 0
    pending_space = False
    for line in raw.split("\n"):
        if line.strip() != "|":
            text = canonical(line)
            # canonical() keeps the length of NFC text except for decomposed input; map proportionally.
            scale = len(line) / len(text) if text and len(text) != len(line) else 1.0
            for i, ch in enumerate(text):
                if ch.isspace():
                    pending_space = bool(out)
                    continue
                if pending_space:
                    out.append(" ")
                    origin.append(offset + int(i * scale))
                    pending_space = False
                out.append(ch)
                origin.append(offset + int(i * scale))
        pending_space = bool(out)
        offset += len(line) + 1
        line_starts.append(offset)
    line_starts.pop()
    return SourceText(path, raw, "".join(out), origin, tuple(line_starts))


@dataclass(frozen=True)
class Piece:
    """One Vietnamese string of the plan, with the pointer of its value."""

    pointer: str
    text: str
    ordered: bool
    #: False for printed numbering (I., 1., a)): placed when found, never reported missing
    #: (OCR mangles it, and the numbering rules check it).
    required: bool = True


def _strings(node: Any, pointer: str) -> Iterator[tuple[str, str]]:
    """(pointer, text) of every printed string under ``node``, in the data's order."""
    stack: list[tuple[Any, str]] = [(node, pointer)]
    while stack:
        current, here = stack.pop()
        children: list[tuple[Any, str]] = []
        if type(current) is dict:
            paraphrase = current.get("paraphrase") is True
            for k, v in current.items():
                p = f"{here}/{k}"
                if k in EDITOR_KEYS:
                    continue
                if type(v) is str:
                    if ((k in PRINTED_KEYS and not (k == "vi" and paraphrase)) or p in HEADER_POINTERS or NUMBERING.match(p)) and v.strip():
                        if k in LINE_KEYS and p.startswith("/document/"):
                            children.extend((line, p) for line in v.split(" / ") if line.strip())
                        else:
                            children.append((v, p))
                elif type(v) in (dict, list):
                    children.append((v, p))
        elif type(current) is list:
            children = [(v, f"{here}/{i}") for i, v in enumerate(current) if type(v) in (dict, list)]
        elif type(current) is str:
            yield here, current
            continue
        stack.extend(reversed(children))


def pieces(plan: Plan) -> list[Piece]:
    """Every Vietnamese string of the plan: the body in document order, then the rest."""
    return pieces_of(plan.data if isinstance(plan.data, dict) else {})


def pieces_of(data: dict[str, Any]) -> list[Piece]:
    """:func:`pieces` of a plan's plain (schema-valid) data."""
    tasks = data.get("tasks") or []
    appendix: dict[str, list[int]] = {}
    for i, t in enumerate(tasks):
        if isinstance(t, dict) and t.get("source") == "appendix":
            appendix.setdefault(str(t.get("section")), []).append(i)
    ordered: list[Piece] = []
    placed_tasks: set[int] = set()

    def walk(sections: Any, base: str) -> None:
        for i, s in enumerate(sections if isinstance(sections, list) else ()):
            if not isinstance(s, dict):
                continue
            here = f"{base}/{i}"
            number = s.get("number")
            if isinstance(number, str) and any(c.isalnum() for c in number):
                ordered.append(Piece(f"{here}/number", number, True, required=False))
            own = {k: v for k, v in s.items() if k in ("heading", "paragraphs")}
            for key in ("heading", "paragraphs"):
                if key in own:
                    ordered.extend(Piece(p, t, True) for p, t in _strings(own[key], f"{here}/{key}"))
            for ti in appendix.get(str(s.get("id")), ()):
                placed_tasks.add(ti)
                ordered.extend(Piece(p, t, True) for p, t in _strings(tasks[ti], f"/tasks/{ti}"))
            walk(s.get("sections"), f"{here}/sections")

    walk(data.get("sections"), "/sections")
    for ti in sorted(set(i for ids in appendix.values() for i in ids) - placed_tasks):
        ordered.extend(Piece(p, t, True) for p, t in _strings(tasks[ti], f"/tasks/{ti}"))
    rest = {k: v for k, v in data.items() if k != "sections"}
    if tasks:
        rest["tasks"] = [t if i not in placed_tasks else {} for i, t in enumerate(tasks)]
    unordered = [Piece(p, t, False, required=not NUMBERING.match(p)) for p, t in _strings(rest, "")]
    return ordered + unordered


@dataclass(frozen=True)
class Placement:
    """Where one text of the plan stands in the source."""

    pointer: str
    start: int
    end: int
    first_line: int
    last_line: int
    ordered: bool
    #: True when only the OCR-tolerant comparison found it.
    fuzzy: bool = False


@dataclass(frozen=True)
class Gap:
    """A span of the source that no text of the plan covers."""

    start: int
    end: int
    first_line: int
    last_line: int
    text: str

    @property
    def quote(self) -> str:
        """The span's opening words, as findings quote them."""
        words = self.text.split(" ")
        return " ".join(words[:12]) + (" …" if len(words) > 12 else "")

    @property
    def weight(self) -> int:
        return sum(1 for c in self.text if c.isalnum())


@dataclass
class Alignment:
    """A plan held against its source."""

    source: SourceText
    placements: dict[str, Placement] = field(default_factory=dict)
    #: Texts not found in the source.
    missing: list[Piece] = field(default_factory=list)
    #: Body texts found, but not in the document's order.
    out_of_order: list[Placement] = field(default_factory=list)
    covered: bytearray = field(default_factory=bytearray)
    #: Document numbers in the source that the plan records nowhere: normal form -> (printed, index).
    unrecorded_numbers: dict[str, tuple[str, int]] = field(default_factory=dict)

    def gaps(self, minimum: int = MIN_GAP) -> list[Gap]:
        out = []
        norm, covered = self.source.norm, self.covered
        i, n = 0, len(norm)
        while i < n:
            if covered[i] or not norm[i].isalnum():
                i += 1
                continue
            j = i
            while j < n and (not covered[j] or norm[j] == " "):
                j += 1
            text = norm[i:j].rstrip()
            gap = Gap(i, i + len(text), *self.source.lines(i, i + len(text)), text)
            if gap.weight >= minimum:
                out.append(gap)
            i = j
        return out

    def counts(self) -> tuple[int, int]:
        """(letters and digits covered, letters and digits in the source)."""
        norm = self.source.norm
        total = covered = 0
        for i, ch in enumerate(norm):
            if ch.isalnum():
                total += 1
                covered += self.covered[i]
        return covered, total

    @property
    def share(self) -> float:
        covered, total = self.counts()
        return covered / total if total else 1.0


class _Matcher:
    """Finds plan texts in one source, exactly or (for OCR sources) tolerantly."""

    def __init__(self, source: SourceText, ocr: bool, readings: list[tuple[str, str]]) -> None:
        self.source = source
        self.ocr = ocr
        self.hay = fold_chars(source.norm) if ocr else source.norm
        self.readings = (
            [(fold_chars(normalise(r)), fold_chars(normalise(w))) for w, r in readings if r.strip() and w.strip()] if ocr else []
        )

    def needles(self, text: str) -> list[str]:
        """The text in compared form; for OCR also with the recorded readings put back to the raw OCR strings."""
        n = normalise(text)
        if not self.ocr:
            return [n]
        n = fold_chars(n)
        raw = n
        for reading, printed in self.readings:
            if len(reading) >= 6 and reading in raw:
                raw = raw.replace(reading, printed)
        # A recorded reading names the OCR string this text stands for: look for that first.
        return [n] if raw == n else [raw, n]

    def find_all(self, needle: str) -> list[int]:
        """Where ``needle`` occurs; a short one (``I.``, ``a)``, ``Số``) only as a whole word."""
        out: list[int] = []
        whole = len(needle) < SHORT
        hay = self.hay
        i = hay.find(needle) if needle else -1
        while i >= 0 and len(out) < MAX_OCCURRENCES:
            end = i + len(needle)
            if not whole or ((i == 0 or not hay[i - 1].isalnum()) and (end >= len(hay) or not hay[end].isalnum())):
                out.append(i)
            i = hay.find(needle, i + 1)
        return out

    def fuzzy(self, needle: str, hay: str | None = None) -> tuple[int, int] | None:
        """The span of ``hay`` (default: the whole source) closest to ``needle``, if close enough."""
        if not self.ocr or len(needle) < 8:
            return None
        from rapidfuzz import fuzz

        hay = self.hay if hay is None else hay
        cutoff = 85 if len(needle) >= 20 else 90
        found = fuzz.partial_ratio_alignment(needle, hay, score_cutoff=cutoff)
        if found is None:
            return None
        # The alignment may trim a misread first or last word: widen it to the best window that starts
        # and ends at a word boundary, at most two words out.
        start0, end0 = found.dest_start, found.dest_end
        starts = [start0, *_boundaries_before(hay, start0, 2)]
        ends = [end0, *_boundaries_after(hay, end0, 2)]
        best = max(((fuzz.ratio(needle, hay[a:b]), b - a, a, b) for a in starts for b in ends if b > a), default=(0, 0, start0, end0))
        return best[2], best[3]

    def fuzzy_elsewhere(self, needle: str, covered: bytearray) -> tuple[int, int] | None:
        """:meth:`fuzzy` over the parts of the source no text has covered yet."""
        parts, i, n = [], 0, len(covered)
        while i < n:
            j = covered.find(1, i)
            if j < 0:
                parts.append(self.hay[i:])
                break
            parts.append(self.hay[i:j])
            k = covered.find(0, j)
            k = n if k < 0 else k
            parts.append("\0" * (k - j))
            i = k
        return self.fuzzy(needle, "".join(parts))

    def locate(self, text: str) -> tuple[list[int], int, tuple[int, int] | None]:
        """(exact positions, length of the matched form, fuzzy span when only that matched)."""
        forms = self.needles(text)
        for form in forms:
            occ = self.find_all(form)
            if occ:
                return occ, len(form), None
        for form in forms:
            span = self.fuzzy(form)
            if span is not None:
                return [span[0]], span[1] - span[0], span
        return [], len(forms[0]), None


def _boundaries_before(text: str, pos: int, words: int) -> list[int]:
    out = []
    while words and pos > 0:
        pos = text.rfind(" ", 0, pos - 1) + 1
        out.append(pos)
        words -= 1
    return out


def _boundaries_after(text: str, pos: int, words: int) -> list[int]:
    out = []
    while words and pos < len(text):
        nxt = text.find(" ", pos + 1)
        pos = len(text) if nxt < 0 else nxt
        out.append(pos)
        words -= 1
    return out


def _chain(candidates: list[list[int]]) -> list[int | None]:
    """For each ordered text, the position chosen on the longest increasing chain (or None)."""
    tails: list[int] = []  # smallest end position of a chain of each length
    tail_ref: list[tuple[int, int]] = []  # (text index, position) at each tail
    back: dict[tuple[int, int], tuple[int, int] | None] = {}
    for i, occ in enumerate(candidates):
        for pos in sorted(occ, reverse=True):
            k = bisect.bisect_left(tails, pos)
            back[(i, pos)] = tail_ref[k - 1] if k > 0 else None
            if k == len(tails):
                tails.append(pos)
                tail_ref.append((i, pos))
            else:
                tails[k] = pos
                tail_ref[k] = (i, pos)
    chosen: list[int | None] = [None] * len(candidates)
    node = tail_ref[-1] if tail_ref else None
    while node is not None:
        chosen[node[0]] = node[1]
        node = back[node]
    # Each text on the chain takes the latest occurrence that keeps the order, so that a heading
    # sits just before what follows it and does not take a header's earlier line.
    limit: int | None = None
    for i in range(len(candidates) - 1, -1, -1):
        placed = chosen[i]
        if placed is None:
            continue
        later = [o for o in candidates[i] if o >= placed and (limit is None or o < limit)]
        limit = max(later) if later else placed
        chosen[i] = limit
    return chosen


def align(plan: Plan, source: SourceText) -> Alignment:
    """Place every Vietnamese text of ``plan`` in ``source``."""
    ocr = plan.transcription is not None and plan.transcription.ocr
    matcher = _Matcher(source, ocr, [(u.raw, u.reading) for _, u in plan.uncertain])
    result = Alignment(source, covered=bytearray(len(source.norm)))
    all_pieces = pieces(plan)
    found = [matcher.locate(p.text) for p in all_pieces]

    def place(k: int, start: int) -> Placement:
        p, (_, size, span) = all_pieces[k], found[k]
        end = start + size
        pl = Placement(p.pointer, start, end, *source.lines(start, end), p.ordered, span is not None)
        result.placements.setdefault(p.pointer, pl)
        for j in range(start, min(end, len(result.covered))):
            result.covered[j] = 1
        return pl

    ordered = [k for k, p in enumerate(all_pieces) if p.ordered]
    chosen = _chain([found[k][0] for k in ordered])
    for k, pos in zip(ordered, chosen):
        occ, size, _ = found[k]
        if not occ:
            if all_pieces[k].required:
                result.missing.append(all_pieces[k])
        elif pos is not None:
            place(k, pos)
        else:
            pl = place(k, occ[0])
            if size >= MIN_ORDERED:
                result.out_of_order.append(pl)
    for k, p in enumerate(all_pieces):
        if p.ordered:
            continue
        occ, size, _ = found[k]
        if not occ:
            if p.required:
                result.missing.append(p)
            continue
        # Prefer an occurrence no other text has mostly covered (a repeated name stands for its own line).
        fresh = next((o for o in occ if sum(result.covered[o : o + size]) * 2 < size), None)
        if fresh is None and matcher.ocr:
            # Every exact occurrence is already covered by another text; an OCR-misread one may not be.
            elsewhere = matcher.fuzzy_elsewhere(matcher.needles(p.text)[0], result.covered)
            if elsewhere is not None:
                found[k] = ([elsewhere[0]], elsewhere[1] - elsewhere[0], elsewhere)
                fresh = elsewhere[0]
        if fresh is None:
            fresh = next((o for o in occ if not all(result.covered[o : o + size])), occ[0])
        place(k, fresh)
    result.unrecorded_numbers = _unrecorded_numbers(plan, source)
    return result


def recorded_numbers(plan: Plan) -> set[str]:
    """Normal forms of every document number the plan records (its own, and every citation's)."""
    found = {doc_number(plan.header.number)}
    texts = [c.printed for c in plan.citations] + [c.number or "" for c in plan.citations]
    texts += [s.printed for s in plan.self_references] + [s.number or "" for s in plan.self_references]
    texts += [a.attached_line.printed for a in plan.annexes if a.attached_line]
    for t in texts:
        found.update(doc_number(m.group(0)) for m in DOC_NUMBER.finditer(normalise(t)))
        if t and "/" in t and " " not in t.strip():
            found.add(doc_number(t))
    return found


def _unrecorded_numbers(plan: Plan, source: SourceText) -> dict[str, tuple[str, int]]:
    recorded = recorded_numbers(plan)
    ocr = plan.transcription is not None and plan.transcription.ocr
    if ocr:
        # OCR misreads letters (QĐ → QD, QPb, Qb): a number is recorded when its digits agree
        # with a recorded number's and the rest is close.
        from rapidfuzz import fuzz

        by_digits: dict[str, list[str]] = {}
        for r in recorded:
            by_digits.setdefault(_digits(r), []).append(fold_chars(r))
    out: dict[str, tuple[str, int]] = {}
    for m in DOC_NUMBER.finditer(source.norm):
        key = doc_number(m.group(0))
        if key in recorded or key in out:
            continue
        if ocr and any(fuzz.ratio(fold_chars(key), r) >= 60 for r in by_digits.get(_digits(key), ())):
            continue
        out[key] = (m.group(0), m.start())
    return out


def _digits(number: str) -> str:
    return "/".join(re.findall(r"\d+", number))


def load_source(source: SourceFile | None) -> SourceText | None:
    if source is None or source.text is None:
        return None
    return prepare(source.path, source.text)

"""The catalogues of words: complete in both languages, and the only place words are chosen by language.

The linter's words are in ``linter/catalogue.py`` (messages, report words, severities, counted
nouns), the site's in ``linter/sitegen/words.py``; both read a (Vietnamese, English) pair with
``catalogue.pick``. No other module writes words inside a ``lang == "en"`` conditional.
"""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

from linter import catalogue
from linter.sitegen import formats, words
from linter.sitegen.words import pick

ROOT = Path(__file__).resolve().parents[1]
LINTER = ROOT / "linter"

#: Modules allowed to choose words by language. The catalogues themselves; and two areas whose
#: words are being moved into the catalogues separately: the formatter (linter/formatter.py,
#: linter/fmt/) and the plan page (linter/sitegen/pages/plan*.py).
ALLOWED = ("catalogue.py", "sitegen/words.py", "formatter.py", "fmt/", "sitegen/pages/plan")

LANG_CODES = {"vi", "en"}
_FIELDS = string.Formatter()


def _fields(template: str) -> set[str]:
    return {name.split(".")[0].split("[")[0] for _, name, _, _ in _FIELDS.parse(template) if name}


def _pairs() -> list[tuple[str, tuple[str, ...]]]:
    """Every entry of every table of words: (name, (vi, en)) or, for counted nouns, (vi, en one, en many)."""
    out: list[tuple[str, tuple[str, ...]]] = []
    for module in (catalogue, words):
        for attr, table in vars(module).items():
            if attr.isupper() and isinstance(table, dict):
                for key, value in table.items():
                    if isinstance(value, tuple) and value and all(isinstance(v, str) for v in value):
                        out.append((f"{module.__name__}.{attr}[{key!r}]", value))
    for key, value in catalogue.messages().items():
        out.append((f"linter.catalogue.messages()[{key!r}]", value))
    for i, (_, pair) in enumerate(words.MONEY_SIZES):
        out.append((f"words.MONEY_SIZES[{i}]", pair))
    return out


PAIRS = _pairs()


def test_the_tables_are_found():
    names = {name.split("[")[0] for name, _ in PAIRS}
    for table in ("messages()", "UI", "SEVERITY", "NOUNS"):
        assert f"linter.catalogue.{table}" in names
    for table in ("UI", "DOC_TYPES", "EVERY", "HALVES", "STATUS", "SEVERITY"):
        assert f"linter.sitegen.words.{table}" in names
    assert len(PAIRS) > 500


@pytest.mark.parametrize(("name", "value"), PAIRS, ids=[n for n, _ in PAIRS])
def test_every_entry_has_both_languages_with_the_same_placeholders(name, value):
    assert len(value) in (2, 3), name
    # ("", "") says on purpose that there is nothing to write (a count has no unit); one language alone never is
    if any(value):
        for text in value:
            assert text.strip(), f"{name}: an empty language"
    vi, *en = value
    for text in en:
        assert _fields(text) == _fields(vi), f"{name}: placeholders differ between the languages"


def test_severity_has_one_home():
    assert words.SEVERITY is catalogue.SEVERITY
    assert set(catalogue.SEVERITY) == {"error", "warning", "info"}
    assert not set(catalogue.SEVERITY) & set(catalogue.UI), "severity words also in catalogue.UI"
    for sev, (vi, en) in catalogue.SEVERITY.items():
        assert catalogue.NOUNS[sev][:2] == (vi, en)
        assert catalogue.severity_label(sev, "vi") == vi and catalogue.severity_label(sev, "en") == en


def test_one_way_to_read_a_pair():
    assert words.pick is catalogue.pick
    assert pick(("Mã", "Code"), "vi") == "Mã"
    assert pick(("Mã", "Code"), "en") == "Code"
    # Vietnamese is the default language
    assert pick(("Mã", "Code"), "fr") == "Mã"


@pytest.mark.parametrize(
    ("kind", "fields", "vi", "en"),
    [
        ("month", {"year": 2025, "month": 3}, "Tháng 3/2025", "March 2025"),
        ("quarter", {"year": 2025, "quarter": 2}, "Quý II/2025", "Q2 2025"),
        ("quarter-span", {"year": 2025, "quarter": 3, "quarter_end": 4}, "Quý III–IV/2025", "Q3–Q4 2025"),
        ("half-year", {"year": 2025, "half": 1}, "6 tháng đầu năm 2025", "first half of 2025"),
        ("half-year", {"year": 2025, "half": 2}, "6 tháng cuối năm 2025", "second half of 2025"),
        ("year", {"year": 2025}, "Năm 2025", "2025"),
        ("recurring", {"every": "quarter"}, "Hằng quý", "Every quarter"),
        ("continuous", {}, "Thường xuyên", "Ongoing"),
        ("external", {}, "Theo lộ trình của văn bản khác", "On another document's schedule"),
        ("unreadable", {}, "cuối năm nay", ""),
    ],
)
def test_deadlines_read_from_the_catalogue(kind, fields, vi, en):
    from linter.model import Deadline

    d = Deadline(kind=kind, printed="cuối năm nay", pointer="/tasks/0/deadline", **fields)
    assert formats.deadline(d, "vi") == vi
    assert formats.deadline(d, "en") == en


def test_money_reads_from_the_catalogue():
    assert formats.money(20000, "nghin-dong", "vi") == ("20 triệu đồng", 20_000_000.0)
    assert formats.money(20000, "nghin-dong", "en") == ("VND 20 million", 20_000_000.0)
    assert formats.money(2.5, "ty-dong", "vi") == ("2,5 tỷ đồng", 2_500_000_000.0)
    assert formats.money(500, "dong", "en") == ("VND 500", 500.0)


# --------------------------------------------------------------------------
# No words chosen by language outside the catalogues

_TAGS = re.compile(r"<[^>]*>")
_LETTERS = re.compile(r"[^\W\d_]{2,}")


def _is_lang_test(node: ast.AST) -> bool:
    """``lang == "en"``, ``lang != "vi"`` … anywhere in ``node``."""
    for sub in ast.walk(node):
        if isinstance(sub, ast.Compare) and len(sub.ops) == 1 and isinstance(sub.ops[0], (ast.Eq, ast.NotEq)):
            sides = [sub.left, *sub.comparators]
            names = [s.id if isinstance(s, ast.Name) else s.attr if isinstance(s, ast.Attribute) else "" for s in sides]
            codes = [s.value for s in sides if isinstance(s, ast.Constant)]
            if any(n.endswith("lang") for n in names) and any(c in LANG_CODES for c in codes):
                return True
    return False


def _words_in(node: ast.AST) -> list[str]:
    """String literals in ``node`` that are words a reader sees: not a key passed to a call, not an
    index, not a language code, not HTML markup alone."""
    skip: set[int] = set()
    for sub in ast.walk(node):
        if isinstance(sub, ast.Call):
            skip.update(id(a) for a in [*sub.args, *(k.value for k in sub.keywords)])
        elif isinstance(sub, ast.Subscript):
            skip.add(id(sub.slice))
        elif isinstance(sub, ast.JoinedStr):
            skip.update(id(v) for v in sub.values)
        elif isinstance(sub, ast.FormattedValue) and sub.format_spec is not None:
            skip.add(id(sub.format_spec))
    found = []
    for sub in ast.walk(node):
        if id(sub) in skip:
            continue
        if isinstance(sub, ast.Constant) and isinstance(sub.value, str):
            text = sub.value
        elif isinstance(sub, ast.JoinedStr):
            text = "".join(v.value for v in sub.values if isinstance(v, ast.Constant) and isinstance(v.value, str))
        else:
            continue
        if text not in LANG_CODES and _LETTERS.search(_TAGS.sub("", text)):
            found.append(text)
    return found


def inline_words(source: str) -> list[tuple[int, str]]:
    """Places in ``source`` that choose words by language instead of asking a catalogue."""
    tree = ast.parse(source)
    out: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.IfExp, ast.If)) and _is_lang_test(node.test):
            branches = [node.body, node.orelse]
            said = [w for b in branches for part in (b if isinstance(b, list) else [b]) for w in _words_in(part)]
            if said:
                out.append((node.lineno, f"words chosen by language: {said[0]!r}"))
            elif isinstance(node, ast.IfExp) and all(isinstance(b, ast.Constant) and isinstance(b.value, int) for b in branches):
                out.append((node.lineno, "a pair read by index: use catalogue.pick"))
        elif isinstance(node, ast.Assign) and isinstance(node.value, ast.Compare) and _is_lang_test(node.value):
            out.append((node.lineno, "a language flag: use catalogue.pick"))
        elif isinstance(node, ast.Dict):
            keys = {k.value for k in node.keys if isinstance(k, ast.Constant)}
            if keys == LANG_CODES and all(
                isinstance(v, ast.Dict) or (isinstance(v, (ast.Constant, ast.JoinedStr)) and _words_in(v)) for v in node.values
            ):
                out.append((node.lineno, "an inline table of words by language"))
    return out


def _modules() -> list[Path]:
    return [p for p in sorted(LINTER.rglob("*.py")) if not any(a in p.relative_to(LINTER).as_posix() for a in ALLOWED)]


def test_no_words_are_chosen_by_language_outside_the_catalogues():
    found = [
        f"linter/{p.relative_to(LINTER).as_posix()}:{line}: {what}" for p in _modules() for line, what in inline_words(p.read_text("utf-8"))
    ]
    assert found == []


@pytest.mark.parametrize(
    "source",
    [
        'x = "Code" if lang == "en" else "Mã"',
        'x = vi if lang == "vi" else f"Năm {year}"',
        'if lang == "en":\n    x = "Ongoing"\nelse:\n    x = "Thường xuyên"',
        'x = FAMILIES[f][0 if lang == "vi" else 1]',
        'en = lang == "en"',
        'W = {"vi": {"a": "Nhóm"}, "en": {"a": "Family"}}',
        'W = {"vi": "Nhóm", "en": "Family"}',
        'x = f"{n} đồng" if self.lang == "vi" else f"VND {n}"',
    ],
)
def test_the_scan_finds_inline_words(source):
    assert inline_words(source)


@pytest.mark.parametrize(
    "source",
    [
        'x = self.en if lang == "en" and self.en else self.vi',  # a field of the data, not words
        'prefix = "" if lang == "vi" else f"{lang}/"',  # a path
        'x = h(t) if lang == "vi" else f\'<span lang="vi">{h(t)}</span>\'',  # markup
        'x = FEED if lang == "vi" else FEED.replace(".xml", f".{lang}.xml")',  # a file name
        'x = t("cite_about", lang) if lang == "vi" else ", "',  # a key of the catalogue
        'x = pick(("Mã", "Code"), lang)',
        'x = {"vi": a.name.vi, "en": a.name.en}',  # data written in both languages
    ],
)
def test_the_scan_passes_other_uses_of_the_language(source):
    assert inline_words(source) == []

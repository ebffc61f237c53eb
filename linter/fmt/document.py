"""Formatting one file in memory: load, normalise, dump, run the text passes, and keep the
result only when the project's own loader reads exactly the original data and every
comment is still there."""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass
from pathlib import Path

from ..catalogue import formatter_words, render
from ..config import Config
from ..corpus import display_path, kind_of
from ..limits import Limits
from ..loader import load_text
from .compare import same_data
from .emit import MarkedYAMLError, make_yaml
from .modeline import project_modeline, strip_modeline
from .normalise import Normaliser
from .schema_order import NO_SCHEMA, schema_view
from .text import align_comments, comments, strip_trailing_space

#: Loader findings after which a file is not formatted.
UNFORMATTABLE = frozenset({"CC001", "CC002", "CC003", "CC004", "CC005", "CC007"})


@dataclass
class Problem:
    """Why a file was not formatted: a location and a bilingual message."""

    path: str
    line: int
    column: int
    vi: str
    en: str

    def render(self) -> str:
        """``path:line:column: Vietnamese / English``."""
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
        """Whether the formatted text differs from the original."""
        return self.text is not None and self.text != self.original


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
            out.problem = Problem(path, 1, 1, *formatter_words("unreadable"))
        else:
            out.problem = Problem(path, f.location.line, f.location.column, f"{f.rule} {render(f, 'vi')}", f"{f.rule} {render(f, 'en')}")
        return out
    body = strip_modeline(text)
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
        out.problem = Problem(path, line, col, *formatter_words("ruamel", problem=msg))
        return out
    except Exception as exc:
        out.problem = Problem(path, 1, 1, *formatter_words("ruamel", problem=exc))
        return out
    norm = Normaliser()
    schema = schema_view(schema_dir, kind) if schema_dir is not None else NO_SCHEMA
    try:
        tree = norm.node(tree, lf.data, schema, False, top=True)
        buf = io.StringIO()
        yaml.dump(tree, buf)
    except Exception as exc:
        out.problem = Problem(path, 1, 1, *formatter_words("cannot_format", error=f"{type(exc).__name__}: {exc}"))
        return out
    dumped = buf.getvalue()
    head = modeline + "\n" if modeline else ""
    # The most canonical text whose data is exactly the original's; the later
    # candidates do less, for the rare file where a text pass would change a value.
    candidates: list[str] = []
    for candidate in (align_comments(strip_trailing_space(dumped)), strip_trailing_space(dumped), dumped.rstrip("\n") + "\n"):
        candidate = head + strip_modeline(candidate) if modeline else candidate
        if candidate not in candidates:
            candidates.append(candidate)
    result = None
    for candidate in candidates:
        check = load_text(candidate, path, limits or Limits())
        if check.data is not None and not any(f.rule in UNFORMATTABLE for f in check.findings) and same_data(lf.data, check.data):
            result = candidate
            break
    if result is None:
        out.problem = Problem(path, 1, 1, *formatter_words("data_would_change"))
        return out
    kept = {c for _, c in comments(result)}
    lost = [(line, c) for line, c in comments(text) if c not in kept and not c.startswith("# yaml-language-server:")]
    if lost:
        line, comment = lost[0]
        out.problem = Problem(path, line, 1, *formatter_words("comment_would_drop", comment=comment))
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
        return Outcome(shown, "", problem=Problem(shown, 1, 1, *formatter_words("unreadable.os", reason=exc.strerror)))
    if len(raw) > config.limits.max_file_bytes:
        return Outcome(shown, "", problem=Problem(shown, 1, 1, *formatter_words("too_large")))
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return Outcome(shown, "", problem=Problem(shown, line, 1, *formatter_words("not_utf8")))
    kind = kind_of(path, config)
    return format_text(
        text, path=shown, kind=kind, schema_dir=config.schema, modeline=project_modeline(path, text, config, kind), limits=config.limits
    )

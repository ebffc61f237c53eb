"""The rules. One module per rule, yamllint-style.

Each module defines ``CODE`` (stable, e.g. ``CC101``), ``NAME`` (readable,
e.g. ``citation-date-mismatch``), ``FAMILY``, ``SEVERITY`` (the default) and a
``check(ctx)`` generator of :class:`~linter.findings.Finding`, and next to them
its messages, as ruff keeps them: ``MESSAGE`` (Vietnamese, English) and, for
findings of several kinds, ``VARIANTS`` keyed by the finding's ``variant``
(or ``problem``, ``limit``, ``feature``) parameter. The module
docstring is the rule's documentation: its first line is the summary (English),
the next paragraph the same summary in Vietnamese, and
the sections ``[vi]``, ``[en]``, ``[fires]`` and ``[passes]`` hold the
Vietnamese and English explanation and two YAML examples; the rule reference
(``cchc explain`` and the website) is generated from it.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from types import ModuleType

from ..findings import Finding

FAMILIES = {
    "syntax": ("Cú pháp và lược đồ", "Syntax and schema"),
    "references": ("Tham chiếu", "References"),
    "tasks": ("Nhiệm vụ", "Tasks"),
    "targets": ("Chỉ tiêu", "Targets"),
    "structure": ("Cấu trúc", "Structure"),
    "translation": ("Bản dịch", "Translation"),
    "provenance": ("Nguồn gốc văn bản", "Provenance"),
    "acknowledgements": ("Xác nhận phát hiện", "Acknowledgements"),
}


@dataclass(frozen=True)
class RuleDoc:
    #: One line, English (the docstring's first line, as pydoc and ruff expect).
    summary: str
    vi: str
    en: str
    fires: str
    passes: str
    #: The same line in Vietnamese (the docstring's second paragraph).
    summary_vi: str = ""

    def title(self, lang: str) -> str:
        """The one-line summary in ``lang``."""
        return self.summary_vi if lang == "vi" and self.summary_vi else self.summary


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    family: str
    severity: str
    check: Callable[..., Iterator[Finding]]
    doc: RuleDoc
    module: str
    #: Message templates (Vietnamese, English) by key: the code, or ``CODE.variant``.
    messages: dict[str, tuple[str, str]] = field(default_factory=dict)


_SECTION = re.compile(r"^\[(vi|en|fires|passes)\]\s*$", re.M)


def parse_doc(text: str) -> RuleDoc:
    text = text.strip("\n")
    parts = _SECTION.split(text)
    head = [" ".join(p.split()) for p in parts[0].strip().split("\n\n") if p.strip()]
    summary = head[0] if head else ""
    summary_vi = head[1] if len(head) > 1 else ""
    found = {parts[i]: _dedent(parts[i + 1]) for i in range(1, len(parts) - 1, 2)}
    return RuleDoc(summary, found.get("vi", ""), found.get("en", ""), found.get("fires", ""), found.get("passes", ""), summary_vi)


def _dedent(block: str) -> str:
    import textwrap

    return textwrap.dedent(block).strip("\n")


def _messages(mod: ModuleType) -> dict[str, tuple[str, str]]:
    """A rule module's messages, keyed as findings name them: ``CC101``, ``CC101.registry``."""
    out: dict[str, tuple[str, str]] = {}
    if hasattr(mod, "MESSAGE"):
        out[mod.CODE] = mod.MESSAGE
    for variant, pair in getattr(mod, "VARIANTS", {}).items():
        out[f"{mod.CODE}.{variant}"] = pair
    return out


def _from_module(mod: ModuleType) -> Rule:
    return Rule(mod.CODE, mod.NAME, mod.FAMILY, mod.SEVERITY, mod.check, parse_doc(mod.__doc__ or ""), mod.__name__, _messages(mod))


@lru_cache(maxsize=1)
def all_messages() -> dict[str, tuple[str, str]]:
    """Every rule's messages, keyed ``CODE`` or ``CODE.variant``."""
    return {key: pair for rule in all_rules() for key, pair in rule.messages.items()}


@lru_cache(maxsize=1)
def all_rules() -> tuple[Rule, ...]:
    """Every rule, sorted by code."""
    rules = []
    for info in pkgutil.iter_modules(__path__):
        if info.name.startswith("_"):
            continue
        mod = importlib.import_module(f"{__name__}.{info.name}")
        if hasattr(mod, "CODE"):
            rules.append(_from_module(mod))
    return tuple(sorted(rules, key=lambda r: r.code))


def by_code() -> dict[str, Rule]:
    return {r.code: r for r in all_rules()}


def lookup(token: str) -> Rule | None:
    """A rule by code (``CC101``) or by name (``citation-date-mismatch``)."""
    token = token.strip()
    for r in all_rules():
        if r.code == token.upper() or r.name == token.lower():
            return r
    return None

"""Run the rules over a loaded corpus and settle acknowledgements.

The flow is one way: :func:`linter.corpus.load_corpus` → rules → findings →
acknowledgements → :class:`Report` → reporters.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .cache import Cache
from .config import Config
from .corpus import Loaded, display_path, is_corpus_input, load_corpus
from .findings import SEVERITY_RANK, Acknowledgement, Finding, Result
from .model import Plan
from .rules import Rule, all_rules, by_code
from .rules._context import Context

#: Rules whose findings are about acknowledgements themselves; they cannot be acknowledged.
ACK_RULES = ("CC901", "CC902", "CC903")

STATUS_OK = "ok"
STATUS_ADVISORY = "advisory"
STATUS_FAILING = "failing"
#: The file could not be modelled (syntax or schema) and the rules that say why are not selected:
#: the selected rules did not check it.
STATUS_UNCHECKED = "unchecked"


@dataclass
class FileStatus:
    path: str
    kind: str
    status: str
    counts: dict[str, int]
    acknowledged: int
    #: For an unchecked file, the code of the finding that kept it out of the model.
    blocked_by: str | None = None


@dataclass
class Report:
    results: list[Result]
    files: list[FileStatus]
    fail_on: str
    checked_files: list[str]
    loaded: Loaded | None = None
    rules: dict[str, Rule] = field(default_factory=dict)

    @property
    def failing(self) -> list[Result]:
        threshold = SEVERITY_RANK[self.fail_on]
        return [r for r in self.results if not r.acknowledged and SEVERITY_RANK[r.severity] >= threshold]

    @property
    def exit_code(self) -> int:
        return 1 if self.failing else 0

    def summary(self) -> dict[str, object]:
        open_ = [r for r in self.results if not r.acknowledged]
        by_sev = {s: sum(1 for r in open_ if r.severity == s) for s in ("error", "warning", "info")}
        return {
            "files": len(self.checked_files),
            "findings": len(open_),
            "acknowledged": sum(1 for r in self.results if r.acknowledged),
            "by_severity": by_sev,
            "failing": len(self.failing),
            "fail_on": self.fail_on,
            "status": {
                STATUS_OK: sum(1 for f in self.files if f.status == STATUS_OK),
                STATUS_ADVISORY: sum(1 for f in self.files if f.status == STATUS_ADVISORY),
                STATUS_FAILING: sum(1 for f in self.files if f.status == STATUS_FAILING),
                STATUS_UNCHECKED: sum(1 for f in self.files if f.status == STATUS_UNCHECKED),
            },
        }


def _ack_from_spec(plan: Plan, spec: object) -> Acknowledgement:
    from .model import AckSpec

    assert isinstance(spec, AckSpec)
    scope = spec.pointer.rsplit("/acknowledgements/", 1)[0]
    return Acknowledgement(spec.rule, spec.reason.vi, spec.reason.en, spec.expires, plan.source.location(spec.pointer), scope, spec.quote)


def _covers(ack: Acknowledgement, finding: Finding, sections: dict[str, dict[str, str]]) -> bool:
    """Whether ``ack`` covers ``finding``: same rule and file, and the finding is on the
    acknowledged node, inside it, or (for an acknowledgement on a section) on a task,
    target or citation that belongs to that section."""
    if ack.rule != finding.rule or ack.location.path != finding.location.path:
        return False
    span = finding.params.get("span")
    if span is not None:
        # A finding about a span of the source text is covered only by an acknowledgement quoting it.
        return ack.quote is not None and quoted(ack.quote, str(span))
    if ack.quote:
        return False
    p = finding.location.pointer
    if ack.scope == "" or p == ack.scope or p.startswith(ack.scope + "/"):
        return True
    index = sections.get(ack.location.path, {})
    section_id = index.get(ack.scope)
    if section_id is None or not ack.scope.startswith("/sections/"):
        return False
    item = "/".join(p.split("/")[:3])
    owner = index.get(item)
    return owner is not None and (owner == section_id or owner.startswith(section_id + "."))


def quoted(quote: str, span: str) -> bool:
    """Whether an acknowledgement's ``quote`` names ``span`` (compared in canonical, spacing-free form)."""
    from .provenance import normalise

    q, s = normalise(quote).rstrip(" …").casefold(), normalise(span).casefold()
    return bool(q) and q in s


def _section_index(plan: Plan) -> dict[str, str]:
    """Pointer -> section id, for sections and for the items that name a section."""
    index = {s.pointer: s.id for s in plan.all_sections()}
    for group in (plan.tasks, plan.targets, plan.citations):
        for item in group:
            if getattr(item, "section", None):
                index[item.pointer] = item.section  # type: ignore[assignment]
    return index


def run_rules(loaded: Loaded, config: Config, today: _dt.date | None = None, focus: set[str] | None = None) -> list[Result]:
    """Every finding of every enabled rule over the whole corpus, with acknowledgements applied.

    ``focus`` (display paths) lets rules that look at one file at a time skip the others;
    cross-document rules still read the whole corpus."""
    today = today or _dt.date.today()
    ctx = Context(loaded.corpus, loaded.findings, focus=focus)
    rules = by_code()
    findings: list[Finding] = []
    for rule in all_rules():
        if rule.code in ACK_RULES:
            continue
        if not config.enabled(rule.code):
            continue
        findings.extend(rule.check(ctx))
    # Acknowledgements written in the plans.
    acks: list[Acknowledgement] = [_ack_from_spec(plan, spec) for plan in loaded.corpus.plans.values() for spec in plan.all_acks()]
    sections = {plan.path: _section_index(plan) for plan in loaded.corpus.plans.values()}
    # Only an acknowledgement in the same file and of the same rule can cover a finding.
    candidates: dict[tuple[str, str], list[int]] = {}
    for i, a in enumerate(acks):
        candidates.setdefault((a.location.path, a.rule), []).append(i)
    used: set[int] = set()
    results: list[Result] = []
    for f in findings:
        ack_match = None
        for i in candidates.get((f.location.path, f.rule), ()):
            a = acks[i]
            if _covers(a, f, sections) and not _expired(a, today):
                ack_match = a
                used.add(i)
                break
        sev = config.severity_of(f.rule, f.severity or (rules[f.rule].severity if f.rule in rules else "error"))
        results.append(Result(f, sev, ack_match))
    for i, a in enumerate(acks):
        extra: Finding | None = None
        if a.rule not in rules:
            extra = Finding("CC902", a.location, {"rule": a.rule})
        elif _expired(a, today):
            extra = Finding("CC903", a.location, {"rule": a.rule, "expires": a.expires})
        elif i not in used and config.enabled(a.rule):
            extra = Finding("CC901", a.location, {"rule": a.rule})
        if extra is not None and config.enabled(extra.rule):
            results.append(Result(extra, config.severity_of(extra.rule, rules[extra.rule].severity), None))
    results.sort(key=lambda r: (r.finding.location.path, r.finding.location.line, r.finding.location.column, r.finding.rule))
    return _dedupe(results)


def _dedupe(results: list[Result]) -> list[Result]:
    seen: set[tuple[object, ...]] = set()
    out = []
    for r in results:
        k = (r.finding.rule, r.finding.location, tuple(sorted((str(a), str(b)) for a, b in r.finding.params.items())))
        if k in seen:
            continue
        seen.add(k)
        out.append(r)
    return out


def _expired(a: Acknowledgement, today: _dt.date) -> bool:
    if not a.expires:
        return False
    try:
        return _dt.date.fromisoformat(a.expires) < today
    except ValueError:
        return False


def dependents(loaded: Loaded, paths: set[str]) -> set[str]:
    """Plans whose findings may change when ``paths`` change: children of a changed parent."""
    out = set(paths)
    slugs = {p.slug for p in loaded.corpus.plans.values() if p.path in paths}
    registry_changed = any(loaded.kinds.get(p) != "plan" for p in paths)
    changed = True
    while changed:
        changed = False
        for plan in loaded.corpus.plans.values():
            if plan.path in out:
                continue
            cites = {c.plan for c in plan.citations if c.plan}
            if registry_changed or plan.parent in slugs or cites & slugs:
                out.add(plan.path)
                slugs.add(plan.slug)
                changed = True
    return out


def lint(config: Config, targets: Iterable[Path] = (), today: _dt.date | None = None, cache: Cache | None = None) -> Report:
    """Load the corpus, run the rules, and keep the results for ``targets`` and their dependents.

    A target that every file is checked against (the configuration, a schema, a source text)
    stands for the whole corpus: a change to it can break any file."""
    targets = list(targets)
    if any(not t.is_dir() and is_corpus_input(t, config) for t in targets):
        targets = []
    files: list[Path] = []
    for t in targets:
        if t.is_dir():
            files.extend(sorted(t.glob("**/*.yaml")) + sorted(t.glob("**/*.yml")))
        else:
            files.append(t)
    loaded = load_corpus(config, extra=files, cache=cache)
    if targets:
        named = {display_path(f, config.root) for f in files}
        keep = dependents(loaded, named)
    else:
        keep = set(loaded.corpus.files)
    results = run_rules(loaded, config, today, focus=keep if targets else None)
    results = [r for r in results if r.finding.location.path in keep]
    by_path: dict[str, list[Result]] = {}
    for r in results:
        by_path.setdefault(r.finding.location.path, []).append(r)
    statuses = []
    for path in sorted(keep):
        mine = by_path.get(path, [])
        counts = {s: sum(1 for r in mine if r.severity == s and not r.acknowledged) for s in ("error", "warning", "info")}
        acked = sum(1 for r in mine if r.acknowledged)
        threshold = SEVERITY_RANK[config.fail_on]
        if any(not r.acknowledged and SEVERITY_RANK[r.severity] >= threshold for r in mine):
            status = STATUS_FAILING
        elif any(not r.acknowledged for r in mine):
            status = STATUS_ADVISORY
        elif path in loaded.unmodelled:
            status = STATUS_UNCHECKED
        else:
            status = STATUS_OK
        blocked = loaded.unmodelled.get(path) if status == STATUS_UNCHECKED else None
        statuses.append(FileStatus(path, loaded.kinds.get(path, "plan"), status, counts, acked, blocked))
    return Report(results, statuses, config.fail_on, sorted(keep), loaded, by_code())

"""What changed between two loaded revisions of the corpus: plans and their parts, registry
entries, and findings.

Everything here is a pure function of two engine reports (each with its loaded corpus):
no git, no files, no words of a language. Items are matched by their stable ids (a plan by
its slug, a task, target or citation by its ``id``, a registry entry by its id or code),
never by position; findings by rule code, file, stable node and parameters, never by line.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from ..anchors import FindingKey, finding_key
from ..catalogue import statement
from ..engine import Report
from ..findings import Result
from ..model import Corpus, Plan, Text
from ..sitegen.words import DOC_TYPES, TRANSCRIPTION
from ..validity import province_text

ADDED, REMOVED, CHANGED = "added", "removed", "changed"

#: The counts of a diff, in the order the summary line gives them: (key, noun, verb).
COUNTED: tuple[tuple[str, str, str], ...] = (
    ("plans_added", "plan", ADDED),
    ("plans_removed", "plan", REMOVED),
    ("plans_changed", "plan", CHANGED),
    ("tasks_added", "task", ADDED),
    ("tasks_removed", "task", REMOVED),
    ("tasks_changed", "task", CHANGED),
    ("targets_added", "target", ADDED),
    ("targets_removed", "target", REMOVED),
    ("targets_changed", "target", CHANGED),
    ("citations_added", "citation", ADDED),
    ("citations_removed", "citation", REMOVED),
    ("citations_changed", "citation", CHANGED),
    ("entries_added", "entry", ADDED),
    ("entries_removed", "entry", REMOVED),
    ("entries_changed", "entry", CHANGED),
    ("findings_opened", "finding", "opened"),
    ("findings_resolved", "finding", "resolved"),
)


#: Top-level parts of a plan reported field by field or item by item (so not again as a part).
_DETAILED_PARTS = frozenset({"slug", "province", "issuer", "parent", "period", "tasks", "targets", "citations"})
#: Keys of a part that are reported as plan fields.
_PART_FIELDS: dict[str, frozenset[str]] = {
    "document": frozenset({"number", "date", "title", "type"}),
    "plan": frozenset({"type", "title"}),
    "transcription": frozenset({"status"}),
}
#: Model field names that the data spells otherwise.
_DATA_NAMES = {"acks": "acknowledgements"}

REGISTRY_KINDS = ("agencies", "indicators", "documents")


@dataclass(frozen=True)
class Side:
    """One end of the comparison: the revision as written and its commit; no commit is the working tree."""

    label: str
    commit: str | None = None


@dataclass(frozen=True)
class ItemChange:
    """A task, target, citation or registry entry added, removed or changed."""

    change: str
    id: str
    #: A short text that says which one it is (the later version's, unless removed).
    text: Text
    #: For a change: the fields that differ (as the data names them).
    fields: tuple[str, ...] = ()


@dataclass(frozen=True)
class FieldChange:
    """A plan field with its value before and after (None: not set)."""

    field: str
    before: Text | None
    after: Text | None


@dataclass(frozen=True)
class PlanChange:
    change: str
    slug: str
    number: str
    title: Text
    path: str
    fields: tuple[FieldChange, ...] = ()
    tasks: tuple[ItemChange, ...] = ()
    targets: tuple[ItemChange, ...] = ()
    citations: tuple[ItemChange, ...] = ()
    #: Other parts of the plan that changed, as the data names them (``sections``, ``annexes``…).
    parts: tuple[str, ...] = ()
    #: The file changed but its data did not (formatting, comments).
    layout_only: bool = False
    #: Where the file could not be read as a plan: "base", "head" or "both" (its findings say why).
    unreadable: str | None = None


@dataclass(frozen=True)
class EntryChange:
    """A registry entry added, removed or changed; ``kind`` is agencies, indicators or documents."""

    kind: str
    item: ItemChange


@dataclass(frozen=True)
class FindingRef:
    rule: str
    name: str
    severity: str
    path: str
    line: int
    column: int
    #: The node the finding is on, with list positions replaced by the ids of their items.
    node: str
    message: Text


@dataclass(frozen=True)
class FindingsDelta:
    opened: tuple[FindingRef, ...]
    resolved: tuple[FindingRef, ...]
    open_before: int
    open_after: int
    acknowledged_before: int
    acknowledged_after: int


@dataclass(frozen=True)
class CorpusDiff:
    base: Side
    head: Side
    plans: tuple[PlanChange, ...]
    registry: tuple[EntryChange, ...]
    findings: FindingsDelta

    def counts(self) -> dict[str, int]:
        """Every count of :data:`COUNTED`, zero included."""
        out = dict.fromkeys((key for key, _, _ in COUNTED), 0)
        for p in self.plans:
            out[f"plans_{p.change}"] += 1
            for group, items in (("tasks", p.tasks), ("targets", p.targets), ("citations", p.citations)):
                for item in items:
                    out[f"{group}_{item.change}"] += 1
        for e in self.registry:
            out[f"entries_{e.item.change}"] += 1
        out["findings_opened"] = len(self.findings.opened)
        out["findings_resolved"] = len(self.findings.resolved)
        return out


# --------------------------------------------------------------------------
# Values


def plain(value: Any, skip: frozenset[str] = frozenset({"pointer"})) -> Any:
    """A model value as plain data for comparison: dataclasses as dicts without the fields in
    ``skip`` (a node's pointer holds list positions, which move when an item is added before it)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name), skip) for f in dataclasses.fields(value) if f.name not in skip}
    if isinstance(value, (list, tuple)):
        return [plain(v, skip) for v in value]
    if isinstance(value, dict):
        return {k: plain(v, skip) for k, v in value.items()}
    return value


def changed_fields(before: Mapping[str, Any], after: Mapping[str, Any]) -> tuple[str, ...]:
    """Keys whose values differ, in the later order, then keys only the earlier one has."""
    keys = list(after) + [k for k in before if k not in after]
    return tuple(_DATA_NAMES.get(k, k) for k in keys if before.get(k) != after.get(k))


def same(text: str) -> Text:
    """A value that reads the same in both languages (a number, a date, an id)."""
    return Text(text, text)


Item = TypeVar("Item")


def _id(item: Any) -> str:
    return str(getattr(item, "code", None) or item.id)


def compare_items(
    before: Iterable[Item],
    after: Iterable[Item],
    text_of: Callable[[Item], Text],
    key: Callable[[Item], str] = _id,
    skip: frozenset[str] = frozenset({"pointer"}),
) -> tuple[ItemChange, ...]:
    """Items added (in the later order), removed (in the earlier order) and changed, matched by
    ``key`` (the id, or an indicator's code); an id given twice counts once (its first item).
    Fields in ``skip`` are not compared."""
    a: dict[str, Item] = {}
    b: dict[str, Item] = {}
    for item in before:
        a.setdefault(key(item), item)
    for item in after:
        b.setdefault(key(item), item)
    added = [ItemChange(ADDED, k, text_of(v)) for k, v in b.items() if k not in a]
    removed = [ItemChange(REMOVED, k, text_of(v)) for k, v in a.items() if k not in b]
    changed = []
    for k, v in b.items():
        if k in a:
            fields = changed_fields(plain(a[k], skip), plain(v, skip))
            if fields:
                changed.append(ItemChange(CHANGED, k, text_of(v), fields))
    return (*added, *removed, *changed)


# --------------------------------------------------------------------------
# Plans


def _label(table: Mapping[str, tuple[str, str]], code: str) -> Text:
    vi, en = table.get(code, (code, code))
    return Text(vi, en)


def _status(plan: Plan) -> Text | None:
    return _label(TRANSCRIPTION, plan.transcription.status) if plan.transcription is not None else None


def _value_fields(plan: Plan, corpus: Corpus) -> dict[str, Text | None]:
    """The fields of a plan a reviewer reads first, as texts in both languages."""
    return {
        "number": same(plan.header.number),
        "title": plan.title,
        "document_title": plan.header.title,
        "type": _label(DOC_TYPES, plan.header.type),
        "plan_type": _label(DOC_TYPES, plan.plan_type),
        "date": same(plan.header.date),
        "period": same(f"{plan.period[0]}–{plan.period[1]}"),
        "status": _status(plan),
        "issuer": same(f"{plan.issuer.printed} ({plan.issuer.agency})"),
        "province": province_text(corpus, plan.province),
        "parent": same(plan.parent) if plan.parent else None,
        "path": same(plan.path),
    }


def plan_fields(before: Plan, after: Plan, base: Corpus, head: Corpus) -> tuple[FieldChange, ...]:
    a, b = _value_fields(before, base), _value_fields(after, head)
    return tuple(FieldChange(k, a[k], b[k]) for k in b if a[k] != b[k])


def _without(value: Any, keys: frozenset[str]) -> Any:
    return {k: v for k, v in value.items() if k not in keys} if isinstance(value, dict) else value


def plan_parts(before: Mapping[str, Any], after: Mapping[str, Any]) -> tuple[str, ...]:
    """Top-level parts of the plan data that differ, other than those reported field by field or
    item by item."""
    keys = [k for k in after if k not in _DETAILED_PARTS] + [k for k in before if k not in after and k not in _DETAILED_PARTS]
    out = []
    for k in keys:
        skip = _PART_FIELDS.get(k, frozenset())
        if _without(before.get(k), skip) != _without(after.get(k), skip):
            out.append(k)
    return tuple(out)


def _ref(change: str, plan: Plan, **extra: Any) -> PlanChange:
    return PlanChange(change, plan.slug, plan.header.number, plan.title, plan.path, **extra)


def compare_plan(before: Plan, after: Plan, base: Corpus, head: Corpus) -> PlanChange | None:
    """How ``after`` differs from ``before`` (the same plan), or None when it does not."""
    data_before = before.data if isinstance(before.data, dict) else {}
    data_after = after.data if isinstance(after.data, dict) else {}
    change = _ref(
        CHANGED,
        after,
        fields=plan_fields(before, after, base, head),
        tasks=compare_items(before.tasks, after.tasks, lambda task: task.text),
        targets=compare_items(before.targets, after.targets, lambda target: target.printed),
        citations=compare_items(before.citations, after.citations, lambda citation: same(citation.printed)),
        parts=plan_parts(data_before, data_after),
    )
    if change.fields or change.tasks or change.targets or change.citations or change.parts:
        return change
    if before.source.text != after.source.text:
        return dataclasses.replace(change, layout_only=True)
    return None


def _unreadable_plans(corpus: Corpus, kinds: Mapping[str, str]) -> dict[str, str]:
    """Plan files that did not become a plan (syntax or schema errors): path -> file text."""
    built = {p.path for p in corpus.plans.values()}
    return {path: lf.text or "" for path, lf in corpus.files.items() if kinds.get(path, "plan") == "plan" and path not in built}


def _stem(path: str) -> str:
    name = path.rsplit("/", 1)[-1]
    return name.rsplit(".", 1)[0]


def _broken(change: str, path: str, where: str) -> PlanChange:
    return PlanChange(change, _stem(path), "", same(_stem(path)), path, unreadable=where)


def compare_plans(base: Report, head: Report) -> tuple[PlanChange, ...]:
    """Plans added, removed and changed, by slug; a plan file that cannot be read on one side is a
    changed plan (when the other side has a plan in that file) whose findings say why."""
    assert base.loaded is not None and head.loaded is not None
    a, b = base.loaded.corpus.plans, head.loaded.corpus.plans
    broken_a = _unreadable_plans(base.loaded.corpus, base.loaded.kinds)
    broken_b = _unreadable_plans(head.loaded.corpus, head.loaded.kinds)
    out: list[PlanChange] = []
    for slug, plan in b.items():
        if slug in a:
            change = compare_plan(a[slug], plan, base.loaded.corpus, head.loaded.corpus)
            if change is not None:
                out.append(change)
        elif plan.path in broken_a:
            out.append(_ref(CHANGED, plan, unreadable="base"))
            broken_a.pop(plan.path)
        else:
            out.append(_ref(ADDED, plan))
    for slug, plan in a.items():
        if slug in b:
            continue
        if plan.path in broken_b:
            out.append(_ref(CHANGED, plan, unreadable="head"))
            broken_b.pop(plan.path)
        else:
            out.append(_ref(REMOVED, plan))
    for path, text in broken_b.items():
        if path not in broken_a:
            out.append(_broken(ADDED, path, "head"))
        elif broken_a[path] != text:
            out.append(_broken(CHANGED, path, "both"))
    out.extend(_broken(REMOVED, path, "base") for path in broken_a if path not in broken_b)
    return tuple(sorted(out, key=lambda p: (p.path, p.slug)))


# --------------------------------------------------------------------------
# Registries


def _entry_text(entry: Any) -> Text:
    for name in ("name", "title"):
        value = getattr(entry, name, None)
        if isinstance(value, Text):
            return value
    return same(str(getattr(entry, "id", "")))


def compare_registry(base: Corpus, head: Corpus) -> tuple[EntryChange, ...]:
    """Agencies, indicators and documents added, removed or changed (which file holds them aside)."""
    skip = frozenset({"pointer", "path"})
    return tuple(
        EntryChange(kind, change)
        for kind in REGISTRY_KINDS
        for change in compare_items(getattr(base, kind).values(), getattr(head, kind).values(), _entry_text, skip=skip)
    )


# --------------------------------------------------------------------------
# Findings


def _data_of(report: Report, path: str) -> Any:
    lf = report.loaded.corpus.files.get(path) if report.loaded is not None else None
    return lf.data if lf is not None else None


def _keyed_open(report: Report) -> list[tuple[FindingKey, Result]]:
    return [(finding_key(r.finding, _data_of(report, r.finding.location.path)), r) for r in report.results if not r.acknowledged]


def finding_ref(result: Result, report: Report, node: str) -> FindingRef:
    f = result.finding
    rule = report.rules.get(f.rule)
    return FindingRef(
        f.rule,
        rule.name if rule is not None else f.rule,
        result.severity,
        f.location.path,
        f.location.line,
        f.location.column,
        node,
        Text(statement(f, "vi"), statement(f, "en")),
    )


def _beyond(keyed: Iterable[tuple[FindingKey, Result]], other: Counter[FindingKey], report: Report) -> tuple[FindingRef, ...]:
    """The findings of ``keyed`` that ``other`` does not have as many times."""
    seen: Counter[FindingKey] = Counter()
    out = []
    for key, result in keyed:
        seen[key] += 1
        if seen[key] > other[key]:
            out.append(finding_ref(result, report, key[2]))
    return tuple(out)


def compare_findings(base: Report, head: Report) -> FindingsDelta:
    """Open findings of ``head`` that ``base`` does not have (opened), and the reverse (resolved)."""
    a, b = _keyed_open(base), _keyed_open(head)
    return FindingsDelta(
        opened=_beyond(b, Counter(k for k, _ in a), head),
        resolved=_beyond(a, Counter(k for k, _ in b), base),
        open_before=len(a),
        open_after=len(b),
        acknowledged_before=sum(1 for r in base.results if r.acknowledged),
        acknowledged_after=sum(1 for r in head.results if r.acknowledged),
    )


def compare(base: Report, head: Report, base_side: Side, head_side: Side) -> CorpusDiff:
    """The whole comparison of two linted revisions."""
    assert base.loaded is not None and head.loaded is not None
    return CorpusDiff(
        base_side,
        head_side,
        compare_plans(base, head),
        compare_registry(base.loaded.corpus, head.loaded.corpus),
        compare_findings(base, head),
    )

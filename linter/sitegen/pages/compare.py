"""Comparison pages: a plan beside its parent plan, or beside another plan of its province.

Which pairs get a page
----------------------
* **Implements.** Every plan whose ``parent`` is in the corpus is compared
  with that parent: plan A is the child, plan B the parent. A plan has at
  most one parent, so there are at most as many of these pages as plans.
* **Same province.** Two plans of the same province whose periods overlap
  are compared too: plan A is the later one (date of issue, then slug).
  These pairs are bounded: a plan takes part in at most :data:`LIMIT` (10)
  comparisons in all, its implements comparisons counted first (they are
  always kept). For each plan, the overlapping plans of its province are
  taken nearest in time first (days between the two dates of issue, then
  the longer overlap of periods, then the slugs), at most :data:`LIMIT` of
  them; over all plans these candidates are kept in the same order while
  both plans of a pair are still under the limit. Each kept pair uses one
  place of two plans, so ``n`` plans give at most ``n`` implements pages
  and ``LIMIT · n / 2`` same-province pages, never a page for every pair.

Page paths: ``corpus/compare/<slug-a>--<slug-b>.md`` and the list of all
comparisons at ``corpus/compare/index.md``.

What a page holds
-----------------
The two plans side by side; targets per indicator and year, each plan's
target(s) as read; tasks per reform area. For an implements pair, each
target of plan A is held against plan B's milestone exactly as rule CC301
reads them (:func:`linter.rules.cc301_target_weaker_than_parent.milestones_for`
and :func:`linter.rules._targets.bound`): same indicator, scope, unit and
year, a parent target for a whole period holding in every year of it, the
child's target taken in its due year; ranks: smaller is better, levels
follow the indicator's better direction; targets of different kinds are
not compared. A note says whether A's target is weaker than, equal to or
stronger than the milestone, and links to the CC301 finding when the
linter reported one. Same-province pairs are set side by side without notes.
"""

from __future__ import annotations

import datetime as _dt
import re
import weakref
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial

from ...model import Indicator, Plan, Target, Task
from ...rules._targets import bound
from ...rules.cc301_target_weaker_than_parent import CODE as CC301
from ...rules.cc301_target_weaker_than_parent import milestones_for
from .. import formats, urls
from ..components import breadcrumb, filter_table
from ..context import SiteContext
from ..markup import Cell, anchor, block, h, link, md, table, tag
from ..words import AREAS, label, t
from . import Page, both
from .plans import short, target_value

#: Reader-facing words of this page kind: key -> (vi, en).

#: At most this many comparisons per plan (implements comparisons always kept; see the module docstring).
LIMIT = 10
IMPLEMENTS = "implements"
SAME_PROVINCE = "same-province"
_MARK = {"weaker": "▼", "equal": "=", "stronger": "▲"}
_CLASS = {"weaker": "cchc-status cchc-status-failing", "equal": "cchc-status cchc-status-ok", "stronger": "cchc-status cchc-status-ok"}


def page_path(slug_a: str, slug_b: str) -> str:
    """Where the comparison of plan A with plan B lives."""
    return urls.compare(slug_a, slug_b)


# -- which pairs ------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class Pair:
    """Two plans compared on one page: A is the child (or the later plan), B the parent (or the earlier)."""

    a: Plan
    b: Plan
    relation: str

    @property
    def path(self) -> str:
        return page_path(self.a.slug, self.b.slug)


def _order(plan: Plan) -> tuple[str, str]:
    return (plan.header.date, plan.slug)


def _day(plan: Plan) -> int:
    try:
        return _dt.date.fromisoformat(str(plan.header.date)).toordinal()
    except ValueError:
        return _dt.date(max(1, plan.period[0]), 1, 1).toordinal()


def _overlap(p: Plan, q: Plan) -> int:
    """Years the two periods share (0 when they do not overlap)."""
    return max(0, min(p.period[1], q.period[1]) - max(p.period[0], q.period[0]) + 1)


def _nearest_overlapping(group: list[Plan], days: list[int], i: int, limit: int) -> Iterator[Plan]:
    """Up to ``limit`` plans of ``group`` (sorted by date) overlapping ``group[i]``, nearest in time first."""
    left, right, found = i - 1, i + 1, 0
    while found < limit and (left >= 0 or right < len(group)):
        if right >= len(group) or (left >= 0 and days[i] - days[left] <= days[right] - days[i]):
            j, left = left, left - 1
        else:
            j, right = right, right + 1
        if _overlap(group[i], group[j]):
            found += 1
            yield group[j]


def select_pairs(plans: Iterable[Plan], limit: int = LIMIT) -> list[Pair]:
    """The comparisons the site shows (see the module docstring for the bound)."""
    ordered = sorted(plans, key=_order)
    by_slug = {p.slug: p for p in ordered}
    count: Counter[str] = Counter()
    pairs: list[Pair] = []
    taken: set[frozenset[str]] = set()
    for plan in ordered:
        parent = by_slug.get(plan.parent) if plan.parent else None
        if parent is None or parent is plan:
            continue
        pairs.append(Pair(plan, parent, IMPLEMENTS))
        taken.add(frozenset((plan.slug, parent.slug)))
        count[plan.slug] += 1
        count[parent.slug] += 1

    groups: dict[str, list[Plan]] = defaultdict(list)
    for plan in ordered:
        groups[plan.province].append(plan)
    candidates: dict[tuple[str, str], tuple[int, int, Plan, Plan]] = {}
    for group in groups.values():
        days = [_day(p) for p in group]
        for i, plan in enumerate(group):
            for other in _nearest_overlapping(group, days, i, limit):
                later, earlier = (plan, other) if _order(plan) > _order(other) else (other, plan)
                key = (later.slug, earlier.slug)
                if key not in candidates:
                    candidates[key] = (abs(_day(later) - _day(earlier)), -_overlap(later, earlier), later, earlier)
    for key, (_, _, later, earlier) in sorted(candidates.items(), key=lambda kv: (kv[1][0], kv[1][1], kv[0])):
        if frozenset(key) in taken or count[later.slug] >= limit or count[earlier.slug] >= limit:
            continue
        pairs.append(Pair(later, earlier, SAME_PROVINCE))
        count[later.slug] += 1
        count[earlier.slug] += 1
    return sorted(pairs, key=lambda p: (*_order(p.a), *_order(p.b)))


@dataclass(frozen=True)
class _Index:
    pairs: list[Pair]
    by_plan: dict[str, list[Pair]]


_CACHE: dict[int, tuple[weakref.ref[SiteContext], _Index]] = {}


def _index(ctx: SiteContext) -> _Index:
    """The comparisons of the context's corpus and, by plan slug, those involving each plan (computed once per context)."""
    hit = _CACHE.get(id(ctx))
    if hit is not None and hit[0]() is ctx:
        return hit[1]
    for key in [k for k, (ref, _) in _CACHE.items() if ref() is None]:
        del _CACHE[key]
    pairs = select_pairs(ctx.plans())
    by_plan: dict[str, list[Pair]] = defaultdict(list)
    for pair in pairs:
        by_plan[pair.a.slug].append(pair)
        by_plan[pair.b.slug].append(pair)
    index = _Index(pairs, dict(by_plan))
    _CACHE[id(ctx)] = (weakref.ref(ctx), index)
    return index


def comparisons(ctx: SiteContext) -> list[Pair]:
    """The comparisons the site shows, in the order of plan A's and then plan B's date of issue."""
    return _index(ctx).pairs


# -- targets ----------------------------------------------------------------


def compare_target(child: Target, milestone: Target, indicator: Indicator | None) -> str | None:
    """``"weaker"``, ``"equal"`` or ``"stronger"``: the child's target against a parent milestone, as CC301 reads them.

    None when the two are of different kinds (a rank and a rate, an increase and a level).
    """
    mine, theirs = bound(child, indicator), bound(milestone, indicator)
    if mine is None or theirs is None:
        return None
    weaker = mine.weaker_than(theirs)
    if weaker is None:
        return None
    if weaker:
        return "weaker"
    return "stronger" if theirs.weaker_than(mine) else "equal"


Key = int | tuple[int, int] | None


@dataclass(frozen=True)
class Note:
    """Plan A's target held against one of plan B's milestones (or against none: ``milestone`` None)."""

    target: Target
    year: int
    milestone: Target | None
    verdict: str | None


@dataclass
class Row:
    """One indicator and year (or period) of the comparison."""

    indicator: str
    key: Key
    a: list[Target] = field(default_factory=list)
    b: list[Target] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)


def _sort_key(key: Key) -> tuple[int, int, int]:
    if key is None:
        return (1, 0, 0)
    if isinstance(key, int):
        return (0, key, key)
    return (0, key[0], key[1])


def _has_exact(targets: list[Target], target: Target, year: int) -> bool:
    """True when the plan sets a milestone for ``year`` of the target's own indicator, scope and unit (CC301: exact wins)."""
    return any(o.year == year and o.scope.key() == target.scope.key() and o.unit == target.unit for o in targets)


def target_rows(ctx: SiteContext, pair: Pair) -> list[Row]:
    """One row per (indicator, year): a year target in its year; a period target in every year row of its period
    where its plan sets no target of its own for that year, or in a row of its own period when there is none."""
    out: list[Row] = []
    codes = sorted({x.indicator for x in pair.a.targets} | {x.indicator for x in pair.b.targets})
    for code in codes:
        sides = {"a": [x for x in pair.a.targets if x.indicator == code], "b": [x for x in pair.b.targets if x.indicator == code]}
        years = sorted({x.year for ts in sides.values() for x in ts if x.year is not None})
        rows: dict[Key, Row] = {}
        shown_in: dict[str, list[Key]] = defaultdict(list)

        def row(key: Key, code: str = code, rows: dict[Key, Row] = rows) -> Row:
            return rows.setdefault(key, Row(code, key))

        for side, targets in sides.items():
            for target in targets:
                keys: list[Key]
                if target.year is not None:
                    keys = [target.year]
                elif target.period:
                    first, last = target.period
                    keys = [y for y in years if first <= y <= last and not _has_exact(targets, target, y)] or [target.period]
                else:
                    keys = [None]
                for key in keys:
                    getattr(row(key), side).append(target)
                if side == "a":
                    shown_in[target.id] = keys
        if pair.relation == IMPLEMENTS:
            indicator = ctx.corpus.indicators.get(code)
            for target in sides["a"]:
                year = target.due_year()
                if year is None:
                    continue
                home = max(shown_in[target.id], key=_sort_key)
                milestones = milestones_for(pair.b.targets, target, year)
                notes = [Note(target, year, m, compare_target(target, m, indicator)) for m in milestones] or [
                    Note(target, year, None, None)
                ]
                row(home).notes.extend(notes)
        out.extend(sorted(rows.values(), key=lambda r: _sort_key(r.key)))
    return out


def shared_indicators(pair: Pair) -> set[str]:
    return {x.indicator for x in pair.a.targets} & {x.indicator for x in pair.b.targets}


# -- rendering --------------------------------------------------------------

_FIELD = re.compile(r"\{(\w+)\}")


def _fill(template: str, **parts: str) -> str:
    """A word template with already-safe HTML put in its ``{fields}``; the template's own text escaped."""
    out = []
    for i, piece in enumerate(_FIELD.split(template)):
        if i % 2:
            out.append(parts[piece])
        elif piece:
            out.append((" " if piece[0].isspace() else "") + h(piece) + (" " if piece[-1].isspace() and piece.strip() else ""))
    return "".join(out)


def _key_text(key: Key, lang: str) -> str:
    if key is None:
        return t("no_year", lang)
    if isinstance(key, int):
        return str(key)
    return formats.period(key[0], key[1], lang)


def _key_sort(key: Key) -> str:
    """What the year column sorts by: ``2023``, ``2021-2025``; no year last."""
    if key is None:
        return "9999"
    return f"{key:04d}" if isinstance(key, int) else f"{key[0]:04d}-{key[1]:04d}"


def _key_id(code: str, key: Key) -> str:
    if key is None:
        return anchor("row", code, "x")
    if isinstance(key, int):
        return anchor("row", code, key)
    return anchor("row", code, key[0], key[1])


def _indicator_name(ctx: SiteContext, code: str, lang: str) -> str:
    ind = ctx.corpus.indicators.get(code)
    return ind.name.get(lang) if ind else code


def _target_cell(ctx: SiteContext, plan: Plan, page: str, targets: list[Target], key: Key, lang: str) -> str:
    if not targets:
        return tag("span", h(t("no_target", lang)), cls="cchc-muted")
    items = []
    for x in targets:
        extra = formats.scope(x, lang)
        if isinstance(key, int) and x.year is None and x.period:
            extra += " · " + t("every_year", lang).format(period=formats.period(x.period[0], x.period[1], lang))
        items.append(
            link(urls.href(page, urls.plan(plan.slug), ctx.item_id(plan, "t", x.id)), target_value(x, lang))
            + " "
            + tag("span", h(f"({extra})"), cls="cchc-muted")
        )
    return "<br>".join(items)


def _finding_links(ctx: SiteContext, plan: Plan, page: str, target: Target, lang: str) -> str:
    """Links to the CC301 findings the linter reported on ``target``, on the plan page."""
    out, seen = [], set()
    for r in ctx.results_under(plan, target.pointer):
        fid = ctx.finding_id(r)
        if r.finding.rule != CC301 or fid in seen:
            continue
        seen.add(fid)
        text = ("✓ " + t("acknowledged", lang)) if r.acknowledged else ("⚠ " + ctx.severity(r, lang))
        cls = "cchc-badge cchc-ack" if r.acknowledged else f"cchc-badge cchc-sev-{r.severity}"
        href = urls.href(page, urls.plan(plan.slug), fid)
        out.append(link(href, text.lower() if lang == "vi" else text, cls=cls, title=ctx.statement(r, lang)))
    return " ".join(out)


def note_text(note: Note, lang: str) -> str:
    """The plain words of a note (no markup)."""
    if note.milestone is None:
        return t("no_milestone", lang).format(year=note.year)
    key = note.verdict or "not_compared"
    text = t(key, lang).format(year=note.year, milestone=target_value(note.milestone, lang))
    return f"{_MARK[note.verdict]} {text}" if note.verdict else text


def _notes_cell(ctx: SiteContext, pair: Pair, page: str, row: Row, lang: str) -> str:
    items = []
    for target in dict.fromkeys(n.target for n in row.notes):
        notes = [n for n in row.notes if n.target == target]
        parts = []
        for n in notes:
            cls = f"cchc-cmp cchc-cmp-{n.verdict} {_CLASS[n.verdict]}" if n.verdict else "cchc-cmp cchc-muted"
            parts.append(tag("span", h(note_text(n, lang)), cls=cls, data_verdict=n.verdict or "none"))
        prefix = h(target_value(target, lang)) + ": " if len(row.a) > 1 else ""
        badges = _finding_links(ctx, pair.a, page, target, lang)
        items.append(prefix + "<br>".join(parts) + (" " + badges if badges else ""))
    return "<br>".join(items)


def _targets_table(ctx: SiteContext, pair: Pair, page: str, rows: list[Row], lang: str, *, notes: bool) -> str:
    if not rows:
        return tag("p", h(t("none", lang)))
    headers = [t("indicator", lang), t("year", lang), pair.a.header.number, pair.b.header.number]
    if notes:
        headers.append(t("against_parent", lang))
    body: list[list[str | Cell]] = []
    for r in rows:
        cells: list[str | Cell] = [
            ctx.indicator_link(page, r.indicator, lang),
            Cell(h(_key_text(r.key, lang)), sort=_key_sort(r.key)),
            _target_cell(ctx, pair.a, page, r.a, r.key, lang),
            _target_cell(ctx, pair.b, page, r.b, r.key, lang),
        ]
        if notes:
            cells.append(_notes_cell(ctx, pair, page, r, lang))
        body.append(cells)
    return table(headers, body, cls="cchc-sortable cchc-compare-targets", row_ids=[_key_id(r.indicator, r.key) for r in rows])


def _plan_cell(ctx: SiteContext, page: str, plan: Plan, lang: str) -> str:
    return ctx.plan_link(page, plan.slug, lang, text=plan.header.number)


def _header_card(ctx: SiteContext, pair: Pair, page: str, lang: str) -> str:
    roles = ("role_child", "role_parent") if pair.relation == IMPLEMENTS else ("role_later", "role_earlier")
    a, b = pair.a, pair.b

    def cells(plan: Plan) -> tuple[str, ...]:
        return (
            _plan_cell(ctx, page, plan, lang),
            h(plan.title.get(lang)),
            ctx.agency_link(page, plan.issuer.agency, lang, plan.issuer.printed),
            h(formats.date(plan.header.date, lang)),
            h(formats.period(plan.period[0], plan.period[1], lang)),
            ctx.province_link(page, plan.province, lang),
            h(formats.number(len(plan.targets), lang)),
            h(formats.number(len(plan.tasks), lang)),
        )

    labels = ("number", "title", "issuer", "date", "period", "province", "targets", "tasks")
    head = tag(
        "tr", tag("td", "") + " " + tag("th", h(t(roles[0], lang)), scope="col") + " " + tag("th", h(t(roles[1], lang)), scope="col")
    )
    body = " ".join(
        tag("tr", tag("th", h(t(k, lang)), scope="row") + " " + tag("td", x) + " " + tag("td", y))
        for k, x, y in zip(labels, cells(a), cells(b))
    )
    return f'<table class="cchc-card cchc-compare-card" aria-label="{h(t("the_two_plans", lang))}"><thead>{head}</thead><tbody>{body}</tbody></table>'


def _task_list(ctx: SiteContext, plan: Plan, page: str, tasks: list[Task], lang: str) -> str:
    if not tasks:
        return ""
    items = []
    for task in tasks:
        ref = ctx.task_ref(plan, task, lang)
        text = f"{ref}: {short(task.text.get(lang))}" if ref else short(task.text.get(lang))
        items.append(tag("li", link(urls.href(page, urls.plan(plan.slug), ctx.item_id(plan, "task", task.id)), text)))
    return tag("ul", "".join(items), cls="cchc-compare-tasks")


def _tasks_table(ctx: SiteContext, pair: Pair, page: str, lang: str) -> str:
    by_area: dict[str | None, dict[str, list[Task]]] = defaultdict(lambda: {"a": [], "b": []})
    for side, plan in (("a", pair.a), ("b", pair.b)):
        for task in plan.tasks:
            by_area[task.area][side].append(task)
    if not by_area:
        return tag("p", h(t("none", lang)))
    order = {code: i for i, code in enumerate(AREAS)}
    areas = sorted(by_area, key=lambda a: (a is None, order.get(a or "", len(order)), a or ""))
    na, nb = pair.a.header.number, pair.b.header.number
    headers = [
        t("area", lang),
        f"{t('task_count', lang)} – {na}",
        f"{t('task_count', lang)} – {nb}",
        f"{t('tasks', lang)} – {na}",
        f"{t('tasks', lang)} – {nb}",
    ]
    rows: list[list[str | Cell]] = []
    for area in areas:
        got = by_area[area]
        rows.append(
            [
                h(label(AREAS, area, lang) if area else t("no_area", lang)),
                h(formats.number(len(got["a"]), lang)),
                h(formats.number(len(got["b"]), lang)),
                _task_list(ctx, pair.a, page, got["a"], lang),
                _task_list(ctx, pair.b, page, got["b"], lang),
            ]
        )
    rows.append(
        [
            tag("strong", h(t("total", lang))),
            tag("strong", h(formats.number(len(pair.a.tasks), lang))),
            tag("strong", h(formats.number(len(pair.b.tasks), lang))),
            "",
            "",
        ]
    )
    return table(headers, rows, cls="cchc-compare-tasks-table", row_ids=[anchor("area", a or "none") for a in areas] + ["area-total"])


def render_pair(ctx: SiteContext, pair: Pair, page: str, lang: str) -> str:
    a, b = pair.a, pair.b
    out = [
        breadcrumb(page, lang, [(t("comparisons", lang), urls.index("compare")), (f"{a.header.number} · {b.header.number}", None)]),
        f"# {md(t('page_title', lang).format(a=a.header.number, b=b.header.number))} {{#top}}\n",
    ]
    if pair.relation == IMPLEMENTS:
        intro = _fill(t("intro_implements", lang), a=_plan_cell(ctx, page, a, lang), b=_plan_cell(ctx, page, b, lang))
        rule = ctx.report.rules.get(CC301)
        name = rule.doc.title(lang).rstrip(". ") if rule else CC301
        reading = _fill(t("reading_implements", lang), rule=link(urls.href(page, urls.rule(CC301)), name))
    else:
        first, last = max(a.period[0], b.period[0]), min(a.period[1], b.period[1])
        intro = _fill(
            t("intro_same", lang),
            province=ctx.province_link(page, a.province, lang),
            overlap=h(formats.period(first, last, lang)),
        )
        reading = h(t("reading_same", lang))
    out.append(block(tag("p", intro) + _header_card(ctx, pair, page, lang)))

    rows = target_rows(ctx, pair)
    shared = shared_indicators(pair)
    both_rows = sorted(
        (r for r in rows if r.indicator in shared), key=lambda r: (_indicator_name(ctx, r.indicator, lang), _sort_key(r.key))
    )
    one_rows = sorted(
        (r for r in rows if r.indicator not in shared), key=lambda r: (not r.a, _indicator_name(ctx, r.indicator, lang), _sort_key(r.key))
    )
    out.append(f"## {md(t('targets_by_year', lang))} {{#targets}}\n")
    out.append(block(tag("p", reading, cls="cchc-note")))
    out.append(f"### {md(t('shared', lang))} ({md(formats.number(len(shared), lang))}) {{#shared}}\n")
    out.append(block(_targets_table(ctx, pair, page, both_rows, lang, notes=pair.relation == IMPLEMENTS)))
    n_one = len({r.indicator for r in one_rows})
    out.append(f"### {md(t('only_one', lang))} ({md(formats.number(n_one, lang))}) {{#only-one}}\n")
    out.append(block(_targets_table(ctx, pair, page, one_rows, lang, notes=False)))

    out.append(f"## {md(t('tasks_by_area', lang))} {{#tasks}}\n")
    out.append(block(_tasks_table(ctx, pair, page, lang)))
    return "\n".join(out)


def _relation(pair: Pair, lang: str) -> str:
    return t("implements" if pair.relation == IMPLEMENTS else "same_province", lang)


def render_index(ctx: SiteContext, page: str, lang: str) -> str:
    out = [f"# {md(t('comparisons', lang))} {{#comparisons}}\n"]
    out.append(block(tag("p", h(t("index_intro", lang).format(limit=formats.number(LIMIT, lang))))))
    pairs = comparisons(ctx)
    if not pairs:
        out.append(block(tag("p", h(t("none", lang)))))
        return "\n".join(out)
    rows: list[list[str | Cell]] = []
    for pair in pairs:
        provinces = dict.fromkeys((pair.a.province, pair.b.province))
        rows.append(
            [
                link(urls.href(page, pair.path), f"{pair.a.header.number} — {pair.b.header.number}"),
                _plan_cell(ctx, page, pair.a, lang) + " " + tag("span", h(pair.a.title.get(lang)), cls="cchc-muted"),
                _plan_cell(ctx, page, pair.b, lang) + " " + tag("span", h(pair.b.title.get(lang)), cls="cchc-muted"),
                h(_relation(pair, lang)),
                " / ".join(ctx.province_link(page, p, lang) for p in provinces),
                Cell(h(formats.number(len(shared_indicators(pair)), lang)), sort=len(shared_indicators(pair))),
            ]
        )
    headers = [
        t("comparison", lang),
        t("plan_a", lang),
        t("plan_b", lang),
        t("relation", lang),
        t("province", lang),
        t("shared_count", lang),
    ]
    out.append(block(filter_table("compare-table", headers, rows, lang)))
    return "\n".join(out)


def pages(ctx: SiteContext) -> Iterator[Page]:
    for pair in comparisons(ctx):
        yield both(pair.path, partial(render_pair, ctx, pair, pair.path))
    index = urls.index("compare")
    yield both(index, partial(render_index, ctx, index))


def compare_links(ctx: SiteContext, plan: Plan, page: str, lang: str) -> str:
    """For the plan page: a list of links to the comparisons involving ``plan`` ("" when there are none)."""
    items = []
    for pair in _index(ctx).by_plan.get(plan.slug, []):
        other = pair.b if pair.a.slug == plan.slug else pair.a
        if pair.relation == IMPLEMENTS:
            how = "with_parent" if other is pair.b else "with_child"
        else:
            how = "with_same"
        items.append(
            tag(
                "li",
                link(urls.href(page, pair.path), t("compare_with", lang).format(number=other.header.number), title=other.title.get(lang))
                + " "
                + tag("span", h(f"({t(how, lang)})"), cls="cchc-muted"),
            )
        )
    return tag("ul", "".join(items), cls="cchc-compare-links") if items else ""


__all__ = [
    "LIMIT",
    "Pair",
    "compare_links",
    "compare_target",
    "comparisons",
    "page_path",
    "pages",
    "select_pairs",
    "target_rows",
]

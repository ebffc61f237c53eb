"""Everything a page needs: the model, the lint report, indexes across plans, and link helpers."""

from __future__ import annotations

import html
import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from ..anchors import numbered, stable_segments
from ..catalogue import render, statement, statement_parts
from ..coverage import PlanCoverage, plan_coverage
from ..engine import Report
from ..findings import Result
from ..model import Citation, Corpus, Document, Plan, ReportedResult, Section, Target, Task
from ..provenance import Alignment, align, load_source
from ..validity import province_text
from . import formats, urls
from .history import History
from .markup import anchor, h, link, quoted_vi
from .words import BUDGET_UNITS, COMPARATORS, LEVELS, SEVERITY, UNITS, label, pick, t


def document_title(doc: Document, lang: str) -> str:
    """A registry document's title in ``lang``, or the site's words for a title no text in the corpus prints."""
    return doc.title.get(lang) if doc.title is not None else t("title_not_printed", lang)


@dataclass
class SiteContext:
    corpus: Corpus
    report: Report
    #: Results by file path, in report order.
    by_path: dict[str, list[Result]] = field(default_factory=dict)
    led: dict[str, list[tuple[Plan, Task]]] = field(default_factory=dict)
    supported: dict[str, list[tuple[Plan, Task]]] = field(default_factory=dict)
    targets_by_indicator: dict[str, list[tuple[Plan, Target]]] = field(default_factory=dict)
    citations_by_document: dict[str, list[tuple[Plan, Citation]]] = field(default_factory=dict)
    results_by_indicator: dict[str, list[tuple[Plan, ReportedResult]]] = field(default_factory=dict)
    _alignments: dict[str, Alignment | None] = field(default_factory=dict, repr=False)
    _under: dict[str, dict[str, list[Result]]] = field(default_factory=dict, repr=False)
    _status: dict[str, str] = field(default_factory=dict, repr=False)
    _finding_ids: dict[int, str] = field(default_factory=dict, repr=False)
    _section_refs: dict[str, dict[str, str]] = field(default_factory=dict, repr=False)
    _item_ids: dict[str, dict[tuple[str, str], str]] = field(default_factory=dict, repr=False)
    _by_file: dict[str, Plan] = field(default_factory=dict, repr=False)
    #: Plan slug -> its child plans, and -> the other plans that cite it, both sorted by slug.
    _children: dict[str, list[Plan]] = field(default_factory=dict, repr=False)
    _cited_by: dict[str, list[Plan]] = field(default_factory=dict, repr=False)
    #: When each file last changed, from the repository's history (empty outside a repository).
    history: History = field(default_factory=History)
    #: The published address of the site, when configured.
    site_url: str | None = None

    @classmethod
    def build(cls, corpus: Corpus, report: Report, *, history: History | None = None, site_url: str | None = None) -> SiteContext:
        ctx = cls(corpus, report, history=history or History(), site_url=site_url)
        by_path: dict[str, list[Result]] = defaultdict(list)
        for r in report.results:
            by_path[r.finding.location.path].append(r)
        ctx.by_path = dict(by_path)
        led, supported = defaultdict(list), defaultdict(list)
        targets, citations = defaultdict(list), defaultdict(list)
        for plan in corpus.plans.values():
            for task in plan.tasks:
                for m in task.lead:
                    led[m.agency].append((plan, task))
                for m in task.cooperating:
                    supported[m.agency].append((plan, task))
            for target in plan.targets:
                targets[target.indicator].append((plan, target))
            for c in plan.citations:
                citations[c.document].append((plan, c))
            for reported in plan.results:
                ctx.results_by_indicator.setdefault(reported.indicator, []).append((plan, reported))
        ctx.led, ctx.supported = dict(led), dict(supported)
        ctx._children, ctx._cited_by = _family_indexes(corpus)
        ctx.targets_by_indicator, ctx.citations_by_document = dict(targets), dict(citations)
        return ctx

    # -- plans ---------------------------------------------------------------

    def plans(self) -> list[Plan]:
        return sorted(self.corpus.plans.values(), key=lambda p: (p.header.date, p.slug))

    def plan_results(self, plan: Plan) -> list[Result]:
        return self.by_path.get(plan.path, [])

    def plan_status(self, plan: Plan) -> str:
        """``failing``, ``advisory`` or ``ok`` as the linter judges the file; ``acknowledged`` when it passes
        only because every error found is acknowledged (the source document prints it so)."""
        if not self._status:
            self._status.update((f.path, f.status) for f in self.report.files)
        status = self._status.get(plan.path, "ok")
        if status != "failing" and any(r.acknowledged and r.severity == "error" for r in self.plan_results(plan)):
            return "acknowledged"
        return status

    def alignment(self, plan: Plan) -> Alignment | None:
        """The plan held against its source text (the provenance rules' own alignment)."""
        if plan.slug not in self._alignments:
            tr = plan.transcription
            source = load_source(self.corpus.sources.get(tr.source)) if tr is not None else None
            self._alignments[plan.slug] = align(plan, source) if source is not None else None
        return self._alignments[plan.slug]

    def coverage(self, plan: Plan) -> PlanCoverage:
        return plan_coverage(plan, self.alignment(plan))

    def source_lines(self, page: str, plan: Plan, pointer: str, lang: str) -> str:
        """A small link from a text of the plan to the lines it stands on in the source page."""
        alignment = self.alignment(plan)
        placed = alignment.placements.get(pointer) if alignment is not None else None
        if placed is None:
            return ""
        lines = str(placed.first_line) if placed.first_line == placed.last_line else f"{placed.first_line}–{placed.last_line}"
        return link(
            urls.href(page, urls.source(plan.slug), f"L{placed.first_line}"),
            t("lines_ref", lang).format(lines=lines),
            cls="cchc-srcref",
            title=t("in_source", lang),
        )

    def item_id(self, plan: Plan, kind: str, ident: str) -> str:
        """The anchor of an item on its plan's page: ``task``, ``t`` (target), ``r`` (result), ``c`` (citation)
        or ``s`` (section), followed by the item's id as an ASCII slug.

        Two ids can give one slug (``III.2`` and ``III-2``); the later one in the document gets a suffix,
        so every anchor of a page is unique and every link, from any page, lands where it should.
        """
        table = self._item_ids.get(plan.slug)
        if table is None:
            table = {}
            kinds: dict[str, list[str]] = {
                "s": [s.id for top in plan.sections for s in top.walk()],
                "t": [x.id for x in plan.targets],
                "r": [x.id for x in plan.results],
                "task": [x.id for x in plan.tasks],
                "c": [x.id for x in plan.citations],
            }
            for k, idents in kinds.items():
                natural = [anchor(k, i) for i in idents]
                taken: set[str] = set()
                for i, base in zip(idents, natural):
                    if (k, i) in table:
                        continue
                    candidate, n = base, 2
                    while candidate in taken or (candidate != base and candidate in natural):
                        candidate, n = f"{base}-{n}", n + 1
                    taken.add(candidate)
                    table[(k, i)] = candidate
            self._item_ids[plan.slug] = table
        return table.get((kind, ident)) or anchor(kind, ident)

    def section_ref(self, plan: Plan, section_id: str | None, lang: str) -> str:
        """A section as a reader cites it: its printed numbers from the top (``II.1.b)``, ``Phụ lục I``)."""
        if not section_id:
            return ""
        refs = self._section_refs.get(plan.slug)
        if refs is None:
            refs = {}

            def walk(sections: tuple[Section, ...], chain: tuple[str, ...]) -> None:
                for s in sections:
                    here = (*chain, s.number.strip()) if s.number and s.number.strip() else chain
                    refs[s.id] = _join_numbers(here)
                    walk(s.sections, here)

            walk(plan.sections, ())
            self._section_refs[plan.slug] = refs
        ref = refs.get(section_id)
        if ref is None:
            return section_id
        if not ref:
            return t("preamble", lang)
        return section_number(ref, lang)

    def task_ref(self, plan: Plan, task: Task, lang: str) -> str:
        """A task's place in the document: its section's numbers and, when it has one, its own number."""
        section = self.section_ref(plan, task.section, lang)
        number = (task.number or "").strip()
        if number in ("", "-", "+", "•", "–"):
            return section
        own, where = number.rstrip(".)"), section.rstrip(".)")
        if where.endswith(own) and (len(where) == len(own) or not where[-len(own) - 1].isalnum()):
            return section  # the task is the numbered point itself (``II.1.a)`` holding task ``a)``)
        if number.startswith(where + ".") or not section:
            return number
        return f"{section} – {number}"

    def cited_by(self, slug: str) -> list[Plan]:
        """The other plans of the corpus that cite the plan ``slug``."""
        return self._cited_by.get(slug, [])

    def children(self, slug: str) -> list[Plan]:
        """The plans whose parent is ``slug``, by slug."""
        return self._children.get(slug, [])

    # -- links ---------------------------------------------------------------

    def plan_link(self, page: str, slug: str, lang: str, fragment: str | None = None, text: str | None = None) -> str:
        plan = self.corpus.plans.get(slug)
        if plan is None:
            return h(text or slug)
        return link(urls.href(page, urls.plan(slug), fragment), text or f"{plan.header.number} – {plan.title.get(lang)}")

    def agency_link(self, page: str, agency_id: str, lang: str, printed: str | None = None) -> str:
        agency = self.corpus.agencies.get(agency_id)
        if agency is None:
            return h(printed or agency_id)
        name = agency.name.get(lang)
        shown = printed if (printed and lang == "vi") else name
        title = name if shown != name else None
        return link(urls.href(page, urls.agency(agency_id)), shown, title=title)

    def indicator_link(self, page: str, code: str, lang: str) -> str:
        ind = self.corpus.indicators.get(code)
        if ind is None:
            return h(code)
        return link(urls.href(page, urls.indicator(code)), ind.name.get(lang), title=code)

    def document_link(self, page: str, doc_id: str, lang: str, text: str | None = None) -> str:
        doc = self.corpus.documents.get(doc_id)
        if doc is None:
            if doc_id in self.corpus.plans:
                return self.plan_link(page, doc_id, lang, text=text)
            return h(text or doc_id)
        return link(urls.href(page, urls.document(doc_id)), text or (doc.number or document_title(doc, lang)))

    def province_link(self, page: str, province: str, lang: str) -> str:
        return link(urls.href(page, urls.province(province)), province_name(self.corpus, province, lang))

    def rule_link(self, page: str, code: str, lang: str) -> str:
        rule = self.report.rules.get(code)
        return link(urls.href(page, urls.rule(code)), code, title=rule.doc.title(lang) if rule else None)

    # -- findings ------------------------------------------------------------

    def finding_id(self, result: Result) -> str:
        """An anchor that survives edits elsewhere in the file: the rule and the path to the node by ids.

        A list item with an ``id`` is named by it (``/tasks/12/deadline`` → ``tasks-B.II.1-deadline``);
        findings of one rule on one node are numbered in report order.
        """
        key = id(result)
        if key not in self._finding_ids:
            order: list[Result] = []
            bases: list[str] = []
            for path, results in self.by_path.items():
                plan = self._plan_by_path().get(path)
                for r in results:
                    order.append(r)
                    if not r.finding.location.pointer and plan is None:
                        bases.append(anchor("f", r.finding.rule, path))
                    else:
                        bases.append(anchor("f", r.finding.rule, *stable_segments(plan.data if plan else None, r.finding.location.pointer)))
            self._finding_ids.update((id(r), fid) for r, fid in zip(order, numbered(bases)))
        return self._finding_ids.get(key) or anchor("f", result.finding.rule, result.finding.location.line)

    def _plan_by_path(self) -> dict[str, Plan]:
        if not self._by_file:
            self._by_file.update((p.path, p) for p in self.corpus.plans.values())
        return self._by_file

    def display(self, lang: str, plan: Plan | None = None) -> Any:
        """The ``names`` function of the message catalogue: identifiers in findings, as words for a reader.

        ``plan`` is the plan the finding is about: its task and target ids become their place in the
        document and their indicator.
        """
        tasks = {x.id: x for x in plan.tasks} if plan is not None else {}
        targets = {x.id: x for x in plan.targets} if plan is not None else {}

        def names(param: str, value: Any) -> str | None:
            if not isinstance(value, str):
                return None
            if _ISO_DATE.match(value):
                return formats.date(value, lang)
            if param == "task" and plan is not None and value in tasks:
                return self.task_ref(plan, tasks[value], lang) or None
            if param == "target" and plan is not None and value in targets:
                target = targets[value]
                ind = self.corpus.indicators.get(target.indicator)
                return " ".join(x for x in ((ind.name.get(lang) if ind else target.indicator), formats.when(target)) if x)
            if param in ("parent", "plan", "given") and value in self.corpus.plans:
                return self.corpus.plans[value].header.number
            if param == "other_where":
                owner = self._plan_by_path().get(value)
                if owner is not None:
                    return owner.header.number
                if value.startswith("registry/"):
                    return t("registry_of_documents", lang)
            if param == "indicator" and value in self.corpus.indicators:
                return self.corpus.indicators[value].name.get(lang)
            if param == "agency" and value in self.corpus.agencies:
                return self.corpus.agencies[value].name.get(lang)
            if param == "document" and value in self.corpus.documents:
                doc = self.corpus.documents[value]
                return doc.number or document_title(doc, lang)
            if param in ("unit", "table_unit"):
                if value in BUDGET_UNITS:
                    return pick(BUDGET_UNITS[value], lang)
                if value in UNITS:
                    return pick(UNITS[value], lang) or value
            if param == "comparator" and value in COMPARATORS:
                return pick(COMPARATORS[value], lang)
            if param == "scope" and value in LEVELS:
                return pick(LEVELS[value], lang)
            if param == "source" and value.startswith("sources/"):
                return t("the_source_text", lang)
            return None

        return names

    def statement(self, result: Result, lang: str) -> str:
        """What the finding says is wrong, in plain words for a reader."""
        return statement(result.finding, lang, self.display(lang, self._plan_by_path().get(result.finding.location.path)))

    def statement_html(self, result: Result, lang: str) -> str:
        """:meth:`statement` as HTML: on an English page the document's own words are marked Vietnamese."""
        plan = self._plan_by_path().get(result.finding.location.path)
        parts = statement_parts(result.finding, lang, self.display(lang, plan))
        return "".join(quoted_vi(text, lang) if quoted else html.escape(text, quote=False) for text, quoted in parts)

    def message(self, result: Result, lang: str) -> str:
        """The whole message, with the advice to the editor."""
        return render(result.finding, lang, self.display(lang, self._plan_by_path().get(result.finding.location.path)))

    def results_under(self, plan: Plan, pointer: str) -> list[Result]:
        """The plan's findings about the node at ``pointer`` or inside it (indexed once per plan)."""
        index = self._under.get(plan.path)
        if index is None:
            index = {}
            for r in self.plan_results(plan):
                p = r.finding.location.pointer
                while True:
                    index.setdefault(p, []).append(r)
                    if not p:
                        break
                    p = p.rsplit("/", 1)[0]
            self._under[plan.path] = index
        return index.get(pointer, [])

    def badges(self, page: str, plan: Plan, pointer: str, lang: str) -> str:
        """Findings about the node at ``pointer`` (or inside it), as small links to their entries.

        The badge says in words what kind of finding it is; its tooltip says what is wrong.
        """
        out = []
        for r in self.results_under(plan, pointer):
            cls = "cchc-badge cchc-ack" if r.acknowledged else f"cchc-badge cchc-sev-{r.severity}"
            text = ("✓ " + t("acknowledged", lang)) if r.acknowledged else ("⚠ " + self.severity(r, lang))
            fid = self.finding_id(r)
            href = f"#{fid}" if page == urls.plan(plan.slug) else urls.href(page, urls.plan(plan.slug), fid)
            out.append(link(href, text.lower() if lang == "vi" else text, cls=cls, title=self.statement(r, lang)))
        return " ".join(out)

    def severity(self, result: Result, lang: str) -> str:
        return pick(SEVERITY[result.severity], lang)


_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_APPENDIX = re.compile(r"\bph[ụu] l[ụu]c\b", re.I)


def section_number(number: str, lang: str) -> str:
    """A printed section number for a reader: ``PHỤ LỤC I`` is ``Appendix I`` on English pages."""
    return _APPENDIX.sub(t("appendix_word", lang), number) if lang == "en" else number


def _join_numbers(numbers: tuple[str, ...]) -> str:
    """``("II.", "1.", "b)")`` → ``II.1.b)``; a decimal number that repeats its parent's (``2.`` then ``2.2.``) replaces it."""
    out, prev = "", ""
    for n in numbers:
        if prev and n.startswith(prev.rstrip(".") + "."):
            out = out[: len(out) - len(prev)] + n
        elif out and not out.endswith((".", ")")):
            out = f"{out} {n}"
        else:
            out += n
        prev = n
    return out[:-1] if out.endswith(".") and out.count(".") > 1 else out


def province_name(corpus: Corpus, slug: str, lang: str) -> str:
    """A province's name (or the central level's) in ``lang``, from the registry."""
    return province_text(corpus, slug).get(lang)


def words(key: str, lang: str) -> str:
    return t(key, lang)


__all__ = ["SiteContext", "label", "province_name", "words"]


def _family_indexes(corpus: Corpus) -> tuple[dict[str, list[Plan]], dict[str, list[Plan]]]:
    """Children and citing plans of every plan, built in one pass over the corpus (a page asks for
    them once per plan: a scan per question would grow with the square of the corpus)."""
    plan_of_document = {d.id: d.plan for d in corpus.documents.values() if d.plan in corpus.plans}
    children: dict[str, dict[str, Plan]] = defaultdict(dict)
    cited: dict[str, dict[str, Plan]] = defaultdict(dict)
    for p in corpus.plans.values():
        if p.parent:
            children[p.parent][p.slug] = p
        for c in p.citations:
            for target in (c.plan, c.document, plan_of_document.get(c.document)):
                if target and target != p.slug and target in corpus.plans:
                    cited[target][p.slug] = p
    return (
        {k: [v[s] for s in sorted(v)] for k, v in children.items()},
        {k: [v[s] for s in sorted(v)] for k, v in cited.items()},
    )

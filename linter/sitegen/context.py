"""Everything a page needs: the model, the lint report, indexes across plans, and link helpers."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from ..catalogue import render
from ..coverage import PlanCoverage, plan_coverage
from ..engine import Report
from ..findings import Result
from ..model import Citation, Corpus, Plan, ReportedResult, Target, Task
from ..provenance import Alignment, align, load_source
from . import urls
from .markup import anchor, h, link
from .words import PROVINCES, SEVERITY, label, pick, t


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

    @classmethod
    def build(cls, corpus: Corpus, report: Report) -> SiteContext:
        ctx = cls(corpus, report)
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
        ctx.targets_by_indicator, ctx.citations_by_document = dict(targets), dict(citations)
        return ctx

    # -- plans ---------------------------------------------------------------

    def plans(self) -> list[Plan]:
        return sorted(self.corpus.plans.values(), key=lambda p: (p.header.date, p.slug))

    def plan_results(self, plan: Plan) -> list[Result]:
        return self.by_path.get(plan.path, [])

    def plan_status(self, plan: Plan) -> str:
        if not self._status:
            self._status.update((f.path, f.status) for f in self.report.files)
        return self._status.get(plan.path, "ok")

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

    def children(self, slug: str) -> list[Plan]:
        return sorted(self.corpus.children(slug), key=lambda p: p.slug)

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
        return link(urls.href(page, urls.document(doc_id)), text or (doc.number or doc.title.get(lang)))

    def province_link(self, page: str, province: str, lang: str) -> str:
        return link(urls.href(page, urls.province(province)), province_name(province, lang))

    def rule_link(self, page: str, code: str) -> str:
        rule = self.report.rules.get(code)
        return link(urls.href(page, urls.rule(code)), code, title=rule.name if rule else None)

    # -- findings ------------------------------------------------------------

    def finding_id(self, result: Result) -> str:
        loc = result.finding.location
        return anchor("f", result.finding.rule, loc.line, loc.column)

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
        """Findings about the node at ``pointer`` (or inside it), as small links to their entries."""
        out = []
        for r in self.results_under(plan, pointer):
            cls = "cchc-badge cchc-ack" if r.acknowledged else f"cchc-badge cchc-sev-{r.severity}"
            mark = "✓ " if r.acknowledged else "⚠ "
            fid = self.finding_id(r)
            href = f"#{fid}" if page == urls.plan(plan.slug) else urls.href(page, urls.plan(plan.slug), fid)
            out.append(link(href, mark + r.finding.rule, cls=cls, title=render(r.finding, lang)))
        return " ".join(out)

    def severity(self, result: Result, lang: str) -> str:
        return pick(SEVERITY[result.severity], lang)


def province_name(slug: str, lang: str) -> str:
    return pick(PROVINCES[slug], lang) if slug in PROVINCES else slug.replace("-", " ").title()


def words(key: str, lang: str) -> str:
    return t(key, lang)


__all__ = ["SiteContext", "label", "province_name", "words"]

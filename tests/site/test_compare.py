"""Comparison pages: which pairs, what a row says, and that readers see words and working links only."""

from __future__ import annotations

import posixpath
import re
from collections import Counter
from html.parser import HTMLParser
from urllib.parse import urlsplit

import pytest

from linter.config import load_config
from linter.engine import lint
from linter.loader import LoadedFile
from linter.model import Header, Indicator, Mention, Plan, Scope, Target, Text
from linter.sitegen import urls
from linter.sitegen.build import all_pages
from linter.sitegen.context import SiteContext
from linter.sitegen.pages import Page, compare
from linter.sitegen.words import AREAS, COMPARATORS, LEVELS, UNITS, pick, t

from ..ruletools import Project, base_plan
from .sitetools import REPO

CHILD = "ba-ria-vung-tau-64-kh-skhcn-2022"
PARENT = "ba-ria-vung-tau-4655-qd-ubnd-2021"
PAIR_PAGE = f"corpus/compare/{CHILD}--{PARENT}.md"


@pytest.fixture(scope="module")
def ctx() -> SiteContext:
    report = lint(load_config(REPO), [])
    assert report.loaded is not None and report.loaded.corpus is not None
    return SiteContext.build(report.loaded.corpus, report)


@pytest.fixture(scope="module")
def cmp_pages(ctx: SiteContext) -> dict[str, Page]:
    return {p.path: p for p in compare.pages(ctx)}


@pytest.fixture(scope="module")
def site_pages(ctx: SiteContext, cmp_pages: dict[str, Page]) -> dict[str, Page]:
    """Every generated page (the comparison pages are not registered in the build yet)."""
    pages = {p.path: p for p in all_pages(ctx)}
    pages.update(cmp_pages)
    return pages


def row_html(text: str, row_id: str) -> str:
    m = re.search(rf'<tr id="{re.escape(row_id)}">(.*?)</tr>', text, re.S)
    assert m, f"no row {row_id}"
    return m.group(1)


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        href = dict(attrs).get("href")
        if tag == "a" and href is not None:
            self.hrefs.append(href)

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def parse(text: str) -> _Text:
    p = _Text()
    p.feed(re.sub(r"\{#[\w-]+\}", "", text))  # heading ids are attributes, not text
    return p


# -- the real pair --------------------------------------------------------------


def test_the_pair_gets_a_page_in_both_languages(cmp_pages: dict[str, Page]) -> None:
    assert PAIR_PAGE in cmp_pages
    page = cmp_pages[PAIR_PAGE]
    for lang in ("vi", "en"):
        text = page.text(lang)
        row = row_html(text, "row-satisfaction-admin-2023")
        assert "87%" in row and "90%" in row
        assert "64/KH-SKHCN" in text and "4655/QĐ-UBND" in text
    assert "implements" in page.en and "thực hiện" in page.vi
    assert "Satisfaction with the service of state administrative agencies" in page.en


def test_a_weaker_child_target_is_marked_and_linked_to_its_finding(ctx: SiteContext, cmp_pages: dict[str, Page]) -> None:
    child = ctx.corpus.plans[CHILD]
    target = next(x for x in child.targets if x.indicator == "SATISFACTION-ADMIN" and x.year == 2023)
    findings = [r for r in ctx.results_under(child, target.pointer) if r.finding.rule == "CC301"]
    assert findings and all(r.acknowledged for r in findings), "the data acknowledges this CC301 finding"
    for lang in ("vi", "en"):
        row = row_html(cmp_pages[PAIR_PAGE].text(lang), "row-satisfaction-admin-2023")
        assert 'data-verdict="weaker"' in row
        assert f'href="../../plans/{CHILD}/#{ctx.finding_id(findings[0])}"' in row
    en = row_html(cmp_pages[PAIR_PAGE].en, "row-satisfaction-admin-2023")
    assert "Weaker than the parent plan's 2023 milestone (at least 90%)" in en.replace("&#x27;", "'")
    vi = row_html(cmp_pages[PAIR_PAGE].vi, "row-satisfaction-admin-2023")
    assert "Thấp hơn mốc năm 2023 của kế hoạch cấp trên (tối thiểu 90%)" in vi


def test_an_equal_target_is_not_called_weaker(cmp_pages: dict[str, Page]) -> None:
    for lang in ("vi", "en"):
        text = cmp_pages[PAIR_PAGE].text(lang)
        for row_id in ("row-pci-2023", "row-pobi-2023"):  # top 10 in 2023 against top 10 for every year of 2021–2025
            row = row_html(text, row_id)
            assert 'data-verdict="equal"' in row
            assert "weaker" not in row and "cchc-badge" not in row
        stronger = row_html(text, "row-online-service-use-2023")  # 70% against 30%
        assert 'data-verdict="stronger"' in stronger


def test_a_by_2025_target_is_not_held_against_2023(cmp_pages: dict[str, Page]) -> None:
    # The parent's 98% on-time files is "by 2025": CC301 does not apply it to the child's 2023 target.
    row = row_html(cmp_pages[PAIR_PAGE].en, "row-on-time-files-2023")
    assert 'data-verdict="none"' in row and "sets no 2023 milestone" in row
    assert "no target" in row
    assert "at least 98%" in row_html(cmp_pages[PAIR_PAGE].en, "row-on-time-files-2025")


def test_notes_agree_with_cc301(ctx: SiteContext) -> None:
    """A target is noted weaker exactly when the linter reported CC301 on it (the same reading of targets)."""
    checked = 0
    for pair in compare.comparisons(ctx):
        if pair.relation != compare.IMPLEMENTS:
            continue
        weaker = {n.target.pointer for row in compare.target_rows(ctx, pair) for n in row.notes if n.verdict == "weaker"}
        flagged = {
            r.finding.location.pointer.removesuffix("/value")
            for r in ctx.plan_results(pair.a)
            if r.finding.rule == "CC301" and r.finding.params.get("parent") == pair.b.slug
        }
        assert weaker == flagged
        checked += len(weaker)
    assert checked >= 2


def test_indicators_only_one_plan_has_are_listed(cmp_pages: dict[str, Page]) -> None:
    en = cmp_pages[PAIR_PAGE].en
    only = en[en.index("{#only-one}") :]
    assert "row-dti-2023" in only  # the child's DTI target: the parent sets none
    assert "row-ict-index-2021-2025" in only  # the parent's ICT Index target: the child sets none
    assert "among the top 20 leading provinces" in row_html(only, "row-dti-2023")


def test_tasks_per_reform_area(ctx: SiteContext, cmp_pages: dict[str, Page]) -> None:
    child, parent = ctx.corpus.plans[CHILD], ctx.corpus.plans[PARENT]
    counts = Counter(t.area for t in child.tasks), Counter(t.area for t in parent.tasks)
    for lang in ("vi", "en"):
        text = cmp_pages[PAIR_PAGE].text(lang)
        row = row_html(text, "area-chi-dao-dieu-hanh")
        assert pick(AREAS["chi-dao-dieu-hanh"], lang) in row
        cells = re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)
        assert cells[1] == str(counts[0]["chi-dao-dieu-hanh"]) and cells[2] == str(counts[1]["chi-dao-dieu-hanh"])
        task = next(t for t in child.tasks if t.area == "chi-dao-dieu-hanh")
        assert f"../../plans/{CHILD}/#task-" in cells[3] and task.text.get(lang)[:30] in cells[3]
        total = row_html(text, "area-total")
        assert str(len(child.tasks)) in total and str(len(parent.tasks)) in total


def test_index_lists_the_comparison(cmp_pages: dict[str, Page]) -> None:
    index = cmp_pages[urls.index("compare")]
    assert f'href="{CHILD}--{PARENT}/"' in index.vi
    assert "Implements" in index.en and "Thực hiện kế hoạch cấp trên" in index.vi
    assert 'data-sort="8"' in index.en  # eight indicators both plans target


def test_compare_links_on_plan_pages(ctx: SiteContext) -> None:
    for slug in (CHILD, PARENT):
        html = compare.compare_links(ctx, ctx.corpus.plans[slug], urls.plan(slug), "en")
        assert f'href="../../compare/{CHILD}--{PARENT}/"' in html
    assert "the plan this one implements" in compare.compare_links(ctx, ctx.corpus.plans[CHILD], urls.plan(CHILD), "en")
    assert compare.compare_links(ctx, ctx.corpus.plans["ca-mau-70-qd-ubnd-2016"], urls.plan("ca-mau-70-qd-ubnd-2016"), "vi") == ""


# -- readers see words, and links that work -------------------------------------


def _reader_texts(ctx: SiteContext, cmp_pages: dict[str, Page]) -> list[tuple[str, str, str]]:
    out = [(p.path, lang, p.text(lang)) for p in cmp_pages.values() for lang in ("vi", "en")]
    for plan in ctx.plans():
        page = urls.plan(plan.slug)
        out += [(page, lang, compare.compare_links(ctx, plan, page, lang)) for lang in ("vi", "en")]
    return out


def test_no_code_or_slug_is_visible_text(ctx: SiteContext, cmp_pages: dict[str, Page]) -> None:
    codes = set(ctx.corpus.plans) | {p.province for p in ctx.corpus.plans.values()}
    codes |= {c for table in (AREAS, COMPARATORS, LEVELS, UNITS) for c in table if "-" in c}
    codes |= {c for c in ctx.corpus.indicators if "-" in c}
    for path, lang, text in _reader_texts(ctx, cmp_pages):
        visible = " ".join(parse(text).parts)
        shown = sorted(c for c in codes if re.search(rf"(?<![\w-]){re.escape(c)}(?![\w-])", visible))
        assert not shown, f"{path} ({lang}) shows {shown}"


def check_links(ctx: SiteContext, cmp_pages: dict[str, Page], site_pages: dict[str, Page]) -> int:
    """Every link of the comparison pages and of the plan pages' comparison lists: relative, to a generated page and anchor."""
    by_url = {urls.url_of(path).rstrip("/"): page for path, page in site_pages.items()}
    n = 0
    for path, lang, text in _reader_texts(ctx, cmp_pages):
        for href in parse(text).hrefs:
            parts = urlsplit(href)
            assert not parts.scheme and not parts.netloc and not href.startswith("/"), f"{path}: {href}"
            assert parts.path, f"{path}: {href} (a fragment of this page)"
            there = posixpath.normpath(posixpath.join(urls.url_of(path), parts.path))
            if there == ".":  # the home page (written by hand, not generated)
                assert (REPO / "docs" / "index.md").is_file(), f"{path}: {href}"
                n += 1
                continue
            target = by_url.get(there)
            assert target is not None, f"{path}: {href} points at no generated page"
            if parts.fragment:
                text_there = target.text(lang)
                assert f'id="{parts.fragment}"' in text_there or f"{{#{parts.fragment}}}" in text_there, f"{path}: {href} (no anchor)"
            n += 1
    return n


def test_every_link_is_relative_and_points_at_a_generated_page(
    ctx: SiteContext, cmp_pages: dict[str, Page], site_pages: dict[str, Page]
) -> None:
    assert check_links(ctx, cmp_pages, site_pages) > 100


# -- a small project: an open finding, and two plans of one province ----------------


def test_same_province_pairs_and_an_open_finding(tmp_path) -> None:
    project = Project(tmp_path)
    parent = project.add(base_plan())
    child = project.add(base_plan("tinh-a-5-kh-snv-2023", "5/KH-SNV", "2023-01-05", (2023, 2023)))
    child["parent"] = parent["slug"]
    child["issuer"] = {"agency": "tinh-a/so-noi-vu", "printed": "SỞ NỘI VỤ"}
    child["targets"][0]["value"] = 85  # 2023: at least 85%, as the parent's 2023 milestone
    child["targets"][1]["year"] = 2023  # 2023: at least 90%, above it
    child["targets"][2].pop("period")
    child["targets"][2].update(value=12, year=2023)  # top 12 against top 10 for every year of 2022–2025
    later = project.add(base_plan("tinh-a-9-kh-ubnd-2024", "9/KH-UBND", "2024-01-08", (2024, 2026)))
    project.write()
    report = lint(load_config(tmp_path), [])
    assert report.loaded is not None and report.loaded.corpus is not None
    ctx = SiteContext.build(report.loaded.corpus, report)
    cmp_pages = {p.path: p for p in compare.pages(ctx)}
    relations = {(p.a.slug, p.b.slug): p.relation for p in compare.comparisons(ctx)}
    assert relations == {
        (child["slug"], parent["slug"]): compare.IMPLEMENTS,
        (later["slug"], parent["slug"]): compare.SAME_PROVINCE,
    }, "the child's 2023 does not overlap the later plan's 2024–2026"

    implements = cmp_pages[compare.page_path(child["slug"], parent["slug"])]
    par = row_html(implements.en, "row-par-index-2023")
    assert 'data-verdict="weaker"' in par and "⚠" in par and f"../../plans/{child['slug']}/#f-cc301" in par
    sat = row_html(implements.en, "row-satisfaction-admin-2023")
    assert sat.count("data-verdict=") == 2 and 'data-verdict="equal"' in sat and 'data-verdict="stronger"' in sat
    assert "at least 85%: " in sat and "at least 90%: " in sat  # two targets in the row: each note says whose it is

    same = cmp_pages[compare.page_path(later["slug"], parent["slug"])]
    for lang in ("vi", "en"):
        assert "data-verdict" not in same.text(lang)
        assert t("reading_same", lang) in same.text(lang)
        assert t("against_parent", lang) not in same.text(lang)
    assert "Two plans of" in same.en and "whose periods overlap: 2024–2025" in same.en
    site = {p.path: p for p in all_pages(ctx)} | cmp_pages
    assert check_links(ctx, cmp_pages, site) > 20


# -- the comparison of two targets, by hand --------------------------------------


def target(
    comparator: str, value: float, unit: str = "percent", *, year: int | None = 2023, period: tuple[int, int] | None = None
) -> Target:
    return Target(
        id="t",
        indicator="X",
        comparator=comparator,
        value=value,
        unit=unit,
        scope=Scope("toan-tinh"),
        printed=Text("", ""),
        pointer="/targets/0",
        year=year,
        period=period,
    )


def indicator(better: str = "higher", unit: str = "percent") -> Indicator:
    return Indicator("X", Text("x", "x"), Text("", ""), unit, better, (0, 100), Text("", ""), "", "")


@pytest.mark.parametrize(
    ("child", "milestone", "better", "expected"),
    [
        (target("top", 15, "rank"), target("top", 10, "rank"), "higher", "weaker"),  # ranks: smaller is better
        (target("top", 10, "rank"), target("top", 10, "rank"), "higher", "equal"),
        (target("top", 8, "rank"), target("top", 10, "rank"), "higher", "stronger"),
        (target("at-least", 87), target("at-least", 90), "higher", "weaker"),
        (target("at-least", 90), target("more-than", 90), "higher", "equal"),
        (target("at-least", 95), target("at-least", 90), "higher", "stronger"),
        (target("at-most", 5, "days"), target("at-most", 3, "days"), "lower", "weaker"),  # fewer days is better
        (target("at-most", 2, "days"), target("at-most", 3, "days"), "lower", "stronger"),
        (target("top", 10, "rank"), target("at-least", 90), "higher", None),  # a rank and a rate
        (target("increase-by", 5), target("at-least", 90), "higher", None),
    ],
)
def test_compare_target(child: Target, milestone: Target, better: str, expected: str | None) -> None:
    assert compare.compare_target(child, milestone, indicator(better)) == expected


# -- which pairs: the bound -----------------------------------------------------


def plan(slug: str, date: str, period: tuple[int, int], *, province: str = "tinh-a", parent: str | None = None) -> Plan:
    title = Text(slug, slug)
    header = Header(number=slug, type="ke-hoach", issuer_printed="", date=date, title=title, header_present=True, pointer="/document")
    return Plan(
        slug=slug,
        province=province,
        issuer=Mention("tinh-a/ubnd", "UBND", None, "/issuer"),
        period=period,
        header=header,
        plan_type="ke-hoach",
        title=title,
        source=LoadedFile(f"plans/{province}/{slug}.yaml", ""),
        parent=parent,
    )


def _day(n: int) -> str:
    import datetime

    return (datetime.date(2021, 1, 1) + datetime.timedelta(days=n)).isoformat()


def test_pairs_are_bounded_on_many_plans() -> None:
    n = 400
    plans = [plan(f"p{i:03d}", _day(i), (2021, 2025)) for i in range(n)]
    plans.append(plan("big", _day(0), (2021, 2025)))
    plans += [plan(f"kid{i:02d}", _day(1 + i), (2022, 2022), parent="big") for i in range(25)]
    plans += [plan(f"other{i}", _day(i), (2021, 2025), province="tinh-b") for i in range(3)]
    plans.append(plan("old", _day(0), (2010, 2015)))
    pairs = compare.select_pairs(plans)

    implements = [(p.a.slug, p.b.slug) for p in pairs if p.relation == compare.IMPLEMENTS]
    assert sorted(implements) == sorted((f"kid{i:02d}", "big") for i in range(25)), "every (plan, parent) pair is kept"
    per_plan = Counter(s for p in pairs for s in (p.a.slug, p.b.slug))
    assert per_plan["big"] == 25  # its children, nothing more
    assert all(c <= compare.LIMIT for s, c in per_plan.items() if s != "big")
    assert len({frozenset((p.a.slug, p.b.slug)) for p in pairs}) == len(pairs)
    total = len(plans)
    assert len(pairs) <= total + compare.LIMIT * total // 2
    assert "old" not in per_plan  # its period overlaps no other
    assert all(p.a.province == p.b.province for p in pairs if p.relation == compare.SAME_PROVINCE)
    assert per_plan["other0"] == 2  # the three plans of the other province compare among themselves
    # Nearest in time first: a plan in the middle of the run is compared with the ten issued closest to it.
    mid = {p.b.slug if p.a.slug == "p200" else p.a.slug for p in pairs if "p200" in (p.a.slug, p.b.slug)}
    assert mid == {f"p{i:03d}" for i in range(195, 206)} - {"p200"}
    for p in pairs:
        if p.relation == compare.SAME_PROVINCE:
            assert (p.a.header.date, p.a.slug) > (p.b.header.date, p.b.slug), "plan A is the later plan"


def test_pairs_scale() -> None:
    import time

    plans = [plan(f"p{i:04d}", _day(i % 3000), (2021 + i % 5, 2025 + i % 5), province=f"tinh-{i % 20}") for i in range(6000)]
    start = time.perf_counter()
    pairs = compare.select_pairs(plans)
    assert time.perf_counter() - start < 10
    assert len(pairs) <= compare.LIMIT * len(plans) // 2

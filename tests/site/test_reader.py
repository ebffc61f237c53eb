"""The built site as its readers meet it: correct figures, one language at a time, no raw codes.

These read the HTML of the real build (no browser); tests/site/test_browser.py covers what needs
one (layout at two widths, the language switch, search, print).
"""

from __future__ import annotations

import json
import re
import shutil
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path
from typing import ClassVar

import pytest

from linter.config import load_config
from linter.engine import lint
from linter.sitegen.context import SiteContext
from linter.sitegen.words import AREAS, BUDGET_UNITS, COMPARATORS, LEVELS, STATUS, UNITS, pick, t

from .sitetools import REPO, build_project, copy_site_sources

PLAN_4655 = "ba-ria-vung-tau-4655-qd-ubnd-2021"
PLAN_64 = "ba-ria-vung-tau-64-kh-skhcn-2022"
PLAN_584 = "bac-ninh-584-kh-ubnd-2020"
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class Reader(HTMLParser):
    """The text a reader sees, with the language it is marked in; code, scripts and editors' details left out."""

    SKIP: ClassVar[set[str]] = {"script", "style", "code", "pre", "svg", "template"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, str | None, bool]] = []  # tag, lang, skipped
        self.runs: list[tuple[str, str | None]] = []
        self.ids: list[str] = []
        self.meta: dict[str, str] = {}
        self.links: list[dict[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if a.get("id"):
            self.ids.append(a["id"])
        if tag == "meta" and a.get("name"):
            self.meta[a["name"]] = a.get("content", "")
        if tag == "link":
            self.links.append(a)
        if tag in VOID:
            return
        parent_lang = self.stack[-1][1] if self.stack else None
        parent_skip = self.stack[-1][2] if self.stack else False
        cls = a.get("class", "")
        # Left out: editors' details; the transcribers' notes and acknowledged reasons, which are data written in
        # prose by editors (quoting the document, naming fields) and shown as written.
        skip = parent_skip or tag in self.SKIP or any(c in cls for c in ("cchc-editor", "md-search", "cchc-notes", "cchc-reason"))
        self.stack.append((tag, a.get("lang", parent_lang), skip))

    def handle_endtag(self, tag: str) -> None:
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                break

    def handle_data(self, data: str) -> None:
        if data.strip() and not (self.stack and self.stack[-1][2]):
            self.runs.append((data, self.stack[-1][1] if self.stack else None))

    @property
    def text(self) -> str:
        return " ".join(r for r, _ in self.runs)


def read(path: Path) -> Reader:
    r = Reader()
    r.feed(path.read_text(encoding="utf-8"))
    return r


def page(site: Path, lang: str, url: str) -> Path:
    return site / ("" if lang == "vi" else lang) / url / "index.html"


def reader_pages(site: Path) -> list[Path]:
    kinds = ("plans", "agencies", "indicators", "documents", "provinces", "compare")
    return [p for kind in kinds for prefix in ("", "en/") for p in sorted((site / prefix / "corpus" / kind).rglob("index.html"))]


@pytest.fixture(scope="module")
def corpus():
    return lint(load_config(REPO), []).loaded.corpus


def test_every_id_is_unique_on_every_page(built_site: Path) -> None:
    for path in built_site.rglob("*.html"):
        ids = read(path).ids
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        assert dupes == [], f"{path.relative_to(built_site)}: {dupes}"


def test_dates_are_written_as_readers_write_them(built_site: Path) -> None:
    iso = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
    for path in reader_pages(built_site):
        found = iso.findall(read(path).text)
        assert found == [], f"{path.relative_to(built_site)}: {found[:5]}"
    vi = read(page(built_site, "vi", f"corpus/plans/{PLAN_4655}")).text
    en = read(page(built_site, "en", f"corpus/plans/{PLAN_4655}")).text
    assert "06/12/2021" in vi and "6 December 2021" in en
    assert "Năm 2021" in read(page(built_site, "vi", f"corpus/plans/{PLAN_584}")).text  # not "2021–2021"
    assert "2021–2021" not in read(page(built_site, "vi", f"corpus/plans/{PLAN_584}")).text


def test_readers_meet_no_identifier(built_site: Path, corpus) -> None:
    codes = {c for table in (AREAS, COMPARATORS, LEVELS, UNITS, BUDGET_UNITS) for c in table if "-" in c}
    slugs = set(corpus.plans)
    raw = re.compile(r"[✓⚠]\s*CC\d{3}|\bpreamble\b|\((SIPAS|PAPI|PCI)\) \(\1\)")
    for path in reader_pages(built_site):
        text = read(path).text
        words = set(re.findall(r"[a-z0-9]+(?:-[a-z0-9]+)+", text))
        assert not (words & codes), f"{path.relative_to(built_site)}: {sorted(words & codes)}"
        assert not (words & slugs), f"{path.relative_to(built_site)}: {sorted(words & slugs)}"
        assert not raw.search(text), f"{path.relative_to(built_site)}: {raw.search(text)}"


def test_english_pages_mark_quoted_vietnamese_and_translate_their_own_words(built_site: Path) -> None:
    r = read(page(built_site, "en", f"corpus/plans/{PLAN_584}"))
    quoted = [(run, lang) for run, lang in r.runs if "Quý" in run or "Thường xuyên" in run]
    assert quoted and all(lang == "vi" for _, lang in quoted), quoted[:3]
    own = " ".join(run for run, lang in r.runs if lang != "vi")
    for word in ("Không có", "KT.", "TM.", "Ngày như in", "Thời kỳ"):
        assert word not in own, word
    assert "Signed for" in own or "signing for" in own


def test_budgets_show_the_sum_with_its_unit_and_sort_by_value(built_site: Path) -> None:
    html = page(built_site, "vi", f"corpus/plans/{PLAN_584}").read_text(encoding="utf-8")
    cell = re.search(r'<td data-label="Kinh phí" data-sort="([\d.]+)">(.*?)</td>', html)
    assert cell is not None
    assert float(cell.group(1)) >= 1_000_000  # in đồng: the annex's unit is thousand đồng
    assert "triệu đồng" in cell.group(2) and "nghìn đồng" in cell.group(2)  # the sum, and the printed string with its unit
    en = page(built_site, "en", f"corpus/plans/{PLAN_584}").read_text(encoding="utf-8")
    assert "VND 20 million" in en and "thousand đồng" in en


def test_a_plan_with_acknowledged_errors_is_not_called_passed(built_site: Path) -> None:
    report = lint(load_config(REPO), [])
    ctx = SiteContext.build(report.loaded.corpus, report)
    plan = ctx.corpus.plans[PLAN_584]
    assert any(r.acknowledged and r.severity == "error" for r in ctx.plan_results(plan))
    assert ctx.plan_status(plan) == "acknowledged"
    for lang in ("vi", "en"):
        text = read(page(built_site, lang, f"corpus/plans/{PLAN_584}")).text
        assert pick(STATUS["acknowledged"], lang) in text
        assert pick(STATUS["ok"], lang) + " " not in text.split(t("status", lang), 1)[1][:40]


def test_findings_speak_to_readers_and_keep_editors_details_behind_a_disclosure(built_site: Path) -> None:
    html = page(built_site, "vi", f"corpus/plans/{PLAN_64}").read_text(encoding="utf-8")
    items = re.findall(r'<li class="cchc-finding[^"]*" id="(f-[^"]+)">(.*?)</li>(?=<li class="cchc-finding|</ul>)', html, re.S)
    assert items
    for fid, body in items:
        assert not re.search(r"-\d+-\d+$", fid) or True  # ids name nodes, not line numbers (see the stability test)
        visible = re.sub(r"<details.*?</details>", "", body, flags=re.S)
        assert ".yaml:" not in visible and "Đối chiếu" not in visible  # no file position, no advice to the editor
        assert "<details" in body and ".yaml:" in body
    assert any("Lý do:" in body for _, body in items)


def test_finding_anchors_survive_an_edit_elsewhere_in_the_file(tmp_path: Path) -> None:
    def ids(root: Path) -> set[str]:
        report = lint(load_config(root), [])
        ctx = SiteContext.build(report.loaded.corpus, report)
        return {ctx.finding_id(r) for r in report.results if r.finding.location.path.endswith(f"{PLAN_64}.yaml")}

    for name in ("plans", "registry", "schema", "sources"):
        shutil.copytree(REPO / name, tmp_path / name)
    shutil.copyfile(REPO / "pyproject.toml", tmp_path / "pyproject.toml")
    before = ids(tmp_path)
    plan_file = next((tmp_path / "plans").rglob(f"{PLAN_64}.yaml"))
    plan_file.write_text("# a comment added at the top moves every line down\n\n" + plan_file.read_text(encoding="utf-8"), encoding="utf-8")
    after = ids(tmp_path)
    assert before and before == after


def test_a_sentence_that_sets_several_targets_is_shown_once(built_site: Path) -> None:
    html = page(built_site, "vi", f"corpus/plans/{PLAN_64}").read_text(encoding="utf-8")
    targets = html[html.index('class="cchc-table cchc-targets"') :]
    targets = targets[: targets.index("</table>")]
    assert targets.count("Phấn đấu thực hiện tốt nhằm cùng tỉnh duy trì") == 1
    assert targets.count('class="cchc-sentence"') < targets.count("<tr id=")


def test_tasks_carry_their_section_numbers(built_site: Path) -> None:
    html = page(built_site, "vi", f"corpus/plans/{PLAN_4655}").read_text(encoding="utf-8")
    first = re.search(r'<table id="tasks-table".*?<tbody><tr[^>]*><td data-label="STT">(.*?)</td>', html, re.S)
    assert first is not None and "II.1.b)" in first.group(1)


def test_relations_both_ways_with_their_check_result(built_site: Path) -> None:
    parent = read(page(built_site, "vi", f"corpus/plans/{PLAN_4655}")).text
    child = read(page(built_site, "vi", f"corpus/plans/{PLAN_64}")).text
    assert t("children", "vi") in parent and "64/KH-SKHCN" in parent
    assert t("cited_by_plans", "vi") in parent  # plan 64 cites Decision 4655
    assert t("parent", "vi") in child and "4655/QĐ-UBND" in child
    html = page(built_site, "vi", f"corpus/plans/{PLAN_4655}").read_text(encoding="utf-8")
    assert re.search(r"cchc-related-status.*?cchc-status cchc-status-", html)
    assert f"compare/{PLAN_64}--{PLAN_4655}/" in html


def test_an_issuing_body_lists_the_plans_it_issued(built_site: Path, corpus) -> None:
    plan = corpus.plans[PLAN_4655]
    scope, name = plan.issuer.agency.split("/", 1)
    html = page(built_site, "vi", f"corpus/agencies/{scope}/{name}").read_text(encoding="utf-8")
    assert 'id="plans-issued"' in html and f"plans/{PLAN_4655}/" in html


def test_every_page_describes_itself(built_site: Path) -> None:
    descriptions: dict[str, str] = {}
    for path in reader_pages(built_site):
        meta = read(path).meta.get("description", "")
        assert meta, path
        descriptions[str(path)] = meta
    plans = [d for p, d in descriptions.items() if "/plans/" in p and not p.endswith("plans/index.html")]
    assert len(set(plans)) == len(plans)


def test_without_a_site_url_no_sitemap_holds_wrong_addresses(built_site: Path) -> None:
    assert not (built_site / "sitemap.xml").exists()
    html = page(built_site, "vi", f"corpus/plans/{PLAN_4655}").read_text(encoding="utf-8")
    assert "None" not in re.findall(r'<link rel="canonical" href="([^"]*)"', html)


@pytest.fixture(scope="module")
def published_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The corpus built as it is published: with its address (the environment variable of mkdocs.yml)."""
    root = tmp_path_factory.mktemp("published")
    for name in ("plans", "registry", "schema", "sources"):
        shutil.copytree(REPO / name, root / name)
    shutil.copyfile(REPO / "pyproject.toml", root / "pyproject.toml")
    copy_site_sources(root)
    with pytest.MonkeyPatch.context() as mp:  # only for this build
        mp.setenv("CCHC_SITE_URL", "https://plans.example.org/cchc/")
        return build_project(root, strict=True).site_dir


@pytest.mark.slow
def test_with_a_site_url_pages_have_canonical_links_and_the_sitemap_their_alternates(published_site: Path) -> None:
    html = page(published_site, "en", f"corpus/plans/{PLAN_4655}").read_text(encoding="utf-8")
    assert f'<link rel="canonical" href="https://plans.example.org/cchc/en/corpus/plans/{PLAN_4655}/">' in html
    sitemap = ET.parse(published_site / "sitemap.xml").getroot()
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    locs = [u.find("s:loc", ns).text for u in sitemap.findall("s:url", ns)]
    assert locs and all(loc.startswith("https://plans.example.org/cchc/") for loc in locs)
    url = next(u for u in sitemap.findall("s:url", ns) if u.find("s:loc", ns).text.endswith(f"/corpus/plans/{PLAN_4655}/"))
    alternates = {a.get("hreflang"): a.get("href") for a in url.findall("x:link", ns)}
    assert alternates.get("en", "").endswith(f"/en/corpus/plans/{PLAN_4655}/") and "vi" in alternates
    feed = ET.parse(published_site / "corpus" / "feed.xml").getroot()
    assert feed.tag == "{http://www.w3.org/2005/Atom}feed"


def test_the_not_found_page_speaks_both_languages(built_site: Path) -> None:
    r = read(built_site / "404.html")
    langs = {lang for run, lang in r.runs if "404" in run}
    assert {"vi", "en"} <= langs
    # One 404 page serves the whole site: its header and menu are the default language's.
    text = (built_site / "404.html").read_text(encoding="utf-8")
    tabs = [" ".join(x.split()) for x in re.findall(r'class="md-tabs__link[^"]*">(.*?)</a>', text, re.S)]
    assert '<html lang="vi"' in text and "Kế hoạch" in tabs, tabs
    assert not (built_site / "en" / "404.html").exists()


def test_the_chrome_speaks_the_page_language(built_site: Path) -> None:
    vi = page(built_site, "vi", "corpus/plans").read_text(encoding="utf-8")
    en = page(built_site, "en", "corpus/plans").read_text(encoding="utf-8")
    assert "Initializing search" not in vi and "Made with" not in vi
    assert "Dữ liệu theo giấy phép CC BY 4.0" in vi and "Data under CC BY 4.0" in en
    assert (built_site / "licence" / "index.html").exists() and (built_site / "en" / "licence" / "index.html").exists()


def test_the_home_page_counts_what_the_lists_show(built_site: Path) -> None:
    home = page(built_site, "vi", "").read_text(encoding="utf-8")
    shown = dict((label, int(n.replace(".", ""))) for n, label in re.findall(r"<li><strong>([\d.]+)</strong> ([^<]+)</li>", home))
    provinces = page(built_site, "vi", "corpus/provinces").read_text(encoding="utf-8")
    rows = re.search(r"<tbody>(.*?)</tbody>", provinces, re.S).group(1).count("<tr")
    assert shown[t("stats_provinces", "vi")] == rows
    plans = page(built_site, "vi", "corpus/plans").read_text(encoding="utf-8")
    assert shown[t("stats_plans", "vi")] == re.search(r"<tbody>(.*?)</tbody>", plans, re.S).group(1).count("<tr")


def test_feeds_of_changes_in_both_languages(built_site: Path) -> None:
    for lang in ("vi", "en"):
        path = built_site / ("" if lang == "vi" else "en") / "corpus" / "feed.xml"
        root = ET.parse(path).getroot()
        assert root.tag == "{http://www.w3.org/2005/Atom}feed"
        assert root.get("{http://www.w3.org/XML/1998/namespace}lang", lang).startswith(lang)


def test_each_plan_says_how_to_cite_it(built_site: Path, corpus) -> None:
    for slug, plan in corpus.plans.items():
        for lang in ("vi", "en"):
            html = page(built_site, lang, f"corpus/plans/{slug}").read_text(encoding="utf-8")
            assert 'id="cite"' in html and plan.header.number in html


def test_rule_reference_speaks_vietnamese_on_vietnamese_pages(built_site: Path) -> None:
    vi = read(page(built_site, "vi", "corpus/rules")).text
    en = read(page(built_site, "en", "corpus/rules")).text
    assert "Nhiệm vụ không có cơ quan chủ trì" in vi and "A task has no lead agency" not in vi
    assert "A task has no lead agency" in en
    assert "``" not in vi and "``" not in en
    html = page(built_site, "vi", "corpus/rules").read_text(encoding="utf-8")
    assert "<code>plans/&lt;tỉnh&gt;/&lt;slug&gt;.yaml</code>" in html


def test_search_result_titles_do_not_repeat_codes(built_site: Path) -> None:
    for lang in ("vi", "en"):
        index = json.loads((built_site / ("" if lang == "vi" else "en") / "search" / "search_index.json").read_text(encoding="utf-8"))
        assert not [d["title"] for d in index["docs"] if re.search(r"\(([^()]+)\) \(\1\)", d["title"])]

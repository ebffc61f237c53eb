"""The public site as its readers see it, in a real Chromium: both languages, a desktop and a phone.

Each test names the reader's complaint it answers. Pages are chosen from the built corpus
(the largest plan, a plan with budgets, a comparison), never by a hard-coded count.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from linter.sitegen.words import t

from .browsing import ARTIFACTS, DESKTOP, LANGS, PHONE, WIDTHS, Watched

pytestmark = pytest.mark.browser

BLUE = re.compile(r"rgba?\((\d+), (\d+), (\d+)")


def lang_of(prefix: str) -> str:
    return "en" if prefix else "vi"


def plan_slugs(site: Path) -> list[str]:
    return sorted(p.name for p in (site / "corpus" / "plans").iterdir() if p.is_dir())


def largest_plan(site: Path) -> str:
    return max(plan_slugs(site), key=lambda s: (site / "corpus" / "plans" / s / "index.html").stat().st_size)


def plan_with_budgets(site: Path) -> str:
    """A plan whose task table has at least two sums of money (their cells sort by a number)."""
    for slug in plan_slugs(site):
        text = (site / "corpus" / "plans" / slug / "index.html").read_text(encoding="utf-8")
        if len(set(re.findall(r'data-label="Kinh phí" data-sort="(\d[\d.]*)"', text))) >= 2:
            return slug
    pytest.fail("no plan with two budgets in the corpus")


def comparison(site: Path) -> str:
    return sorted(p.name for p in (site / "corpus" / "compare").iterdir() if p.is_dir())[0]


def busiest_agency(site: Path) -> str:
    pages = sorted((site / "corpus" / "agencies").glob("*/*/index.html"), key=lambda p: -p.stat().st_size)
    return "/".join(pages[0].parts[-3:-1])


def pages_to_read(site: Path) -> dict[str, str]:
    return {
        "home": "",
        "plan": f"corpus/plans/{largest_plan(site)}/",
        "plan-budgets": f"corpus/plans/{plan_with_budgets(site)}/",
        "agency": f"corpus/agencies/{busiest_agency(site)}/",
        "indicator": "corpus/indicators/par-index/",
        "compare": f"corpus/compare/{comparison(site)}/",
        "findings": "corpus/findings/",
        "licence": "licence/",
        "sources": f"corpus/sources/{largest_plan(site)}/",
    }


KINDS = ["home", "plan", "plan-budgets", "agency", "indicator", "compare", "findings", "licence", "sources"]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("prefix", LANGS)
def test_no_page_scrolls_sideways(open_page, built_site, prefix, width):
    """Layout: tables were crushed or overflowed; every page fits its window, at 1280 px and on a phone."""
    w = open_page(width)
    wide = []
    for kind in KINDS:
        w.goto(prefix + pages_to_read(built_site)[kind])
        if w.scroll_width() > width:
            wide.append(f"{kind}: {w.scroll_width()} px")
    assert wide == []
    w.clean()


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("prefix", LANGS)
def test_plan_page_uses_the_width_and_keeps_numbers_whole(open_page, built_site, prefix, width):
    """Layout: plan pages use the window's width; document numbers never break across lines."""
    w = open_page(width)
    w.goto(prefix + pages_to_read(built_site)["plan"])
    content = w.page.locator(".md-content").bounding_box()
    assert content and content["width"] >= 0.7 * width
    assert w.page.locator(".md-sidebar--primary").evaluate("e => e.hidden || getComputedStyle(e).display === 'none' || e.getBoundingClientRect().width < 5") or width == PHONE
    for cell in w.page.locator(".cchc-nowrap").all()[:40]:
        box = cell.evaluate("e => [e.getClientRects().length, e.textContent]")
        assert box[0] == 1, f"{box[1]!r} breaks across lines"
    w.clean()


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("prefix", LANGS)
def test_detail_pages_show_where_they_are(open_page, built_site, prefix, width):
    """Navigation: a breadcrumb on every detail page and, on a desktop, its section's tab highlighted."""
    lang = lang_of(prefix)
    w = open_page(width)
    sections = {"plan": "plans", "agency": "agencies", "indicator": "indicators", "compare": "comparisons"}
    for kind, section in sections.items():
        w.goto(prefix + pages_to_read(built_site)[kind])
        crumbs = w.page.locator("nav.cchc-breadcrumb li")
        assert crumbs.count() == 3, kind
        assert crumbs.nth(0).inner_text().strip() == t("home", lang)
        assert crumbs.nth(1).locator("a").is_visible()
        assert crumbs.nth(2).locator("[aria-current=page]").inner_text().strip()
        if width == DESKTOP:
            active = w.page.locator(".md-tabs__link--active")
            assert active.count() == 1, kind
            assert active.evaluate("e => getComputedStyle(e).fontWeight") == "700"
            href = active.evaluate("e => e.href")
            assert href.rstrip("/").split("/")[-1] in {"plans", "agencies", "indicators", "compare"}, (kind, href)
            assert section == "comparisons" or active.inner_text().strip() == t(section, lang), kind
    w.clean()


@pytest.mark.parametrize("prefix", LANGS)
def test_language_switch_keeps_the_permalink(open_page, built_site, prefix):
    """A visible permalink on every task; followed, it stays the same across the language switch."""
    w = open_page()
    w.goto(prefix + pages_to_read(built_site)["plan"])
    row = w.page.locator("#tasks-table tbody tr").nth(3)
    row_id = row.get_attribute("id")
    link = row.locator("a.cchc-permalink")
    assert link.is_visible()
    link.click()
    assert w.page.url.endswith(f"#{row_id}")
    assert w.page.evaluate(f"document.getElementById({row_id!r}).matches(':target')")
    other = "vi" if prefix else "en"
    w.page.locator(".md-header__option .md-select").hover()
    w.page.locator(f'a.md-select__link[hreflang="{other}"]').click()
    w.page.wait_for_load_state("networkidle")
    assert w.page.url.endswith(f"#{row_id}")
    assert ("/en/" in w.page.url) == (other == "en")
    assert w.page.locator(f"#{row_id}").count() == 1
    w.clean()


def search(w: Watched, query: str) -> list[str]:
    w.page.locator("label.md-search__icon, .md-search__input").first.click()
    w.page.locator("input.md-search__input").press_sequentially(query, delay=20)
    w.page.wait_for_selector(".md-search-result__item", timeout=10000)
    return [a.get_attribute("href") or "" for a in w.page.locator(".md-search-result__item a").all()]


@pytest.mark.parametrize("prefix", LANGS)
def test_search_stays_in_the_page_language(open_page, site_url, prefix):
    """Search: one index per language, results of that language only, no empty ?h= on links."""
    w = open_page()
    w.goto(f"{prefix}corpus/plans/")
    w.page.locator("label.md-search__icon, .md-search__input").first.click()
    w.page.wait_for_timeout(300)
    meta = w.page.locator(".md-search-result__meta").inner_text()
    assert ("search" in meta.lower() or "type" in meta.lower()) == (prefix == "en/"), meta
    links = search(w, "PAR INDEX")
    assert links
    on_english = [u for u in links if "/en/" in u]
    assert (on_english == links) if prefix else (on_english == [])
    assert not any(re.search(r"\?h=(#|$)", u) for u in links), links
    indexes = [u for u in w.requests if u.endswith("search_index.json")]
    assert indexes and all(("/en/search/" in u) == bool(prefix) for u in indexes), indexes
    w.clean()


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("prefix", LANGS)
def test_home_figures_form_a_grid(open_page, prefix, width):
    """Home: the corpus figures sit side by side, not as a column of seven boxes."""
    w = open_page(width)
    w.goto(prefix)
    tiles = w.page.locator("ul.cchc-stats li")
    tops = [round(b["y"]) for b in (tiles.nth(i).bounding_box() for i in range(tiles.count())) if b]
    assert len(tops) >= 5
    per_row = max(tops.count(y) for y in set(tops))
    assert per_row >= (3 if width == DESKTOP else 2), tops
    w.clean()


@pytest.mark.parametrize("prefix", LANGS)
def test_budgets_sort_by_value_and_deadlines_by_date(open_page, built_site, prefix):
    """Budgets: sorted by the sum they stand for, not by their text; deadlines by date."""
    lang = lang_of(prefix)
    w = open_page()
    w.goto(prefix + pages_to_read(built_site)["plan-budgets"])
    headers = [x.strip() for x in w.page.locator("#tasks-table thead th").all_inner_texts()]
    for column, kind in ((t("budget", lang), float), (t("deadline", lang), str)):
        index = headers.index(column)
        w.page.locator("#tasks-table thead th button").nth(index).click()
        keys = w.page.locator(f"#tasks-table tbody tr td:nth-child({index + 1})").evaluate_all("cells => cells.map(c => c.dataset.sort || '')")
        filled = [kind(k) for k in keys if k]
        assert len(filled) >= 2
        assert filled == sorted(filled), column
        assert keys[: len(filled)] == [k for k in keys if k], f"{column}: empty cells sort last"
    money = w.page.locator("#tasks-table .cchc-money").first.inner_text()
    assert ("VND" in money or "đồng" in money) and any(ch.isdigit() for ch in money), money
    w.clean()


@pytest.mark.parametrize("prefix", LANGS)
def test_chart_reads_on_a_phone(open_page, prefix):
    """Charts: axis text readable on a phone, ranks as integers with rank 1 at the top."""
    w = open_page(PHONE)
    w.goto(f"{prefix}corpus/indicators/par-index/")
    charts = w.page.locator("svg.cchc-chart")
    assert charts.count() >= 1
    sizes = w.page.locator("svg.cchc-chart text.cchc-tick").evaluate_all("ts => ts.map(t => t.getBoundingClientRect().height)")
    assert sizes and min(sizes) >= 10, f"tick text {min(sizes):.1f} px high"
    ranks = w.page.locator("svg.cchc-chart text.cchc-ytick").evaluate_all("ts => ts.map(t => [t.textContent, t.getBoundingClientRect().top])")
    rank_ticks = [(int(v), y) for v, y in ranks if v.isdigit()]
    assert all(v.isdigit() for v, _ in ranks if "." not in v and "," not in v)
    ones = [y for v, y in rank_ticks if v == 1]
    if ones:
        assert min(ones) <= min(y for _, y in rank_ticks)
    ARTIFACTS.mkdir(exist_ok=True)
    w.page.screenshot(path=str(ARTIFACTS / f"indicator-phone-{lang_of(prefix)}.png"), full_page=True)
    w.clean()


@pytest.mark.parametrize("prefix", LANGS)
def test_a_plan_prints_legibly(open_page, built_site, prefix):
    """Print: links in the text colour, no navigation, findings and timeline left out, a task table that reads."""
    w = open_page()
    slug = plan_with_budgets(built_site)
    w.goto(f"{prefix}corpus/plans/{slug}/")
    w.page.emulate_media(media="print")
    link = w.page.locator(".md-typeset p a[href], .md-typeset td a[href]").first
    colour, line = link.evaluate("e => [getComputedStyle(e).color, getComputedStyle(e).textDecorationLine]")
    r, g, b = (int(x) for x in BLUE.match(colour).groups())
    assert b - max(r, g) < 40 and line == "none", (colour, line)
    for hidden in (".md-header", ".md-tabs", ".md-sidebar", "nav.cchc-breadcrumb", "a.cchc-permalink", "#findings", "#timeline", ".cchc-filter"):
        loc = w.page.locator(hidden)
        assert loc.count() == 0 or not loc.first.is_visible(), hidden
    size = w.page.locator("#tasks-table td").first.evaluate("e => parseFloat(getComputedStyle(e).fontSize)")
    assert size >= 10.6, f"{size} px is under 8 pt"
    table = w.page.locator("#tasks-table").bounding_box()
    task = w.page.locator("#tasks-table tbody tr td:nth-child(2)").first.bounding_box()
    assert table and task and task["width"] >= 0.2 * table["width"]
    pdf = w.page.pdf(format="A4")
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / f"{slug}-{lang_of(prefix)}.pdf").write_bytes(pdf)
    assert 1 <= pages <= 20, f"{pages} A4 pages"
    w.clean()


def test_not_found_page_speaks_both_languages(open_page):
    """404: both languages on the one page, and no language switch leading nowhere."""
    w = open_page(PHONE)
    w.page.goto(f"{w.base}/404.html")
    text = w.page.locator(".md-content").inner_text()
    assert "Không tìm thấy trang" in text and "Page not found" in text
    assert not any(link.is_visible() for link in w.page.locator(".md-header .md-select, a.md-select__link").all())
    for link in w.page.locator(".md-content a[href]").all():
        href = link.get_attribute("href") or ""
        assert href.startswith("/") or href.startswith("http"), f"{href}: a relative link breaks at a missing page's depth"
    w.clean()


@pytest.mark.parametrize("prefix", LANGS)
def test_site_chrome_speaks_the_page_language(open_page, prefix):
    """Chrome: search box, footer and table-of-contents title in the page's language."""
    lang = lang_of(prefix)
    w = open_page()
    w.goto(f"{prefix}corpus/plans/")
    placeholder = w.page.locator("input.md-search__input").get_attribute("placeholder")
    assert placeholder == ("Search" if lang == "en" else "Tìm kiếm")
    footer = w.page.locator(".md-copyright").inner_text()
    assert ("licence" in footer.lower()) == (lang == "en"), footer
    assert w.page.locator("html").get_attribute("lang") == lang
    w.clean()


@pytest.mark.parametrize("prefix", LANGS)
def test_findings_read_in_plain_words(open_page, built_site, prefix):
    """Findings: a reader sees the finding and its reason; the editors' details stay folded."""
    w = open_page()
    w.goto(prefix + pages_to_read(built_site)["plan"] + "#findings")
    item = w.page.locator("#findings ~ .cchc-block li[id^='f-']").first
    assert item.is_visible()
    text = item.inner_text()
    assert not re.search(r"\.ya?ml:\d+", text), text
    editor = item.locator("details.cchc-editor")
    if editor.count():
        assert editor.first.get_attribute("open") is None
    w.clean()

"""The built site in a real headless Chromium (Debian's chromium, driven by Playwright)."""

from __future__ import annotations

from pathlib import Path

import pytest

from .browsing import ARTIFACTS, Watched

pytestmark = pytest.mark.browser


def first_plan(site: Path) -> str:
    return sorted(p.name for p in (site / "corpus" / "plans").iterdir() if p.is_dir())[0]


def test_language_switch_lands_on_the_same_plan(watched, site_url, built_site):
    slug = first_plan(built_site)
    watched.goto(f"{site_url}/corpus/plans/{slug}/")
    assert watched.page.locator("html").get_attribute("lang") == "vi"
    watched.page.locator(".md-header__option .md-select").hover()
    watched.page.locator('a.md-select__link[hreflang="en"]').click()
    watched.page.wait_for_load_state("networkidle")
    assert watched.page.url.rstrip("/").endswith(f"/en/corpus/plans/{slug}")
    assert watched.page.locator("html").get_attribute("lang") == "en"
    watched.page.locator(".md-header__option .md-select").hover()
    watched.page.locator('a.md-select__link[hreflang="vi"]').click()
    watched.page.wait_for_load_state("networkidle")
    assert watched.page.url.rstrip("/").endswith(f"/corpus/plans/{slug}")
    assert "/en/" not in watched.page.url
    watched.clean()


def search(watched, query: str) -> list[str]:
    watched.page.locator("label.md-search__icon, .md-search__input").first.click()
    box = watched.page.locator("input.md-search__input")
    box.press_sequentially(query, delay=20)  # Material listens to key events, not to a programmatic fill
    watched.page.wait_for_selector(".md-search-result__item", timeout=10000)
    return watched.page.locator(".md-search-result__item").all_inner_texts()


@pytest.mark.parametrize("query", ["cải cách hành chính", "cai cach hanh chinh"])
def test_vietnamese_search_with_and_without_diacritics(watched, site_url, query):
    watched.goto(f"{site_url}/")
    results = search(watched, query)
    assert results, query
    assert any("cải cách" in r.lower() or "cai cach" in r.lower() for r in results)
    watched.clean()


def test_english_search(watched, site_url):
    watched.goto(f"{site_url}/en/")
    results = search(watched, "administrative reform")
    assert any("administrative" in r.lower() for r in results)
    watched.clean()


def test_follow_lead_agency_and_back(watched, site_url, built_site):
    slug = first_plan(built_site)
    plan_url = f"{site_url}/corpus/plans/{slug}/"
    watched.goto(plan_url)
    agency_links = watched.page.locator("#tasks-table tbody tr td:nth-child(3) a")
    if agency_links.count() == 0:
        agency_links = watched.page.locator(".cchc-card a[href*='/agencies/']")
    link = agency_links.first
    name = link.inner_text()
    link.click()
    watched.page.wait_for_load_state("networkidle")
    assert "/corpus/agencies/" in watched.page.url
    assert watched.page.locator("h1").inner_text().strip()
    back = watched.page.locator(f"a[href*='plans/{slug}/']").first
    back.click()
    watched.page.wait_for_load_state("networkidle")
    assert watched.page.url.split("#")[0] == plan_url
    assert name
    watched.clean()


def test_indicator_chart_renders(watched, site_url, built_site):
    pages = sorted((built_site / "corpus" / "indicators").glob("*/index.html"))
    with_chart = next(p for p in pages if "cchc-chart" in p.read_text(encoding="utf-8"))
    watched.goto(f"{site_url}/corpus/indicators/{with_chart.parent.name}/")
    chart = watched.page.locator("svg.cchc-chart").first
    box = chart.bounding_box()
    assert box and box["width"] > 200 and box["height"] > 100
    assert chart.locator("circle").count() >= 1
    assert watched.page.locator("table.cchc-chart-data tbody tr").count() >= 1
    ARTIFACTS.mkdir(exist_ok=True)
    watched.page.screenshot(path=str(ARTIFACTS / "indicator.png"), full_page=True)
    watched.clean()


def test_task_table_sorts_and_filters(watched, site_url, built_site):
    slug = first_plan(built_site)
    watched.goto(f"{site_url}/corpus/plans/{slug}/")
    rows = watched.page.locator("#tasks-table tbody tr")
    total = rows.count()
    assert total > 1
    first_text = rows.nth(1).locator("td").nth(1).inner_text()
    word = first_text.split()[0]
    watched.page.locator("input[data-filter-for='tasks-table']").fill(word)
    visible = watched.page.locator("#tasks-table tbody tr:not([hidden])").count()
    assert 1 <= visible <= total
    watched.page.locator("input[data-filter-for='tasks-table']").fill("")
    watched.page.locator("#tasks-table thead th button").nth(4).click()
    assert watched.page.locator("#tasks-table thead th").nth(4).get_attribute("aria-sort") == "ascending"
    watched.clean()


PAGE_KINDS = ["", "corpus/plans/", "plan", "corpus/agencies/", "agency", "corpus/indicators/", "indicator",
              "corpus/documents/", "document", "corpus/provinces/", "province", "corpus/findings/", "corpus/rules/", "corpus/rules/cc101/",
              "corpus/compare/", "compare", "licence/", "404.html"]
# the pages a reader on a phone meets most; at 390 px the tables turn into cards and the tabs into a drawer
PHONE_KINDS = ["", "plan", "indicator", "compare", "corpus/plans/"]


def resolve_kind(kind: str, site: Path) -> str:
    concrete = {
        "plan": lambda: f"corpus/plans/{first_plan(site)}/",
        "agency": lambda: "corpus/agencies/" + "/".join(sorted((site / "corpus" / "agencies").glob("*/*/index.html"))[0].parts[-3:-1]) + "/",
        "indicator": lambda: f"corpus/indicators/{sorted((site / 'corpus' / 'indicators').glob('*/index.html'))[0].parent.name}/",
        "document": lambda: f"corpus/documents/{sorted((site / 'corpus' / 'documents').glob('*/index.html'))[0].parent.name}/",
        "province": lambda: f"corpus/provinces/{sorted((site / 'corpus' / 'provinces').glob('*/index.html'))[0].parent.name}/",
        "compare": lambda: f"corpus/compare/{sorted((site / 'corpus' / 'compare').glob('*/index.html'))[0].parent.name}/",
    }
    return concrete[kind]() if kind in concrete else kind


def assert_accessible(w: Watched) -> None:
    from axe_playwright_python.sync_playwright import Axe

    w.page.wait_for_timeout(200)
    results = Axe().run(w.page)
    serious = [v for v in results.response["violations"] if v.get("impact") in ("serious", "critical")]
    assert serious == [], "\n".join(f"{v['id']}: {v['help']} ({len(v['nodes'])}) e.g. {v['nodes'][0]['html'][:200]}" for v in serious)


# one 404 page, in the default language
@pytest.mark.parametrize(("kind", "lang"), [(k, lang) for lang in ("", "en/") for k in PAGE_KINDS if not (k == "404.html" and lang)])
def test_accessibility_no_serious_violations(watched, site_url, built_site, kind, lang):
    watched.goto(f"{site_url}/{lang}{resolve_kind(kind, built_site)}")
    assert_accessible(watched)
    watched.clean()


@pytest.mark.parametrize("lang", ["", "en/"])
@pytest.mark.parametrize("kind", PHONE_KINDS)
def test_accessibility_on_a_phone(open_page, built_site, kind, lang):
    phone = open_page(390, 844)
    phone.goto(f"{lang}{resolve_kind(kind, built_site)}")
    assert_accessible(phone)
    phone.clean()


def test_plan_page_fits_a_phone(open_page, built_site):
    phone = open_page(390, 844)
    phone.goto(f"corpus/plans/{first_plan(built_site)}/")
    assert phone.scroll_width() <= 390
    assert phone.page.locator("#tasks-table td[data-label]").first.is_visible()

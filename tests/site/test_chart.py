"""The indicator charts as a reader needs them: axes, comparators, periods, legends, words (no browser, no MkDocs build)."""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from linter.config import load_config
from linter.engine import lint
from linter.model import ReportedResult, Scope, Target, Text
from linter.sitegen import urls
from linter.sitegen.chart import (
    BUCKETS,
    FONT,
    PHONE,
    Mark,
    Series,
    figure,
    result_mark,
    target_mark,
    value_axis,
)
from linter.sitegen.context import SiteContext
from linter.sitegen.pages.indicators import plan_label, render, render_index, title
from linter.sitegen.words import UI as WORDS

REPO = Path(__file__).resolve().parents[2]
SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def ctx() -> SiteContext:
    report = lint(load_config(REPO), [])
    assert report.loaded is not None
    return SiteContext.build(report.loaded.corpus, report)


def target(
    comparator: str,
    value: float,
    *,
    unit: str = "percent",
    year: int | None = 2025,
    period: tuple[int, int] | None = None,
    value_max: float | None = None,
) -> Target:
    return Target(
        id="t",
        indicator="X",
        comparator=comparator,
        value=value,
        unit=unit,
        scope=Scope(level="tinh"),
        printed=Text("…", "…"),
        pointer="/targets/0",
        value_max=value_max,
        year=year,
        period=period,
    )


def draw(*marks: Mark, unit: str = "percent", lang: str = "en", out_of: int | None = None, change: bool = False) -> ET.Element:
    """The figure of one series, parsed."""
    return ET.fromstring(figure([Series("P · Q", tuple(marks))], unit=unit, title="T", lang=lang, out_of=out_of, change=change))


def marks_of(target_list: list[Target], lang: str = "en") -> list[Mark]:
    out = [target_mark(t, "P", lang) for t in target_list]
    return [m for m in out if m is not None]


def ticks(fig: ET.Element) -> dict[float, float]:
    """Value → y of each y-axis tick label."""
    return {
        float(t.get("data-value", "nan")): float(t.get("y", "nan"))
        for t in fig.iter(f"{SVG}text")
        if "cchc-ytick" in t.get("class", "").split()
    }


def year_x(fig: ET.Element) -> dict[int, float]:
    return {int(t.text or 0): float(t.get("x", "nan")) for t in fig.iter(f"{SVG}text") if "cchc-xtick" in t.get("class", "")}


def mark_groups(fig: ET.Element, kind: str | None = None) -> list[ET.Element]:
    return [
        g
        for g in fig.iter(f"{SVG}g")
        if "cchc-mark" in g.get("class", "").split() and (kind is None or f"cchc-mark-{kind}" in g.get("class", "").split())
    ]


def caption_of(fig: ET.Element) -> str:
    cap = fig.find("figcaption")
    assert cap is not None
    return texts(cap)


def texts(el: ET.Element) -> str:
    return " ".join(t.strip() for t in el.itertext() if t.strip())


# -- axes ---------------------------------------------------------------------------------


def test_percent_axis_spans_0_to_100_but_a_score_axis_follows_its_data() -> None:
    close = [target("at-least", v) for v in (85.8, 88.2)]
    percent = ticks(draw(*marks_of(close)))
    assert min(percent) == 0 and max(percent) == 100
    assert sorted(percent) == [0, 20, 40, 60, 80, 100]
    # the same numbers as points: 85.8 and 88.2 would be squashed against 0, so the axis does not start there
    score = ticks(draw(*marks_of([target("at-least", v, unit="score") for v in (85.8, 88.2)]), unit="score"))
    assert min(score) > 0 and max(score) > 88.2
    # a single count starts at 0 with round ticks and room above it
    count = value_axis([700], "count")
    assert count.lo == 0 and count.hi > 700 and all(float(v).is_integer() for v in count.ticks)


def test_rank_ticks_are_integers_and_rank_1_is_drawn_at_the_top() -> None:
    ranks = marks_of([target("top", v, unit="rank") for v in (8, 15)])
    ranks.append(Mark("result", 38, "r", year=2014))
    ys = ticks(draw(*ranks, unit="rank", out_of=63))
    assert all(v.is_integer() for v in ys), ys
    assert 1 in ys and 63 in ys and max(ys) == 63  # down to the number ranked
    assert ys[1] < ys[10] < ys[30]  # smaller y is higher on the screen
    # without out_of: down a little past the worst rank shown, still integers
    axis = value_axis([8, 15], "rank")
    assert axis.invert and axis.lo == 1 and 15 < axis.hi <= 25 and all(float(v).is_integer() for v in axis.ticks)
    # a percent axis is not inverted: 10 is above 1
    ps = ticks(draw(*marks_of([target("at-least", 10)])))
    assert ps[100] < ps[0]


def test_every_year_of_the_span_is_an_integer_tick() -> None:
    fig = draw(*marks_of([target("at-least", 50, year=2021), target("at-least", 90, year=2030)]))
    assert sorted(year_x(fig)) == list(range(2021, 2031))


# -- what a target promises --------------------------------------------------------------------


def test_a_period_target_is_a_segment_across_its_years() -> None:
    fig = draw(*marks_of([target("at-least", 90, year=None, period=(2021, 2025)), target("at-least", 95, year=2030)]))
    xs = year_x(fig)
    (period,) = [g for g in mark_groups(fig) if "cchc-period" in g.get("class", "")]
    spans = [
        (float(line.get("x1", 0)), float(line.get("x2", 0)))
        for line in period.iter(f"{SVG}line")
        if line.get("y1") == line.get("y2") and line.get("x1") != line.get("x2")
    ]
    assert (xs[2021], xs[2025]) in spans
    # the one-year target has no segment
    (single,) = [g for g in mark_groups(fig) if "cchc-period" not in g.get("class", "")]
    assert not [line for line in single.iter(f"{SVG}line") if line.get("y1") == line.get("y2") and line.get("x1") != line.get("x2")]


def test_at_least_is_drawn_as_a_floor_and_exactly_as_a_plain_ring() -> None:
    fig = draw(*marks_of([target("at-least", 87, year=2023), target("exactly", 87, year=2025), target("at-most", 20, year=2024)]))
    (floor,) = mark_groups(fig, "min")
    (plain,) = mark_groups(fig, "exact")
    (ceiling,) = mark_groups(fig, "max")
    assert floor.find(f"{SVG}path") is not None  # the arrow
    assert plain.find(f"{SVG}path") is None and plain.find(f"{SVG}circle") is not None

    def apex_above_ring(g: ET.Element) -> bool:
        ring = g.find(f"{SVG}circle")
        path = g.find(f"{SVG}path")
        assert ring is not None and path is not None
        apex = min(float(y) for y in re.findall(r"[\d.]+,([\d.]+)", path.get("d", "")))
        return apex < float(ring.get("cy", 0))

    assert apex_above_ring(floor) and not apex_above_ring(ceiling)
    # a light band toward the side where the target is met, only for floors and ceilings
    bands = [r for r in fig.iter(f"{SVG}rect") if r.get("class") == "cchc-band"]
    assert len(bands) == 2
    ys = ticks(fig)
    floor_band = min(bands, key=lambda r: float(r.get("y", 0)))
    assert float(floor_band.get("y", 0)) == pytest.approx(ys[100] - FONT * 0.35, abs=0.2)  # up to 100%, not beyond
    # the key says it in words
    key = texts(next(el for el in fig.iter("ul") if el.get("class") == "cchc-chart-key"))
    assert "At least" in key and "At most" in key and "Exactly" in key


def test_top_n_points_toward_rank_1() -> None:
    fig = draw(*marks_of([target("top", 10, unit="rank")]), unit="rank")
    (g,) = mark_groups(fig, "max")
    ring, path = g.find(f"{SVG}circle"), g.find(f"{SVG}path")
    assert ring is not None and path is not None
    assert min(float(y) for y in re.findall(r"[\d.]+,([\d.]+)", path.get("d", ""))) < float(ring.get("cy", 0))
    assert "Among the top N" in texts(fig)


def test_a_range_target_draws_a_bar_between_its_values() -> None:
    fig = draw(*marks_of([target("range", 60, value_max=65), target("at-least", 65, year=2030)]))
    ys = ticks(fig)
    scale = (ys[0] - ys[100]) / 100
    (bar,) = mark_groups(fig, "range")
    verticals = [
        (float(line.get("y1", 0)), float(line.get("y2", 0))) for line in bar.iter(f"{SVG}line") if line.get("x1") == line.get("x2")
    ]
    assert any(abs(abs(a - b) - 5 * scale) < 0.5 for a, b in verticals)
    (other,) = mark_groups(fig, "min")
    assert not [line for line in other.iter(f"{SVG}line") if abs(float(line.get("y1", 0)) - float(line.get("y2", 0))) > 5 * scale - 0.5]


def test_increase_and_decrease_are_arrows_from_zero_on_a_chart_of_changes() -> None:
    ms = marks_of(
        [target("increase-by", 20, unit="percentage-points", year=None, period=(2022, 2025)), target("decrease-by", 10, year=2025)]
    )
    assert [m.value for m in ms] == [20, -10]
    fig = draw(*ms, unit="percent", change=True)
    ys = ticks(fig)
    assert min(ys) < 0 < max(ys) and 0 in ys
    assert mark_groups(fig, "up") and mark_groups(fig, "down")
    assert "not a level reached" in texts(fig)


def test_each_marker_says_what_it_is_in_words() -> None:
    vi = draw(*marks_of([target("at-least", 87.5)], "vi"), lang="vi")
    (g,) = mark_groups(vi)
    tip = g.find(f"{SVG}title")
    assert tip is not None and "tối thiểu 87,5%" in (tip.text or "")
    en = draw(*marks_of([target("at-least", 87.5)], "en"))
    (g,) = mark_groups(en)
    tip = g.find(f"{SVG}title")
    assert tip is not None and "at least 87.5%" in (tip.text or "")
    r = ReportedResult("r", "X", 2014, 38, "rank", Text("…", "…"), "/results/0", out_of=63)
    fig = draw(result_mark(r, "P", "en"), unit="rank", out_of=63)
    (g,) = mark_groups(fig, "result")
    assert g.find(f"{SVG}rect") is not None and "38/63" in (g.findtext(f"{SVG}title") or "")


def test_the_caption_describes_only_what_is_drawn() -> None:
    plain = caption_of(draw(*marks_of([target("at-least", 50)])))
    assert "segment" not in plain and "square" not in plain.lower() and "arrow" in plain
    full = draw(*marks_of([target("at-least", 50, year=None, period=(2021, 2025))]), Mark("result", 40, "r", year=2020))
    caption = caption_of(full)
    assert "segment" in caption and "squares" in caption
    ranges = caption_of(draw(*marks_of([target("range", 16, value_max=18, year=None, period=(2016, 2017))])))
    assert "box" in ranges and "ring" not in ranges and "vertical bar" not in ranges


def test_the_svg_is_labelled_for_screen_readers() -> None:
    fig = draw(*marks_of([target("at-least", 50)]))
    svg = fig.find(f".//{SVG}svg")
    assert svg is not None and svg.get("role") == "img" and svg.get("aria-label")
    assert svg.findtext(f"{SVG}title") == "T"


# -- the indicator pages of the real corpus -----------------------------------------------------


def figures(page: str) -> list[ET.Element]:
    return [ET.fromstring(m) for m in re.findall(r'<figure class="cchc-figure">.*?</figure>', page, flags=re.S)]


def test_legends_name_plans_by_number_and_province_never_by_slug(ctx: SiteContext) -> None:
    ind = ctx.corpus.indicators["PAR-INDEX"]
    slugs = set(ctx.corpus.plans) | {p.province for p in ctx.corpus.plans.values()}
    for lang in ("vi", "en"):
        page = render(ctx, ind, urls.indicator(ind.code), lang)
        (fig,) = figures(page)
        legend = [texts(li) for li in next(el for el in fig.iter("ul") if el.get("class") == "cchc-chart-legend")]
        assert "3504/QĐ-UBND · Hà Tĩnh" in legend and "70/QĐ-UBND · Cà Mau" in legend and "64/KH-SKHCN · Bà Rịa - Vũng Tàu" in legend
        shown = " ".join([texts(fig)] + [el.get("aria-label", "") + el.get("data-label", "") for el in fig.iter()])
        assert not [s for s in slugs if s in shown]
    plan = ctx.corpus.plans["ha-tinh-3504-qd-ubnd-2021"]
    assert plan_label(ctx, plan, "en") == "3504/QĐ-UBND · Hà Tĩnh" and plan.slug not in plan_label(ctx, plan, "en")


def test_every_target_and_result_of_an_indicator_is_drawn(ctx: SiteContext) -> None:
    for code in ("PAR-INDEX", "SATISFACTION-ADMIN", "DIGITISED-RESULTS", "PAPI"):
        ind = ctx.corpus.indicators[code]
        page = render(ctx, ind, urls.indicator(code), "vi")
        drawn = sum(len(mark_groups(f)) for f in figures(page))
        expected = len(ctx.targets_by_indicator.get(code, [])) + len(ctx.results_by_indicator.get(code, []))
        assert drawn == expected, code


def _heading(page: str) -> str:
    return next(line for line in page.splitlines() if line.startswith("# "))


def test_every_indicator_page_renders_in_both_languages_with_well_formed_charts(ctx: SiteContext) -> None:
    for code, ind in ctx.corpus.indicators.items():
        for lang in ("vi", "en"):
            page = render(ctx, ind, urls.indicator(code), lang)
            assert re.search(r"^# ", page, re.M) and "cchc-breadcrumb" in page
            for fig in figures(page):  # parses as XML
                assert fig.find(f".//{SVG}svg") is not None
                assert fig.find("figcaption") is not None


def test_the_title_shows_the_code_only_when_the_name_does_not(ctx: SiteContext) -> None:
    sipas = ctx.corpus.indicators["SIPAS"]
    for lang in ("vi", "en"):
        heading = _heading(render(ctx, sipas, urls.indicator("SIPAS"), lang))
        assert heading.count("SIPAS") == 1, heading
    par = ctx.corpus.indicators["PAR-INDEX"]  # printed "PAR INDEX" in its name
    assert title(par, "en").count("PAR") == 1
    records = ctx.corpus.indicators["E-RECORDS"]
    assert title(records, "vi").endswith("(E-RECORDS)") and title(records, "en").endswith("(E-RECORDS)")
    for code, ind in ctx.corpus.indicators.items():
        for lang in ("vi", "en"):
            assert f"({code}) ({code})" not in title(ind, lang)
            assert not re.search(r"\(([^()]+)\) \(\1\)", _heading(render(ctx, ind, urls.indicator(code), lang)))


def test_the_index_takes_its_words_from_a_word_table(ctx: SiteContext) -> None:
    vi = render_index(ctx, urls.index("indicators"), "vi")
    en = render_index(ctx, urls.index("indicators"), "en")
    assert f">{WORDS['code'][0]}<" in vi and f">{WORDS['code'][1]}<" in en
    assert ">Code<" not in vi


# -- words and styles ---------------------------------------------------------------------------


def test_every_site_word_exists_in_both_languages_with_the_same_fields() -> None:
    for key, (vi, en) in WORDS.items():
        assert vi.strip() and en.strip(), key
        assert re.findall(r"\{\w+\}", vi) == re.findall(r"\{\w+\}", en), key


def test_chart_css_keeps_the_text_at_11px_or_more_and_has_a_dark_scheme() -> None:
    css = (REPO / "docs" / "assets" / "stylesheets" / "chart.css").read_text(encoding="utf-8")
    for width in BUCKETS:
        m = re.search(rf"svg\.cchc-chart-w{width} \{{ min-width: (\d+)px; max-width: (\d+)px; \}}", css)
        assert m is not None, width
        assert int(m.group(1)) >= math.ceil(width * 11 / FONT)  # never drawn smaller than 11 px text
        assert int(m.group(2)) <= width * 16 / FONT
    assert [w for w in BUCKETS if w <= PHONE] and math.ceil(PHONE * 11 / FONT) <= 358  # a phone's column fits them
    assert '[data-md-color-scheme="slate"]' in css and "--cchc-c0" in css
    assert "overflow-x: auto" in css

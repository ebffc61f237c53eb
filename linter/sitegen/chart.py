"""Build-time SVG charts of an indicator: no script, no external library, readable by screen readers.

A chart shows every target and every reported result of one indicator in one
unit, one :class:`Series` per plan (one colour each). What a target promises is
drawn, not only its number:

* a target for one year is a ring at that year; a target for a period is a
  horizontal segment across the period's years with its marker at the middle;
* "at least" / "more than" and "at most" / "less than" / "among the top N" add
  an arrow and a light band pointing to the side where the target is met;
* "between" is a vertical bar (a box for a period) from one value to the other;
* "increase by" / "decrease by" go to a chart of their own, as arrows from 0;
* a result a plan reports for a past year is a filled square.

Percent axes run from 0 to 100, ranks are integers with rank 1 at the top,
other units get round ticks from 0, years are every year of the span. The SVG
carries ``role="img"``, a ``<title>`` and an ``aria-label``; the legend and the
key are HTML under it, and the page puts the same numbers in tables below.

The SVG is drawn for one of a few design widths (:data:`BUCKETS`);
``chart.css`` lets it scale between 11/13 and 16/13 of that width, so its
13-unit text is shown at 11 to 16 px, and scrolls inside its figure when the
screen is narrower than that. Such a wide chart labels its values on both
sides and opens scrolled to its latest years (chart.css). Plans meeting in a
year stand side by side there; every mark's ``<title>`` says what it is.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise

from ..model import ReportedResult, Target
from . import formats
from .markup import h, tag
from .words import UNITS, label, t

#: Series colours on a light background (each at least 4.5:1 on white); chart.css has the dark-scheme ones.
PALETTE = ("#1565c0", "#c62828", "#2e7d32", "#6a1b9a", "#b34700", "#00796b", "#5d4037")
#: Design widths of the SVG; chart.css has one rule per width (``cchc-chart-w<N>``).
BUCKETS = (360, 420, 480, 560, 640, 720, 800, 880, 960, 1040, 1120, 1200)
FONT = 13  # the text size in SVG units
STEP = 36  # the least width of one year
PLOT_H = 230
PAD = 20  # room inside the plot above the highest and below the lowest value, for arrows
TOP, BOTTOM, RIGHT = 10, 30, 14
#: The widest design that still fits a 390 px phone at 11 px text (chart.css: min-width 11/13 of it).
PHONE = 420

MIN_COMPARATORS = ("at-least", "more-than")
MAX_COMPARATORS = ("at-most", "less-than", "top")
CHANGE_COMPARATORS = ("increase-by", "decrease-by")
#: Ordinal units: integers, 1 is best and drawn at the top.
ORDINAL_UNITS = ("rank", "group")


@dataclass(frozen=True)
class Mark:
    """One thing drawn: a target or a reported result.

    ``kind`` is ``min`` (met at or above ``value``), ``max`` (at or below),
    ``exact``, ``range`` (``value`` to ``value_max``), ``up``/``down`` (a change,
    ``value`` signed) or ``result``.
    """

    kind: str
    value: float
    tip: str = ""
    year: int | None = None
    period: tuple[int, int] | None = None
    value_max: float | None = None

    @property
    def first(self) -> int:
        return self.period[0] if self.period else int(self.year or 0)

    @property
    def last(self) -> int:
        return self.period[1] if self.period else int(self.year or 0)

    def values(self) -> tuple[float, ...]:
        return (self.value,) if self.value_max is None else (self.value, self.value_max)


@dataclass(frozen=True)
class Series:
    """The marks of one plan; ``colour`` indexes :data:`PALETTE` (the same plan keeps its colour on a page)."""

    label: str
    marks: tuple[Mark, ...]
    colour: int = 0


@dataclass(frozen=True)
class Axis:
    lo: float
    hi: float
    ticks: tuple[float, ...]
    #: Smaller values drawn higher (ranks, groups).
    invert: bool = False


# -- words for one target or result ------------------------------------------------


def target_kind(target: Target) -> str:
    if target.comparator in CHANGE_COMPARATORS:
        return "up" if target.comparator == "increase-by" else "down"
    if target.comparator == "range" or target.value_max is not None:
        return "range"
    if target.comparator in MIN_COMPARATORS:
        return "min"
    if target.comparator in MAX_COMPARATORS:
        return "max"
    return "exact"


def target_mark(target: Target, series_label: str, lang: str) -> Mark | None:
    """The mark of a target; None when it has neither a year nor a period."""
    if target.year is None and not target.period:
        return None
    kind = target_kind(target)
    value = -float(target.value) if kind == "down" else float(target.value)
    tip = f"{series_label} — {formats.when(target)}: {formats.target_value(target, lang)} ({formats.scope(target, lang)})"
    return Mark(
        kind,
        value,
        tip,
        year=target.year,
        period=None if target.year is not None else target.period,
        value_max=None if target.value_max is None else float(target.value_max),
    )


def result_mark(result: ReportedResult, series_label: str, lang: str) -> Mark:
    tip = f"{series_label} — {result.year}: {t('reported', lang)} {formats.result_value(result, lang)}"
    return Mark("result", float(result.value), tip, year=result.year)


# -- axes ---------------------------------------------------------------------------


def nice_step(raw: float) -> float:
    """The 1-2-5 step at or above ``raw``."""
    if raw <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(raw))
    for m in (1, 2, 2.5, 5, 10):
        if m * power >= raw - 1e-12:
            return float(m * power)
    return float(10 * power)


def _ticks(lo: float, hi: float, step: float) -> tuple[float, ...]:
    n = round((hi - lo) / step)
    return tuple(round(lo + i * step, 10) for i in range(n + 1))


def value_axis(values: Iterable[float], unit: str, *, change: bool = False, out_of: int | None = None) -> Axis:
    """The y axis for ``values`` in ``unit``: see the module docstring."""
    vals = list(values) or [0.0]
    vmin, vmax = min(vals), max(vals)
    if unit in ORDINAL_UNITS and not change:
        return _ordinal_axis(vmax, unit, out_of)
    if unit == "percent" and not change and vmin >= 0 and vmax <= 100:
        return Axis(0.0, 100.0, _ticks(0, 100, 20))
    lo, hi = min(0.0, vmin), max(0.0, vmax)
    if not change and vmin > 0 and vmax > vmin and (vmax - vmin) < 0.2 * vmax:
        lo = vmin - (vmax - vmin)  # starting at 0 would squash the data into a line
    if unit == "percent" and not change:
        lo, hi = min(lo, 0.0), max(hi, 100.0)
    if hi == lo:
        hi = lo + 1
    step = nice_step((hi - lo) / 5)
    if unit in ("count", "days"):
        step = max(step, 1.0)
    lo = math.floor(lo / step + 1e-9) * step
    hi = math.ceil(hi / step - 1e-9) * step
    if not change and hi <= vmax:
        hi += step  # room above the highest value, so its arrow and band show
    return Axis(float(lo), float(hi), _ticks(lo, hi, step))


def _ordinal_axis(vmax: float, unit: str, out_of: int | None) -> Axis:
    """Ranks and groups: integers from 1 (drawn at the top) to ``out_of``, or a little past the worst one shown."""
    worst = max(1, math.ceil(vmax))
    if out_of:
        hi = max(int(out_of), worst)
        step = max(1, int(nice_step((hi - 1) / 8)))
    elif unit == "group":
        hi, step = worst + 1, 1
    else:
        step = max(1, int(nice_step(worst / 5)))
        hi = (worst // step + 1) * step
    ticks = [1.0] + [float(v) for v in range(step, hi + 1, step) if v > 1]
    if ticks[-1] != hi:
        if len(ticks) > 1 and hi - ticks[-1] < 0.5 * step:
            ticks.pop()
        ticks.append(float(hi))
    if len(ticks) > 2 and ticks[1] - 1 <= 0.5 * step:
        del ticks[1]
    return Axis(1.0, float(hi), tuple(ticks), invert=True)


def y_label(unit: str, lang: str, *, change: bool = False) -> str:
    if change:
        shown = "%" if unit == "percent" else (t("axis_pp", lang).lower() if unit == "percentage-points" else label(UNITS, unit, lang))
        return t("axis_change", lang).format(unit=shown or t("axis_count", lang).lower())
    if unit == "rank":
        return t("rank_axis", lang)
    key = {"percent": "axis_percent", "group": "axis_group", "score": "axis_score", "days": "axis_days", "percentage-points": "axis_pp"}
    return t(key.get(unit, "axis_count"), lang)


# -- drawing ------------------------------------------------------------------------


def _f(v: float) -> str:
    return f"{v:.1f}".rstrip("0").rstrip(".")


def _arrow(cx: float, cy: float, up: bool, gap: float = 5) -> str:
    """A stem and a triangle from a point toward ``up``/down: the side where a target is met."""
    s = -1 if up else 1
    y1, y2, y3 = cy + s * gap, cy + s * (gap + 4), cy + s * (gap + 12)
    return (
        f'<line x1="{_f(cx)}" y1="{_f(y1)}" x2="{_f(cx)}" y2="{_f(y2)}" stroke="currentColor" stroke-width="2"/>'
        f'<path d="M{_f(cx - 5.5)},{_f(y2)} L{_f(cx + 5.5)},{_f(y2)} L{_f(cx)},{_f(y3)} Z" fill="currentColor"/>'
    )


def _ring(cx: float, cy: float) -> str:
    return f'<circle class="cchc-bg" cx="{_f(cx)}" cy="{_f(cy)}" r="5" fill="#fff" stroke="currentColor" stroke-width="2.5"/>'


def _square(cx: float, cy: float) -> str:
    return f'<rect class="cchc-bg-stroke" x="{_f(cx - 5.5)}" y="{_f(cy - 5.5)}" width="11" height="11" fill="currentColor" stroke="#fff" stroke-width="1.5"/>'


def _bar(cx: float, y1: float, y2: float) -> str:
    return (
        f'<line x1="{_f(cx)}" y1="{_f(y1)}" x2="{_f(cx)}" y2="{_f(y2)}" stroke="currentColor" stroke-width="4"/>'
        f'<line x1="{_f(cx - 7)}" y1="{_f(y1)}" x2="{_f(cx + 7)}" y2="{_f(y1)}" stroke="currentColor" stroke-width="2.5"/>'
        f'<line x1="{_f(cx - 7)}" y1="{_f(y2)}" x2="{_f(cx + 7)}" y2="{_f(y2)}" stroke="currentColor" stroke-width="2.5"/>'
    )


def _change(cx: float, y0: float, y1: float) -> str:
    up = y1 < y0
    tip = y1 + (6 if up else -6)
    return (
        f'<line x1="{_f(cx)}" y1="{_f(y0)}" x2="{_f(cx)}" y2="{_f(tip)}" stroke="currentColor" stroke-width="3"/>'
        f'<path d="M{_f(cx - 6)},{_f(tip)} L{_f(cx + 6)},{_f(tip)} L{_f(cx)},{_f(y1 - (4 if up else -4))} Z" fill="currentColor"/>'
    )


def _box(x1: float, x2: float, y1: float, y2: float) -> str:
    """A "between" target for a period: a box across its years from one value to the other."""
    return (
        f'<rect x="{_f(x1)}" y="{_f(min(y1, y2))}" width="{_f(x2 - x1)}" height="{_f(abs(y1 - y2))}" '
        f'fill="currentColor" fill-opacity=".18" stroke="currentColor" stroke-width="2"/>'
    )


def _segment(x1: float, x2: float, cy: float, width: float = 3) -> str:
    return (
        f'<line x1="{_f(x1)}" y1="{_f(cy)}" x2="{_f(x2)}" y2="{_f(cy)}" stroke="currentColor" stroke-width="{_f(width)}"/>'
        f'<line x1="{_f(x1)}" y1="{_f(cy - 6)}" x2="{_f(x1)}" y2="{_f(cy + 6)}" stroke="currentColor" stroke-width="2"/>'
        f'<line x1="{_f(x2)}" y1="{_f(cy - 6)}" x2="{_f(x2)}" y2="{_f(cy + 6)}" stroke="currentColor" stroke-width="2"/>'
    )


def _met_up(kind: str, axis: Axis) -> bool:
    """Whether the side where a ``min``/``max`` target is met is drawn above it."""
    return (kind == "min") != axis.invert


def _colour(i: int) -> tuple[str, str]:
    return f"cchc-s{i % len(PALETTE)}", PALETTE[i % len(PALETTE)]


def _label_width(text: str) -> float:
    return len(text) * FONT * 0.6


@dataclass(frozen=True)
class Frame:
    """Where things go: the plot box, the year slots and the value scale."""

    axis: Axis
    first: int
    last: int
    left: float
    step: float
    width: int
    #: The value labels repeat on the right: the chart is wider than a phone shows, and opens scrolled there.
    both_sides: bool = False

    @property
    def height(self) -> int:
        return TOP + PLOT_H + BOTTOM

    @property
    def plot_w(self) -> float:
        return (self.last - self.first + 1) * self.step

    def x(self, year: float) -> float:
        return self.left + (year - self.first + 0.5) * self.step

    def y(self, value: float) -> float:
        a = self.axis
        frac = (value - a.lo) / (a.hi - a.lo)
        if not a.invert:
            frac = 1 - frac
        return TOP + PAD + frac * (PLOT_H - 2 * PAD)


def frame(series: list[Series], axis: Axis, lang: str) -> Frame:
    marks = [m for s in series for m in s.marks]
    first, last = min(m.first for m in marks), max(m.last for m in marks)
    left = max(36.0, max(_label_width(formats.number(v, lang)) for v in axis.ticks) + 14)
    years = last - first + 1
    need = left + RIGHT + years * STEP
    both = need > PHONE
    if both:
        need = 2 * left + years * STEP
    width = next((b for b in BUCKETS if b >= need), math.ceil(need / 40) * 40)
    right = left if both else RIGHT
    return Frame(axis, first, last, left, (width - left - right) / years, width, both)


def svg(series: list[Series], axis: Axis, *, title: str, description: str, lang: str) -> str:
    """The chart itself: axes, bands, marks; every mark's ``<title>`` says what it is."""
    fr = frame(series, axis, lang)
    top, bottom = TOP, TOP + PLOT_H
    right = fr.left + fr.plot_w
    size = f"cchc-chart-w{fr.width}" if fr.width in BUCKETS else "cchc-chart-wide"  # wide: drawn 1:1, scrolls
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="cchc-chart {size}" role="img" '
        f'aria-label="{h(title + ". " + description)}" viewBox="0 0 {fr.width} {fr.height}" width="{fr.width}" height="{fr.height}" '
        f'font-size="{FONT}" font-family="system-ui, -apple-system, Segoe UI, Roboto, Arial, sans-serif">'
        f"<title>{h(title)}</title>",
        f'<rect class="cchc-chart-bg" x="0" y="0" width="{fr.width}" height="{fr.height}" fill="#fff"/>',
    ]
    # grid: a line per tick and per year
    for v in axis.ticks:
        y = fr.y(v)
        strong = v == 0 and axis.lo < 0 < axis.hi
        out.append(
            f'<line class="cchc-grid{" cchc-zero" if strong else ""}" x1="{_f(fr.left)}" y1="{_f(y)}" x2="{_f(right)}" y2="{_f(y)}" '
            f'stroke="{"#616161" if strong else "#e0e0e0"}"/>'
        )
        out.append(
            f'<text class="cchc-tick cchc-ytick" data-value="{v:g}" x="{_f(fr.left - 6)}" y="{_f(y + FONT * 0.35)}" '
            f'text-anchor="end" fill="#212121">{h(formats.number(v, lang))}</text>'
        )
        if fr.both_sides:
            out.append(
                f'<text class="cchc-tick cchc-ytick-right" x="{_f(right + 6)}" y="{_f(y + FONT * 0.35)}" fill="#212121">'
                f"{h(formats.number(v, lang))}</text>"
            )
    for year in range(fr.first, fr.last + 1):
        x = fr.x(year)
        out.append(f'<line class="cchc-grid-year" x1="{_f(x)}" y1="{top}" x2="{_f(x)}" y2="{bottom}" stroke="#eeeeee"/>')
        out.append(
            f'<text class="cchc-tick cchc-xtick" x="{_f(x)}" y="{bottom + FONT + 6}" text-anchor="middle" fill="#212121">{year}</text>'
        )
    out.append(
        f'<rect class="cchc-frame" x="{_f(fr.left)}" y="{top}" width="{_f(fr.plot_w)}" height="{PLOT_H}" fill="none" stroke="#757575"/>'
    )
    if axis.lo < 0 < axis.hi and 0 not in axis.ticks:
        out.append(f'<line class="cchc-zero" x1="{_f(fr.left)}" y1="{_f(fr.y(0))}" x2="{_f(right)}" y2="{_f(fr.y(0))}" stroke="#616161"/>')

    # Where plans meet in a year (a mark at that year, or a period across it), their marks there stand side by side.
    meet: dict[int, list[int]] = {}
    for i, s in enumerate(series):
        for m in s.marks:
            for year in range(m.first, m.last + 1):
                at = meet.setdefault(year, [])
                if i not in at:
                    at.append(i)

    def gap(at: list[int]) -> float:
        return min(12.0, 0.75 * fr.step / len(at))

    def shift(i: int, m: Mark) -> float:
        centre = (m.first + m.last) / 2
        at = meet.get(int(centre), []) if centre.is_integer() else []
        return 0.0 if len(at) < 2 else (at.index(i) - (len(at) - 1) / 2) * gap(at)

    # Marks of one plan at one place too close in value to read (an arrow over the next ring) spread a little sideways.
    spread: dict[tuple[int, int], float] = {}
    for i, s in enumerate(series):
        by_place: dict[float, list[int]] = {}
        for j, m in enumerate(s.marks):
            by_place.setdefault((m.first + m.last) / 2, []).append(j)
        for centre, js in by_place.items():
            ys = sorted(fr.y(s.marks[j].value) for j in js)
            if len(js) < 2 or min(b - a for a, b in pairwise(ys)) >= 20:
                continue
            at = meet.get(int(centre), []) if centre.is_integer() else []
            width = gap(at) * 0.8 if len(at) > 1 else min(24.0, 0.6 * fr.step)
            for k, j in enumerate(sorted(js, key=lambda j: s.marks[j].value)):
                spread[(i, j)] = (k - (len(js) - 1) / 2) * width / (len(js) - 1)

    def under(i: int, m: Mark) -> float:
        """A segment that later plans' segments cover (same value, shared years) is drawn wider, so it shows beneath them."""
        later = {
            k
            for k in range(i + 1, len(series))
            for o in series[k].marks
            if o.period and o.value == m.value and o.first <= m.last and m.first <= o.last
        }
        return 3.0 + 3.0 * len(later)

    hi_y, lo_y = min(fr.y(axis.lo), fr.y(axis.hi)), max(fr.y(axis.lo), fr.y(axis.hi))
    bands: list[str] = []
    shapes: list[str] = []
    lines: list[str] = []
    for i, s in enumerate(series):
        cls, colour = _colour(s.colour)
        group: list[str] = []
        band: list[str] = []
        results: list[tuple[int, float, float]] = []
        for j, m in sorted(enumerate(s.marks), key=lambda jm: (jm[1].first, jm[1].last, jm[1].value)):
            x1, x2 = fr.x(m.first), fr.x(m.last)  # a period's segment stays on its years; its marker moves aside
            cx, cy = (x1 + x2) / 2 + shift(i, m) + spread.get((i, j), 0.0), fr.y(m.value)
            body = f"<title>{h(m.tip)}</title>"
            if m.kind == "result":
                results.append((m.first, cx, cy))
                body += _square(cx, cy)
            elif m.kind == "range":
                y2 = fr.y(m.value_max if m.value_max is not None else m.value)
                if m.period:
                    body += _box(x1, x2, cy, y2)
                body += _bar(cx, cy, y2)
            elif m.kind in ("up", "down"):
                if m.period:
                    body += _segment(x1, x2, cy, under(i, m))
                body += _change(cx, fr.y(0), cy)
            else:
                if m.period:
                    body += _segment(x1, x2, cy, under(i, m))
                if m.kind in ("min", "max"):
                    up = _met_up(m.kind, axis)
                    edge = hi_y if up else lo_y  # the end of the axis on the side where the target is met
                    bx1, bx2 = (x1, x2) if m.period else (cx - 7, cx + 7)
                    band.append(
                        f'<rect class="cchc-band" x="{_f(bx1)}" y="{_f(min(cy, edge))}" width="{_f(bx2 - bx1)}" '
                        f'height="{_f(abs(edge - cy))}" fill="currentColor"/>'
                    )
                    body += _arrow(cx, cy, up)
                body += _ring(cx, cy)
            group.append(f'<g class="cchc-mark cchc-mark-{m.kind}{" cchc-period" if m.period else ""}">{body}</g>')
        if band:
            # one opacity for the whole group: bands of one plan that overlap do not darken each other
            bands.append(f'<g class="cchc-bands {cls}" color="{colour}" opacity=".13">{"".join(band)}</g>')
        results.sort()
        joined = [(a, b) for a, b in pairwise(results) if b[0] == a[0] + 1]  # only years that follow each other
        if joined:
            path = " ".join(f"M{_f(a[1])},{_f(a[2])} L{_f(b[1])},{_f(b[2])}" for a, b in joined)
            lines.append(
                f'<g class="{cls}" color="{colour}"><path class="cchc-result-line" d="{path}" fill="none" '
                f'stroke="currentColor" stroke-width="1.5"/></g>'
            )
        shapes.append(f'<g class="cchc-series {cls}" color="{colour}" data-label="{h(s.label)}">{"".join(group)}</g>')
    out += bands + lines + shapes
    out.append("</svg>")
    return "".join(out)


# -- the figure: chart, legend, key, caption ------------------------------------------------


def _mini(content: str, width: int = 26, height: int = 26) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="cchc-glyph" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'aria-hidden="true" focusable="false">{content}</svg>'
    )


def _key_glyph(kind: str, axis: Axis, axis_change: bool = False) -> str:
    g = '<g class="cchc-key-ink" color="#424242">{}</g>'
    if kind in ("min", "max"):
        up = _met_up(kind, axis)
        cy = 20.0 if up else 6.0
        return _mini(g.format(_arrow(13, cy, up) + _ring(13, cy)))
    if kind == "exact":
        return _mini(g.format(_ring(13, 13)))
    if kind == "range":
        return _mini(g.format(_bar(13, 4, 22)))
    if kind == "range-period":
        return _mini(g.format(_box(2, 24, 6, 20) + _bar(13, 6, 20)))
    if kind == "period":
        return _mini(g.format(_segment(3, 23, 13) + ("" if axis_change else _ring(13, 13))))
    if kind in ("up", "down"):
        return _mini(g.format(_change(13, 22, 4) if kind == "up" else _change(13, 4, 22)))
    return _mini(g.format(_square(13, 13)))


def _key_words(kind: str, axis: Axis, unit: str, lang: str) -> str:
    if kind == "max" and unit in ORDINAL_UNITS:
        return t("key_top" if unit == "rank" else "key_top_group", lang)
    return t(f"key_{kind}", lang)


def drawn_kinds(marks: Iterable[Mark]) -> set[str]:
    """The kinds of marks a chart draws, plus ``period`` (a segment) and ``range-period`` (a box) when it has them."""
    kinds: set[str] = set()
    for m in marks:
        if m.kind == "range" and m.period:
            kinds.add("range-period")
            continue
        kinds.add(m.kind)
        if m.period:
            kinds.add("period")
    return kinds


def caption(kinds: set[str], unit: str, lang: str) -> str:
    """What is drawn, sentence by sentence; only what this chart has."""
    parts = []
    if kinds & {"min", "max"}:
        parts.append(t("cap_targets", lang))
    elif "exact" in kinds:
        parts.append(t("cap_exact_only", lang))
    if kinds & {"up", "down"}:
        parts.append(t("cap_change", lang))
    if "period" in kinds:
        parts.append(t("cap_period", lang))
    if "range" in kinds:
        parts.append(t("cap_range", lang))
    if "range-period" in kinds:
        parts.append(t("cap_range_period", lang))
    if "result" in kinds:
        parts.append(t("cap_results", lang))
    if unit == "rank" and not kinds & {"up", "down"}:
        parts.append(t("cap_rank", lang))
    if unit == "group" and not kinds & {"up", "down"}:
        parts.append(t("cap_group", lang))
    parts.append(t("cap_tail", lang))
    return " ".join(parts)


def figure(series: list[Series], *, unit: str, title: str, lang: str, change: bool = False, out_of: int | None = None) -> str:
    """A ``<figure>``: the SVG (scrolling inside the figure on narrow screens), the plans' colours, the key, the caption."""
    series = [s for s in series if s.marks]
    if not series:
        return ""
    marks = [m for s in series for m in s.marks]
    axis = value_axis([v for m in marks for v in m.values()], unit, change=change, out_of=out_of)
    targets = sum(1 for m in marks if m.kind != "result")
    description = t("chart_summary", lang).format(
        targets=targets,
        results=len(marks) - targets,
        plans=len(series),
        first=min(m.first for m in marks),
        last=max(m.last for m in marks),
    )
    chart = svg(series, axis, title=title, description=description, lang=lang)
    legend = "".join(
        tag(
            "li",
            _mini(
                f'<g class="{_colour(s.colour)[0]}" color="{_colour(s.colour)[1]}"><rect x="1" y="9" width="24" height="8" rx="2" fill="currentColor"/></g>'
            )
            + h(s.label),
        )
        for s in series
    )
    kinds = drawn_kinds(marks)
    order = ("min", "max", "exact", "range", "range-period", "period", "up", "down", "result")
    key = "".join(tag("li", _key_glyph(k, axis, change) + h(_key_words(k, axis, unit, lang))) for k in order if k in kinds)
    return tag(
        "figure",
        tag("p", h(y_label(unit, lang, change=change)), cls="cchc-chart-axis", aria_hidden="true")
        + tag("div", chart, cls="cchc-chart-scroll", tabindex="0", role="region", aria_label=title)
        + tag(
            "div",
            tag("ul", legend, cls="cchc-chart-legend", aria_label=t("chart_plans", lang))
            + tag("ul", key, cls="cchc-chart-key", aria_label=t("chart_key", lang)),
            cls="cchc-chart-keys",
        )
        + tag("figcaption", h(caption(kinds, unit, lang))),
        cls="cchc-figure",
    )

"""Build-time SVG charts: no script, no external library, readable by screen readers.

A chart is drawn from :class:`Series` (one per plan); each series' points are
(year, value). The SVG carries ``role="img"`` and a text label; the page puts
the same numbers in a table beside it.
"""

from __future__ import annotations

from dataclasses import dataclass

from .markup import h

PALETTE = ("#1565c0", "#c62828", "#2e7d32", "#6a1b9a", "#ef6c00", "#00838f", "#4e342e")
DASHES = ("", "6 3", "2 3", "8 3 2 3", "1 2", "10 4", "4 4")


@dataclass(frozen=True)
class Series:
    label: str
    points: tuple[tuple[int, float], ...]
    #: "target" (dots joined by a line) or "result" (squares: what a document reports for a past year).
    kind: str = "target"


def line_chart(series: list[Series], *, title: str, y_label: str, invert: bool = False, width: int = 640, height: int = 300) -> str:
    """An SVG line chart. ``invert`` draws smaller values higher (ranks: 1 is best)."""
    pts = [p for s in series for p in s.points]
    if not pts:
        return ""
    years = sorted({x for x, _ in pts})
    x0, x1 = years[0], years[-1]
    if x0 == x1:
        x0, x1 = x0 - 1, x1 + 1
    values = [y for _, y in pts]
    y0, y1 = min(values), max(values)
    if y0 == y1:
        y0, y1 = y0 - 1, y1 + 1
    pad = (y1 - y0) * 0.1
    y0, y1 = y0 - pad, y1 + pad
    left, right, top, bottom = 56, 16, 16, 64 + 18 * ((len(series) + 1) // 2)
    plot_w, plot_h = width - left - right, height - top - 64

    def sx(x: float) -> float:
        return left + (x - x0) / (x1 - x0) * plot_w

    def sy(y: float) -> float:
        frac = (y - y0) / (y1 - y0)
        return top + (frac if invert else 1 - frac) * plot_h

    total_h = top + plot_h + bottom
    out = [
        f'<svg class="cchc-chart" role="img" aria-label="{h(title)}" viewBox="0 0 {width} {total_h}" '
        f'xmlns="http://www.w3.org/2000/svg"><title>{h(title)}</title>'
    ]
    out.append(f'<rect x="{left}" y="{top}" width="{plot_w}" height="{plot_h}" fill="none" stroke="#757575"/>')
    for year in years:
        x = sx(year)
        out.append(f'<line x1="{x:.1f}" y1="{top}" x2="{x:.1f}" y2="{top + plot_h}" stroke="#e0e0e0"/>')
        out.append(f'<text x="{x:.1f}" y="{top + plot_h + 16}" text-anchor="middle" font-size="12">{year}</text>')
    for i in range(5):
        v = y0 + (y1 - y0) * i / 4
        y = sy(v)
        out.append(f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" font-size="11">{_fmt(v)}</text>')
    out.append(
        f'<text x="12" y="{top + plot_h / 2:.1f}" font-size="11" transform="rotate(-90 12 {top + plot_h / 2:.1f})" '
        f'text-anchor="middle">{h(y_label)}</text>'
    )
    for i, s in enumerate(series):
        color, dash = PALETTE[i % len(PALETTE)], DASHES[i % len(DASHES)]
        ordered = sorted(s.points)
        if len(ordered) > 1:
            d = " ".join(f"{sx(x):.1f},{sy(y):.1f}" for x, y in ordered)
            out.append(
                f'<polyline points="{d}" fill="none" stroke="{color}" stroke-width="2"'
                + (f' stroke-dasharray="{dash}"' if dash else "")
                + "/>"
            )
        for x, y in ordered:
            tip = f"<title>{h(s.label)}: {year_value(x, y)}</title>"
            if s.kind == "result":
                out.append(
                    f'<rect x="{sx(x) - 5:.1f}" y="{sy(y) - 5:.1f}" width="10" height="10" fill="#fff" stroke="{color}" stroke-width="2">{tip}</rect>'
                )
            else:
                out.append(f'<circle cx="{sx(x):.1f}" cy="{sy(y):.1f}" r="4" fill="{color}">{tip}</circle>')
        lx = left + (i % 2) * (plot_w / 2)
        ly = top + plot_h + 36 + 18 * (i // 2)
        if s.kind == "result":
            out.append(f'<rect x="{lx + 5:.1f}" y="{ly - 9}" width="10" height="10" fill="#fff" stroke="{color}" stroke-width="2"/>')
        else:
            out.append(
                f'<line x1="{lx:.1f}" y1="{ly - 4}" x2="{lx + 20:.1f}" y2="{ly - 4}" stroke="{color}" stroke-width="2"'
                + (f' stroke-dasharray="{dash}"' if dash else "")
                + "/>"
            )
        out.append(f'<text x="{lx + 26:.1f}" y="{ly}" font-size="12">{h(_clip(s.label, 48))}</text>')
    out.append("</svg>")
    return "".join(out)


def year_value(x: int, y: float) -> str:
    return f"{x} → {_fmt(y)}"


def _fmt(v: float) -> str:
    return str(round(v)) if abs(v - round(v)) < 0.05 else f"{v:.1f}"


def _clip(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"

"""Chart geometry for inline SVG, computed on the server: the templates only draw it.

Coordinates are in the SVG's own units (a ``WIDTH`` by ``HEIGHT`` view box); every
period is one band on the x axis, so quiet periods keep their place.
"""
from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date

__all__ = ["Chart", "Series", "bar_chart", "period_label", "score_chart"]

WIDTH, HEIGHT, BAR_HEIGHT = 880, 240, 170
LEFT, RIGHT, TOP, BOTTOM = 44, 12, 14, 30
MAX_LABELS = 12
MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def period_label(period: date, freq: str) -> str:
    """'2025' for a year, 'Mar 2025' for a month, '3 Mar 2025' for a week (its Monday)."""
    if freq == "year":
        return str(period.year)
    if freq == "month":
        return f"{MONTHS[period.month - 1]} {period.year}"
    return f"{period.day} {MONTHS[period.month - 1]} {period.year}"


@dataclass
class Series:
    """One line: a value per period (None where it has no events), the event count behind
    each value, and where clicking a point leads."""

    label: str
    css: str
    values: Sequence[float | None]
    counts: Sequence[int]
    href: Callable[[int], str]


@dataclass
class Axis:
    ticks: list[tuple[float, str]]  # (position, label)
    zero: float | None = None


@dataclass
class Chart:
    """What a template draws: axes, lines (``{label, css, paths, points}``, a point being
    ``{x, y, r, href, title}``) or bars (``{x, y, w, h, css, href, title}``), a legend."""

    x: Axis
    y: Axis
    lines: list[dict] = field(default_factory=list)
    bars: list[dict] = field(default_factory=list)
    legend: list[tuple[str, str]] = field(default_factory=list)  # (label, css class)
    height: int = HEIGHT
    width: int = WIDTH
    left: int = LEFT
    right: int = WIDTH - RIGHT
    top: int = TOP

    @property
    def bottom(self) -> int:
        return self.height - BOTTOM


def _bands(n: int) -> tuple[float, Callable[[int], float]]:
    band = (WIDTH - LEFT - RIGHT) / max(n, 1)
    return band, lambda i: LEFT + (i + 0.5) * band


# Label every STEP-th period, the smallest step that leaves at most MAX_LABELS labels.
STEPS = {"week": (1, 2, 4, 8, 13, 26, 52, 104, 260), "month": (1, 2, 3, 6, 12, 24, 60, 120),
         "year": (1, 2, 5, 10, 20, 50, 100)}


def _x_axis(periods: Sequence[date], freq: str) -> Axis:
    """Labels at round places: months that start a quarter or a year, years divisible by the step."""
    _, centre = _bands(len(periods))
    steps = STEPS[freq]
    step = next((s for s in steps if len(periods) / s <= MAX_LABELS), steps[-1])

    def labelled(i: int, p: date) -> bool:
        if freq == "month":
            return (p.year * 12 + p.month - 1) % step == 0
        if freq == "year":
            return p.year % step == 0
        return i % step == 0

    return Axis([(round(centre(i), 1), period_label(p, freq)) for i, p in enumerate(periods) if labelled(i, p)])


def _nice_max(value: int) -> int:
    """The smallest of 1, 2, 5, 10, 20, 50, ... that is at least ``value``."""
    magnitude = 1
    while True:
        for step in (1, 2, 5):
            if step * magnitude >= value:
                return step * magnitude
        magnitude *= 10


def score_chart(periods: Sequence[date], freq: str, series: Sequence[Series]) -> Chart:
    """A line per series of the mean conflict–cooperation score (-10..10) by period; a
    point where a period has events, sized by their number, linking to them."""
    band, centre = _bands(len(periods))
    bottom = HEIGHT - BOTTOM
    most = max((c for s in series for c in s.counts), default=1) or 1
    largest = min(8.0, max(2.5, band / 2.2))  # dense charts get small points, so the lines show

    def y(score: float) -> float:
        return round(TOP + (10 - score) / 20 * (bottom - TOP), 1)

    chart = Chart(_x_axis(periods, freq), Axis([(y(v), f"{v:+d}" if v else "0") for v in (10, 5, 0, -5, -10)],
                                               zero=y(0)))
    for s in series:
        paths, run, points = [], [], []
        for i, (value, count) in enumerate(zip(s.values, s.counts, strict=True)):
            if value is None:
                if run:
                    paths.append(run)
                run = []
                continue
            px, py = round(centre(i), 1), y(value)
            run.append(f"{px},{py}")
            points.append({"x": px, "y": py, "r": round(2 + (largest - 2) * math.sqrt(count / most), 1),
                           "href": s.href(i), "title": f"{s.label}, {period_label(periods[i], freq)}: "
                                                        f"{count} event{'s' * (count != 1)}, mean score {value:+.1f}"})
        if run:
            paths.append(run)
        chart.lines.append({"label": s.label, "css": s.css, "paths": [" ".join(p) for p in paths if len(p) > 1],
                            "points": points})
        chart.legend.append((s.label, s.css))
    return chart


def bar_chart(periods: Sequence[date], freq: str, rows: Sequence[dict], keys: Sequence[str],
              href: Callable[[int], str] | None = None) -> Chart:
    """Stacked bars of ``rows[i][key]`` for each key, one bar per period."""
    band, centre = _bands(len(periods))
    bottom = BAR_HEIGHT - BOTTOM
    top_value = _nice_max(max((sum(r[k] for k in keys) for r in rows), default=1))
    scale = (bottom - TOP) / top_value
    ticks = [(round(bottom - v * scale, 1), str(v)) for v in sorted({0, top_value // 2, top_value})]
    chart = Chart(_x_axis(periods, freq), Axis(ticks), legend=[(k.replace("_", " "), k) for k in keys],
                  height=BAR_HEIGHT)
    width = round(max(1.0, band * 0.7), 1)
    for i, row in enumerate(rows):
        base = bottom
        for key in keys:
            value = row[key]
            if not value:
                continue
            height = value * scale
            base -= height
            chart.bars.append({"x": round(centre(i) - width / 2, 1), "y": round(base, 1), "w": width,
                               "h": round(height, 1), "css": key, "href": href(i) if href else None,
                               "title": f"{period_label(periods[i], freq)}: {value} {key.replace('_', ' ')}"})
    return chart

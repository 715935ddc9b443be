"""Chart shapes for inline SVG: horizontal positions in percent, vertical ones in pixels.

Percent widths let a chart fill a phone or a desktop column, while text stays at its
own size in pixels instead of shrinking with a scaled viewBox, so labels stay
readable at 375px. The templates only place what these functions measure.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from .charts import Point

ROW = 48  # one bar: its label line, the bar, and the gap below
LABEL_Y = 15
BAR_Y = 21
BAR_H = 16
MAX_BAR = 86.0  # percent; the rest is room for the number after the bar


@dataclass(frozen=True)
class Segment:
    x: float  # percent
    width: float  # percent
    css: str
    value: int
    label: str


@dataclass(frozen=True)
class BarRow:
    label: str
    total: int
    top: int
    label_y: int
    bar_y: int
    value_x: float  # percent
    segments: list[Segment]


@dataclass(frozen=True)
class BarChart:
    height: int
    bar_h: int
    rows: list[BarRow]


def hbars(rows: Sequence[tuple[str, Sequence[tuple[str, str, int]]]]) -> BarChart:
    """Rows of (label, [(css class, part label, value)…]) as stacked horizontal bars."""
    totals = [sum(v for _, _, v in parts) for _, parts in rows]
    scale = MAX_BAR / max(max(totals, default=0), 1)
    out = []
    for index, ((label, parts), total) in enumerate(zip(rows, totals, strict=True)):
        top = index * ROW
        x = 0.0
        segments = []
        for css, part, value in parts:
            if value <= 0:
                continue
            width = round(value * scale, 2)
            segments.append(Segment(round(x, 2), width, css, value, part))
            x += width
        out.append(
            BarRow(
                label=label,
                total=total,
                top=top,
                label_y=top + LABEL_Y,
                bar_y=top + BAR_Y,
                value_x=round(x, 2),
                segments=segments,
            )
        )
    return BarChart(height=max(len(rows) * ROW, ROW), bar_h=BAR_H, rows=out)


@dataclass(frozen=True)
class Dot:
    x: float  # percent
    y: float  # px
    point: Point


@dataclass(frozen=True)
class Tick:
    pos: float
    label: str
    text_pos: float = 0.0  # where its label sits (px), for ticks on the vertical axis


@dataclass(frozen=True)
class LineChart:
    height: int
    dots: list[Dot]
    segments: list[tuple[Dot, Dot]]
    y_ticks: list[Tick]  # pos in px
    x_ticks: list[Tick]  # pos in percent
    left: float  # percent: where the plot starts
    top: int
    bottom: int


PLOT_LEFT = 9.0
PLOT_RIGHT = 97.0
TOP = 10
PLOT_H = 160
X_LABELS = 26


def _short(day: dt.date) -> str:
    return f"{day.day} {day:%b}"


def line_chart(points: Sequence[Point], low: int = 1, high: int = 5) -> LineChart:
    """Dots joined by lines, oldest on the left, `low` at the bottom and `high` at the top."""
    bottom = TOP + PLOT_H
    span_y = max(high - low, 1)

    def y_of(value: float) -> float:
        return round(bottom - (value - low) / span_y * PLOT_H, 1)

    days = [p.day for p in points]
    first, last = (min(days), max(days)) if days else (None, None)
    span_x = (last - first).days if first and last else 0

    def x_of(day: dt.date) -> float:
        if not span_x or first is None:
            return round((PLOT_LEFT + PLOT_RIGHT) / 2, 2)
        return round(PLOT_LEFT + (day - first).days / span_x * (PLOT_RIGHT - PLOT_LEFT), 2)

    dots = [Dot(x_of(p.day), y_of(p.value), p) for p in points]
    x_ticks: list[Tick] = []
    if first and last:
        x_ticks.append(Tick(x_of(first), _short(first)))
        if span_x >= 14:
            middle = first + dt.timedelta(days=span_x // 2)
            x_ticks.append(Tick(x_of(middle), _short(middle)))
        if last != first:
            x_ticks.append(Tick(x_of(last), _short(last)))
    return LineChart(
        height=bottom + X_LABELS,
        dots=dots,
        segments=list(pairwise(dots)),
        y_ticks=[Tick(y_of(v), str(v), y_of(v) + 5) for v in range(low, high + 1)],
        x_ticks=x_ticks,
        left=PLOT_LEFT,
        top=TOP,
        bottom=bottom,
    )

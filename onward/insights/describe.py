"""Each chart said in a sentence: the text alternative inside its SVG (<desc>)."""

from __future__ import annotations

import statistics
from collections.abc import Sequence

from .charts import Count, Flow, Point, ResponseTimes


def _day(point: Point) -> str:
    return f"{point.day.day} {point.day:%b}"


def flow(f: Flow) -> str:
    if not f.total:
        return "No applications yet."
    stages = ", ".join(f"{r.reached} reached {r.label.lower()}" for r in f.rows[1:])
    ended = sum(r.ended for r in f.rows)
    still = sum(r.open for r in f.rows)
    return (
        f"Of {f.total} application{'s' if f.total != 1 else ''}: {stages}. "
        f"{ended} ended, {still} still in progress."
    )


def counts(items: Sequence[Count], unit: str) -> str:
    shown = [f"{c.label}: {c.value}" for c in items]
    return f"{unit} " + "; ".join(shown) + "." if shown else f"No {unit.lower()} yet."


def responses(r: ResponseTimes) -> str:
    text = counts(r.buckets, "First answers by time taken.")
    if r.median is not None:
        text += f" Typically {r.median:g} days."
    if r.waiting:
        text += f" {r.waiting} still waiting."
    return text


def series(points: Sequence[Point], what: str) -> str:
    if not points:
        return f"No {what} yet."
    average = statistics.fmean(p.value for p in points)
    return (
        f"{len(points)} day{'s' if len(points) != 1 else ''} of {what} from {_day(points[0])} "
        f"to {_day(points[-1])}: first {points[0].value:g}, latest {points[-1].value:g}, "
        f"average {average:.1f} out of 5."
    )

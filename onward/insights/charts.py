"""Chart data: pure functions from plain facts to the numbers each chart shows.

Nothing here touches the database, so each chart is tested against known fixtures;
facts.py gathers the facts, svg.py turns the numbers into shapes.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from onward.pipeline.models import Outcome, Stage

FUNNEL = [Stage.APPLIED, Stage.SCREEN, Stage.INTERVIEW, Stage.FINAL, Stage.OFFER]
LABELS = dict(Stage.choices)


@dataclass(frozen=True)
class AppFacts:
    """One application as the charts see it."""

    stages: tuple[str, ...]  # every stage in its history, plus its furthest stage
    outcome: str
    started_on: dt.date | None = None  # applied on, else the day it was added
    responses: tuple[dt.date, ...] = ()  # days the company moved it on or answered

    @property
    def reached(self) -> str:
        ranked = [s for s in self.stages if Stage.rank(s) >= 0]
        return max(ranked, key=Stage.rank) if ranked else Stage.SAVED


# --- The flow of applications through stages to outcomes ----------------------------


@dataclass(frozen=True)
class FlowRow:
    stage: str
    label: str
    reached: int  # got at least this far
    went_further: int
    open: int  # still here, in progress
    ended: int  # heard "not this time" here
    withdrawn: int
    accepted: int


@dataclass(frozen=True)
class Flow:
    rows: list[FlowRow]
    saved: int  # saved but never applied
    outcomes: dict[str, int]

    @property
    def total(self) -> int:
        return self.rows[0].reached if self.rows else 0


def stage_flow(apps: Iterable[AppFacts]) -> Flow:
    """How many applications reached each stage, and where each one stopped and how."""
    apps = list(apps)
    applied = [a for a in apps if Stage.rank(a.reached) >= Stage.rank(Stage.APPLIED)]
    rows = []
    for stage in FUNNEL:
        rank = Stage.rank(stage)
        reached = [a for a in applied if Stage.rank(a.reached) >= rank]
        here = Counter(a.outcome for a in reached if a.reached == stage)
        rows.append(
            FlowRow(
                stage=stage,
                label=LABELS[stage],
                reached=len(reached),
                went_further=len(reached) - sum(here.values()),
                open=here[Outcome.OPEN],
                ended=here[Outcome.REJECTED],
                withdrawn=here[Outcome.WITHDRAWN],
                accepted=here[Outcome.ACCEPTED],
            )
        )
    outcomes = Counter(a.outcome for a in applied)
    return Flow(
        rows=rows,
        saved=len(apps) - len(applied),
        outcomes={value: outcomes[value] for value in Outcome.values},
    )


# --- Where the "no"s came ---------------------------------------------------------------


@dataclass(frozen=True)
class Count:
    key: str
    label: str
    value: int


def endings_by_stage(stages_reached: Iterable[str]) -> list[Count]:
    """How many rejections came at each stage reached, in the pipeline's order."""
    counts = Counter(stages_reached)
    shown = [s for s in Stage.values if s in FUNNEL or counts[s]]
    return [Count(s, LABELS[s], counts[s]) for s in shown]


# --- Time to a response ----------------------------------------------------------------

BUCKETS: list[tuple[str, int, int | None]] = [
    ("Within a week", 0, 7),
    ("1\u20132 weeks", 8, 14),
    ("2\u20134 weeks", 15, 28),
    ("1\u20132 months", 29, 61),
    ("Longer", 62, None),
]


@dataclass(frozen=True)
class ResponseTimes:
    buckets: list[Count]
    days: list[int]  # one per application that heard back
    waiting: int  # applied, still open, no answer yet

    @property
    def median(self) -> float | None:
        return statistics.median(self.days) if self.days else None


def first_response_days(app: AppFacts) -> int | None:
    if app.started_on is None:
        return None
    after = [d for d in app.responses if d >= app.started_on]
    return (min(after) - app.started_on).days if after else None


def response_times(apps: Iterable[AppFacts]) -> ResponseTimes:
    days: list[int] = []
    waiting = 0
    for app in apps:
        if Stage.rank(app.reached) < Stage.rank(Stage.APPLIED):
            continue
        d = first_response_days(app)
        if d is not None:
            days.append(d)
        elif app.outcome == Outcome.OPEN:
            waiting += 1
    buckets = [
        Count(label, label, sum(1 for d in days if low <= d and (high is None or d <= high)))
        for label, low, high in BUCKETS
    ]
    return ResponseTimes(buckets=buckets, days=sorted(days), waiting=waiting)


# --- Over time: mood and debrief ratings ------------------------------------------------


@dataclass(frozen=True)
class Point:
    day: dt.date
    value: float
    n: int = 1  # how many readings the day's value averages


def daily_average(readings: Iterable[tuple[dt.date, float]]) -> list[Point]:
    """One point per day: the mean of that day's readings, oldest first."""
    by_day: dict[dt.date, list[float]] = defaultdict(list)
    for day, value in readings:
        by_day[day].append(value)
    return [
        Point(day, round(statistics.fmean(values), 2), len(values))
        for day, values in sorted(by_day.items())
    ]


def mood_series(
    checkins: Iterable[tuple[dt.date, int]], today: dt.date, days: int = 90
) -> list[Point]:
    since = today - dt.timedelta(days=days)
    return daily_average((d, m) for d, m in checkins if since <= d <= today)


def debrief_series(debriefs: Sequence[tuple[dt.date, Sequence[int]]]) -> list[Point]:
    """Each debrief's average rating (1-5) on its day, oldest first."""
    return daily_average((day, statistics.fmean(r)) for day, r in debriefs if r)

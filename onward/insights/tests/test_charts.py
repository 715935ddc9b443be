"""Chart data from known fixtures: pure functions, no database."""

from __future__ import annotations

import datetime as dt

from onward.insights import describe
from onward.insights.charts import (
    AppFacts,
    Point,
    daily_average,
    debrief_series,
    endings_by_stage,
    first_response_days,
    mood_series,
    response_times,
    stage_flow,
)
from onward.insights.svg import MAX_BAR, hbars, line_chart

D = dt.date


def app(*stages: str, outcome: str = "open", start: D | None = None, answers: tuple[D, ...] = ()):
    return AppFacts(stages=stages, outcome=outcome, started_on=start, responses=answers)


# Ten applications: the flow each took through the stages, and how each ended.
SEARCH = [
    app("saved"),  # never sent
    app("applied"),
    app("applied"),
    app("applied", outcome="rejected"),
    app("applied", "screen", outcome="rejected"),
    app("applied", "screen", "interview"),
    app("applied", "screen", "interview", outcome="rejected"),
    app("applied", "interview", "final", outcome="rejected"),  # skipped the screen
    app("applied", "screen", "interview", "final", "offer", outcome="accepted"),
    app("applied", "screen", outcome="withdrawn"),
    # A final "rejected" saved at the interview stage still counts how far it went.
    app("applied", "screen", "final", "interview", outcome="rejected"),
]


def test_the_flow_counts_who_reached_each_stage_and_where_each_stopped() -> None:
    flow = stage_flow(SEARCH)
    table = {r.stage: (r.reached, r.went_further, r.open, r.ended, r.withdrawn, r.accepted)
             for r in flow.rows}  # fmt: skip
    assert table == {
        "applied": (10, 7, 2, 1, 0, 0),
        "screen": (7, 5, 0, 1, 1, 0),
        "interview": (5, 3, 1, 1, 0, 0),
        "final": (3, 1, 0, 2, 0, 0),
        "offer": (1, 0, 0, 0, 0, 1),
    }
    assert flow.saved == 1
    assert flow.total == 10
    assert flow.outcomes == {"open": 3, "rejected": 5, "withdrawn": 1, "accepted": 1}


def test_every_application_stops_exactly_once() -> None:
    flow = stage_flow(SEARCH)
    stopped = sum(r.open + r.ended + r.withdrawn + r.accepted for r in flow.rows)
    assert stopped == flow.total
    for upper, lower in zip(flow.rows, flow.rows[1:], strict=False):
        assert upper.went_further == lower.reached


def test_an_empty_search_has_an_empty_flow() -> None:
    flow = stage_flow([])
    assert flow.total == 0 and all(r.reached == 0 for r in flow.rows)


def test_endings_are_counted_by_stage_in_pipeline_order() -> None:
    counts = endings_by_stage(["interview", "screen", "interview", "final", "saved"])
    assert [(c.key, c.value) for c in counts] == [
        ("saved", 1),
        ("applied", 0),
        ("screen", 1),
        ("interview", 2),
        ("final", 1),
        ("offer", 0),
    ]
    assert [c.key for c in endings_by_stage([])] == [
        "applied",
        "screen",
        "interview",
        "final",
        "offer",
    ]


def test_time_to_a_first_answer_uses_the_earliest_answer_after_applying() -> None:
    start = D(2025, 3, 1)
    assert (
        first_response_days(app("applied", start=start, answers=(D(2025, 3, 20), D(2025, 3, 9))))
        == 8
    )
    assert first_response_days(app("applied", start=start, answers=(D(2025, 2, 20),))) is None
    assert first_response_days(app("applied", start=None, answers=(D(2025, 3, 9),))) is None


def test_response_times_bucket_the_days_and_count_who_is_still_waiting() -> None:
    start = D(2025, 1, 1)
    apps = [
        app("applied", "screen", start=start, answers=(start + dt.timedelta(days=d),))
        for d in (0, 7, 8, 14, 15, 28, 29, 61, 62, 200)
    ]
    apps += [app("applied", start=start), app("applied", start=start, outcome="withdrawn")]
    apps += [app("saved", start=start)]  # never applied: not counted at all
    times = response_times(apps)
    assert [(b.label, b.value) for b in times.buckets] == [
        ("Within a week", 2),
        ("1\u20132 weeks", 2),
        ("2\u20134 weeks", 2),
        ("1\u20132 months", 2),
        ("Longer", 2),
    ]
    assert times.waiting == 1
    assert times.median == 21.5


def test_mood_is_one_point_a_day_over_the_last_three_months() -> None:
    today = D(2025, 6, 30)
    readings = [(D(2025, 3, 1), 1), (D(2025, 6, 1), 2), (D(2025, 6, 1), 3), (D(2025, 6, 20), 5)]
    assert mood_series(readings, today) == [
        Point(D(2025, 6, 1), 2.5, 2),
        Point(D(2025, 6, 20), 5, 1),
    ]


def test_debriefs_average_their_ratings() -> None:
    series = debrief_series(
        [(D(2025, 5, 2), [3, 4, 5]), (D(2025, 4, 1), [2, 2, 3]), (D(2025, 5, 3), [])]
    )
    assert series == [Point(D(2025, 4, 1), 2.33, 1), Point(D(2025, 5, 2), 4.0, 1)]
    assert daily_average([]) == []


def test_bars_scale_to_the_longest_and_stack_their_parts() -> None:
    chart = hbars([("Applied", [("a", "x", 6), ("b", "y", 4)]), ("Offer", [("a", "x", 0)])])
    first, second = chart.rows
    assert [(s.x, s.width, s.css) for s in first.segments] == [(0.0, 51.6, "a"), (51.6, 34.4, "b")]
    assert first.value_x == MAX_BAR and first.total == 10
    assert second.segments == [] and second.value_x == 0
    assert second.bar_y > first.bar_y and chart.height == 2 * (second.top - first.top)


def test_a_line_runs_from_the_first_day_to_the_last_with_low_values_at_the_bottom() -> None:
    chart = line_chart(
        [Point(D(2025, 1, 1), 1), Point(D(2025, 1, 31), 5), Point(D(2025, 1, 16), 3)]
    )
    xs = [d.x for d in chart.dots]
    assert xs[0] == chart.left and xs[1] == 97.0 and xs[0] < xs[2] < xs[1]
    assert chart.dots[0].y == chart.bottom and chart.dots[1].y == chart.top
    assert [t.label for t in chart.y_ticks] == ["1", "2", "3", "4", "5"]
    assert [t.label for t in chart.x_ticks] == ["1 Jan", "16 Jan", "31 Jan"]
    assert len(chart.segments) == 2


def test_a_single_point_sits_in_the_middle() -> None:
    chart = line_chart([Point(D(2025, 1, 1), 4)])
    assert chart.dots[0].x == 53.0 and chart.segments == []


def test_each_chart_is_said_in_a_sentence() -> None:
    assert describe.flow(stage_flow(SEARCH)).startswith(
        "Of 10 applications: 7 reached phone screen"
    )
    assert describe.flow(stage_flow([])) == "No applications yet."
    mood = describe.series([Point(D(2025, 6, 1), 2), Point(D(2025, 6, 20), 4)], "mood check-ins")
    assert (
        mood
        == "2 days of mood check-ins from 1 Jun to 20 Jun: first 2, latest 4, average 3.0 out of 5."
    )
    times = describe.responses(response_times([app("applied", start=D(2025, 1, 1))]))
    assert times.endswith("1 still waiting.")

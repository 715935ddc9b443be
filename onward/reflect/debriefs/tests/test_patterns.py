"""Patterns computed from known debriefs: low ratings, clusters, repeats, focus areas."""

from __future__ import annotations

import datetime as dt

from onward.pipeline.models import Stage
from onward.reflect.tests.helpers import facts

from ..patterns import (
    RejectionFacts,
    find_patterns,
    progress_on,
    recurring_questions,
    stage_cluster,
)


def test_a_rating_low_in_three_of_the_last_four_becomes_the_first_focus() -> None:
    debriefs = [
        facts(40, stories=1),
        facts(30, stories=2),
        facts(20, stories=4),
        facts(10, stories=2),
    ]
    patterns = find_patterns(debriefs)
    first = patterns.focus_areas[0]
    assert first.key == "stories"
    assert first.title == "Tell stronger stories"
    assert first.why == "Your stories scored 2 or lower in 3 of the last 4 debriefs."
    assert first.shared == "My stories scored 2 or lower in 3 of my last 4 debriefs."


def test_only_the_last_four_debriefs_count_towards_a_low_rating() -> None:
    old_lows = [facts(100 + n, clarity=1) for n in range(3)]
    recent = [facts(40, clarity=2), facts(30), facts(20), facts(10)]
    patterns = find_patterns(old_lows + recent)
    assert "clarity" not in [a.key for a in patterns.focus_areas]
    assert patterns.debriefs == 7


def test_the_order_is_by_when_the_no_came_not_the_order_given() -> None:
    shuffled = [facts(10, rapport=2), facts(50, rapport=2), facts(30, rapport=5)]
    rapport = find_patterns(shuffled).focus_areas[0]
    assert rapport.why == "Your rapport scored 2 or lower in 2 of your 3 debriefs."


def test_low_in_every_debrief_says_so() -> None:
    patterns = find_patterns([facts(20, cv_fit=2), facts(10, cv_fit=1)])
    assert patterns.focus_areas[0].why == (
        "Your CV's fit to the role scored 2 or lower in both of your debriefs."
    )


def test_one_debrief_names_its_rating() -> None:
    patterns = find_patterns([facts(3, questions_asked=1)])
    assert (
        patterns.focus_areas[0].why == "The questions you asked scored 1 out of 5 in your debrief."
    )
    assert (
        patterns.focus_areas[0].shared == "The questions I asked scored 1 out of 5 in my debrief."
    )


def test_one_low_of_two_says_which_debrief() -> None:
    latest = find_patterns([facts(20), facts(10, depth=2)]).focus_areas[0]
    assert latest.why == "Your role-specific depth scored 2 out of 5 in your latest debrief."
    earlier = find_patterns([facts(20, depth=1), facts(10)]).focus_areas[0]
    assert earlier.why == "Your role-specific depth scored 1 out of 5 in your debrief before last."


def test_a_single_low_among_four_is_not_a_pattern() -> None:
    stages = [Stage.APPLIED, Stage.SCREEN, Stage.INTERVIEW, Stage.FINAL]
    debriefs = [facts(40, stories=1), facts(30, stories=3), facts(20), facts(10)]
    rejections = [RejectionFacts(d.when, stage) for d, stage in zip(debriefs, stages, strict=True)]
    patterns = find_patterns(debriefs, rejections)
    # Nothing stays low, so the lowest average is offered instead, and said to be that.
    assert [a.key for a in patterns.focus_areas] == ["stories"]
    assert patterns.focus_areas[0].why == (
        "Your stories is your lowest rating so far, averaging 3.0 across 4 debriefs."
    )


def test_focus_areas_rank_by_how_often_low_then_how_low_and_stop_at_three() -> None:
    debriefs = [
        facts(30, stories=2, clarity=2, rapport=2, depth=1, preparation=2),
        facts(20, stories=2, clarity=2, rapport=3, depth=1, preparation=5),
        facts(10, stories=1, clarity=2, rapport=2, depth=1, preparation=5),
    ]
    keys = [a.key for a in find_patterns(debriefs).focus_areas]
    # Low in all three: depth (lowest), stories, clarity. Rapport (2 of 3) misses the cut.
    assert keys == ["depth", "stories", "clarity"]


def test_where_rejections_cluster_is_found_and_explained() -> None:
    stages = [Stage.SCREEN, Stage.SCREEN, Stage.INTERVIEW, Stage.SCREEN]
    cluster = stage_cluster(stages)
    assert cluster is not None
    assert (cluster.stage, cluster.count, cluster.total) == ("screen", 3, 4)
    assert cluster.sentence == "3 of your 4 rejections came after the first call."
    assert cluster.shared == "3 of my 4 rejections came after the first call."


def test_no_cluster_when_rejections_are_spread_out_or_too_few() -> None:
    assert stage_cluster([Stage.APPLIED, Stage.SCREEN, Stage.INTERVIEW]) is None
    assert stage_cluster([Stage.FINAL]) is None
    assert stage_cluster([]) is None


def test_saved_and_applied_are_one_stage_and_ties_go_to_the_furthest() -> None:
    assert stage_cluster([Stage.SAVED, Stage.APPLIED]).stage == "applied"  # type: ignore[union-attr]
    tie = stage_cluster([Stage.SCREEN, Stage.FINAL, Stage.SCREEN, Stage.FINAL])
    assert tie is not None and tie.stage == "final"
    assert tie.sentence.endswith("You are getting close.")
    assert "getting close" not in tie.shared


def test_a_stage_cluster_joins_the_focus_areas_when_there_is_room() -> None:
    rejections = [RejectionFacts(dt.date(2026, 1, d), Stage.FINAL) for d in (1, 2, 3)]
    patterns = find_patterns([facts(10, stories=2)], rejections)
    assert [a.key for a in patterns.focus_areas] == ["stories", "stage:final"]
    assert patterns.focus_areas[1].title == "Close well in the final round"
    assert (
        patterns.focus_areas[1].why
        == "All 3 rejections came in the final round. You are getting close."
    )


def test_rejections_without_debriefs_still_show_a_cluster() -> None:
    rejections = [RejectionFacts(dt.date(2026, 1, d), Stage.APPLIED) for d in (1, 2)]
    patterns = find_patterns([], rejections)
    assert patterns.debriefs == 0
    assert [a.key for a in patterns.focus_areas] == ["stage:applied"]


def test_nothing_at_all_gives_no_focus_areas() -> None:
    patterns = find_patterns([])
    assert patterns.focus_areas == [] and patterns.stage_cluster is None
    assert patterns.averages == [] and patterns.recurring == []


def test_averages_cover_every_dimension() -> None:
    patterns = find_patterns([facts(20, stories=1), facts(10, stories=4)])
    stories = next(a for a in patterns.averages if a.key == "stories")
    assert stories.mean == 2.5
    assert len(patterns.averages) == 7


def test_questions_that_keep_coming_back_are_grouped_by_their_words() -> None:
    debriefs = [
        facts(30, questions=("Why do you want to work here?", "Tell me about dbt.")),
        facts(20, questions=("Why do you want to work at Acme?", "Walk me through a SQL query.")),
        facts(
            10, questions=("Why do you want this job?", "Walk me through a SQL query you wrote.")
        ),
    ]
    recurring = recurring_questions(debriefs)
    assert [(q.text, q.debriefs) for q in recurring] == [
        ("Why do you want this job?", 3),
        ("Walk me through a SQL query you wrote.", 2),
    ]


def test_a_question_asked_twice_in_one_debrief_is_not_a_pattern() -> None:
    debriefs = [facts(10, questions=("Tell me about a conflict.", "Tell me about a conflict."))]
    assert recurring_questions(debriefs) == []


def test_progress_waits_for_a_debrief_after_the_action_item() -> None:
    since = dt.datetime(2026, 2, 25, tzinfo=dt.UTC)
    debriefs = [facts(30, stories=2), facts(20, stories=1)]
    progress = progress_on("stories", since, debriefs)
    assert progress.status == "waiting"


def test_progress_compares_debriefs_before_and_after() -> None:
    since = dt.datetime(2026, 2, 15, tzinfo=dt.UTC)
    before = [facts(30, stories=2), facts(20, stories=1)]
    better = progress_on("stories", since, [*before, facts(10, stories=4)])
    assert better.status == "better"
    assert better.sentence == "Better: 4.0 in 1 debrief since, up from 1.5."
    same = progress_on("stories", since, [*before, facts(10, stories=2), facts(5, stories=1)])
    assert same.status == "same"
    lower = progress_on("clarity", since, [facts(30, clarity=4), facts(10, clarity=2)])
    assert lower.status == "lower"
    new = progress_on("clarity", since, [facts(10, clarity=3)])
    assert new.status == "new"


def test_progress_on_a_stage_looks_at_how_far_later_rejections_got() -> None:
    since = dt.datetime(2026, 2, 1, tzinfo=dt.UTC)
    later = [
        RejectionFacts(dt.date(2026, 1, 10), Stage.SCREEN),
        RejectionFacts(dt.date(2026, 2, 20), Stage.FINAL),
    ]
    progress = progress_on("stage:screen", since, [], later)
    assert (progress.status, progress.sentence) == (
        "better",
        "Better: since then you reached the final round.",
    )
    assert progress_on("stage:screen", since, [], later[:1]).status == "waiting"
    assert progress_on("unknown", since, []).status == "waiting"

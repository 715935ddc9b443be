from __future__ import annotations

import datetime as dt
from typing import Any, cast

import pytest
import time_machine
from django.utils import timezone

from onward.core.due import DueItem
from onward.people.models import Person
from onward.pipeline.models import Stage
from onward.plans import services
from onward.plans.models import Step
from onward.plans.today import today_for
from onward.test import PRIYA, TOM, rejected_application

pytestmark = pytest.mark.django_db
NOW = dt.datetime(2026, 11, 25, 9, 0, tzinfo=dt.UTC)


def kinds(rejection: Any) -> list[str]:
    return [step.kind for step in rejection.plan.steps.order_by("due_on", "position")]


@time_machine.travel(NOW, tick=False)
def test_rejection_after_interviews_creates_plan_with_a_step_per_interviewer(alice: Any) -> None:
    rejection = rejected_application(alice, [PRIYA, TOM], stage=Stage.FINAL)
    plan = rejection.plan
    day = {
        step.kind + (step.person.name if step.person else ""): step.due_on
        for step in plan.steps.all()
    }
    start = dt.date(2026, 11, 25)
    assert plan.starts_on == start
    assert day["pause"] == start
    assert day["thankPriya Raman"] == start + dt.timedelta(days=1)
    assert day["thankTom Okafor"] == start + dt.timedelta(days=1)
    assert day["reflect"] == start + dt.timedelta(days=2)
    assert day["strengths"] == start + dt.timedelta(days=services.STRENGTHS_DAY)
    assert day["mentor"] == start + dt.timedelta(days=5)
    assert day["silver_lining"] == start + dt.timedelta(days=7)
    assert day["stay_in_touch"] == start + dt.timedelta(days=14)
    assert "watch" in day
    assert kinds(rejection)[0] == "pause"
    assert kinds(rejection)[-1] == "move_on"


def test_third_interviewer_is_thanked_on_day_two(alice: Any) -> None:
    third = PRIYA.__class__("Lena Fischer", "Head of Data", "", "")
    rejection = rejected_application(alice, [PRIYA, TOM, third])
    thanks = rejection.plan.steps.filter(kind="thank").order_by("position")
    offsets = [(s.due_on - rejection.plan.starts_on).days for s in thanks]
    assert offsets == [1, 1, 2]


def test_rejection_after_application_only_has_no_thank_or_stay_in_touch_step(alice: Any) -> None:
    rejection = rejected_application(alice, [], stage=Stage.APPLIED)
    assert "thank" not in kinds(rejection)
    assert "stay_in_touch" not in kinds(rejection)
    assert {"pause", "reflect", "strengths", "mentor", "silver_lining", "watch", "move_on"} <= set(
        kinds(rejection)
    )


def test_phone_screen_rejection_thanks_the_screener(alice: Any) -> None:
    rejection = rejected_application(alice, [TOM], stage=Stage.SCREEN)
    thanks = rejection.plan.steps.filter(kind="thank")
    assert [s.person.name for s in thanks] == ["Tom Okafor"]  # type: ignore[union-attr]


def test_would_not_work_there_drops_the_watch_step_and_future_interest(alice: Any) -> None:
    rejection = rejected_application(alice, would_work_there=False, future_interest=True)
    assert "watch" not in kinds(rejection)
    assert rejection.wants_future_line is False


def test_interviewers_get_a_keep_in_touch_cadence(alice: Any) -> None:
    rejected_application(alice, [PRIYA])
    assert Person.objects.get(user=alice).keep_in_touch_days == services.KEEP_IN_TOUCH_DAYS


@time_machine.travel(NOW, tick=False)
def test_done_skip_snooze_and_undo(alice: Any) -> None:
    step = rejected_application(alice).plan.steps.get(kind="reflect")
    services.mark_done(step)
    assert step.timing() == "done"
    services.reopen(step)
    assert step.timing() == "later"
    services.skip(step, "  Not today  ")
    assert (step.state, step.skip_reason) == ("skipped", "Not today")
    services.reopen(step)
    before = step.due_on
    services.snooze(step)
    assert step.due_on == before + dt.timedelta(days=services.SNOOZE_DAYS)
    assert step.snoozed_times == 1


def test_snoozing_an_overdue_step_counts_from_today(alice: Any) -> None:
    step = rejected_application(alice).plan.steps.get(kind="pause")
    with time_machine.travel(timezone.now() + dt.timedelta(days=10), tick=False):
        services.snooze(step)
        assert step.due_on == timezone.localdate() + dt.timedelta(days=services.SNOOZE_DAYS)


def steps(items: list[DueItem]) -> list[Step]:
    """The plan steps behind Today's step items (every one of them has its step)."""
    records = [item.record for item in items]
    assert all(isinstance(record, Step) for record in records)
    return cast(list[Step], records)


def test_today_lists_due_steps_first_at_most_three_then_upcoming(alice: Any, bob: Any) -> None:
    rejected_application(alice, [PRIYA, TOM])
    rejected_application(bob, [PRIYA])
    start = timezone.localdate()
    later = today_for(alice, start + dt.timedelta(days=2))
    assert len(later.now) == 3
    assert [s.kind for s in steps(later.now)] == ["pause", "thank", "thank"]
    assert [s.kind for s in steps(later.also_due)] == ["reflect"]
    assert all(s.plan.user == alice for s in steps(later.now + later.also_due + later.upcoming))
    assert steps(later.upcoming)[0].due_on > start + dt.timedelta(days=2)


def test_done_steps_show_under_done_this_week(alice: Any) -> None:
    step = rejected_application(alice).plan.steps.get(kind="pause")
    services.mark_done(step)
    today = today_for(alice)
    assert step in today.done_this_week
    assert step not in [item.record for item in today.now]


def test_today_for_a_new_user_is_empty(alice: Any) -> None:
    assert today_for(alice).is_empty
    assert Step.objects.count() == 0


def test_today_shows_five_upcoming_steps_and_folds_the_rest(alice: Any) -> None:
    rejected_application(alice, [PRIYA, TOM], company="Acme")
    rejected_application(alice, [], company="Globex")
    today = today_for(alice)
    assert len(today.upcoming) == 5
    assert today.upcoming_later
    days = [s.due_on for s in steps(today.upcoming + today.upcoming_later)]
    assert days == sorted(days)

"""What outlook has due: a gentle "how are you?", and the reframe's next step."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from django.contrib.auth.models import User
from django.urls import reverse
from django.utils import timezone

from onward.core.due import DueItem, Priority
from onward.lib.dates import when_due
from onward.plans.models import AftercarePlan, Step

from .models import MoodCheckIn, Reframe

# Ask "how are you?" while a plan is recent, or while the user keeps checking in.
ASK_FOR_DAYS = 30


def items(user: User, today: dt.date, until: dt.date) -> Iterator[DueItem]:
    yield from checkin_prompt(user, today)
    yield from next_steps(user, today, until)


def _day_bounds(day: dt.date) -> tuple[dt.datetime, dt.datetime]:
    start = timezone.make_aware(dt.datetime.combine(day, dt.time.min))
    return start, start + dt.timedelta(days=1)


def checkin_prompt(user: User, day: dt.date) -> list[DueItem]:
    start, end = _day_bounds(day)
    checkins = MoodCheckIn.objects.filter(user=user)
    if checkins.filter(created_at__gte=start, created_at__lt=end).exists():
        return []
    # The plan's own pause step asks already; one question a day is enough.
    if Step.objects.filter(
        plan__user=user, kind=Step.Kind.PAUSE, state=Step.State.OPEN, due_on__lte=day
    ).exists():
        return []
    since = day - dt.timedelta(days=ASK_FOR_DAYS)
    recent_plan = AftercarePlan.objects.filter(user=user, starts_on__gte=since).exists()
    keeps_checking_in = checkins.filter(created_at__gte=start - dt.timedelta(days=7)).exists()
    if not (recent_plan or keeps_checking_in):
        return []
    return [
        DueItem(
            uid=f"checkin-{day.isoformat()}",
            kind="checkin",
            title="How are you today?",
            url=reverse("outlook:checkin"),
            action="Check in",
            detail="A few seconds, just for you.",
            priority=Priority.CARE,  # how you are comes first
        )
    ]


def next_steps(user: User, today: dt.date, until: dt.date) -> Iterator[DueItem]:
    due = Reframe.objects.filter(
        user=user, next_step_done_at__isnull=True, next_step_due__lte=until
    ).select_related("rejection__application__company")
    for reframe in due:
        yield DueItem(
            uid=f"next-step-{reframe.pk}",
            kind="next-step",
            title=reframe.next_step,
            url=reframe.get_absolute_url(),
            detail=when_due(reframe.next_step_due, today),
            context="Your silver lining · " + reframe.rejection.application.company.name,
            due_on=reframe.next_step_due,
            priority=Priority.TASK,
        )

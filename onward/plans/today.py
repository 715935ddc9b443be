"""What the Today page shows: a short list of what's due, what's coming, what got done.

Everything due comes from core.due.collect, the same list the digest and the calendar
read; Today only picks from it and caps it, so an item reads the same everywhere.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.contrib.auth.models import User
from django.utils import timezone

from onward.core.due import DueItem, collect

from .due import KIND as STEP
from .models import AftercarePlan, Step
from .services import Progress, progress

UPCOMING_DAYS = 14
TOP_OF_DAY = 3
UPCOMING_SHOWN = 5


@dataclass
class Today:
    day: dt.date
    now: list[DueItem] = field(default_factory=list)  # plan steps due, the first few
    also_due: list[DueItem] = field(default_factory=list)
    upcoming: list[DueItem] = field(default_factory=list)  # plan steps in the next two weeks
    upcoming_later: list[DueItem] = field(default_factory=list)
    done_this_week: list[Step] = field(default_factory=list)
    items: list[DueItem] = field(default_factory=list)  # everything else due, in priority order
    plans: list[tuple[AftercarePlan, Progress]] = field(default_factory=list)  # still going

    @property
    def is_empty(self) -> bool:
        return not (self.now or self.upcoming or self.items)


def today_for(user: User, day: dt.date | None = None) -> Today:
    day = day or timezone.localdate()
    everything = collect(user, day, day + dt.timedelta(days=UPCOMING_DAYS))
    steps = [item for item in everything if item.kind == STEP]
    due = [item for item in steps if item.is_due(day)]
    upcoming = sorted(
        (item for item in steps if not item.is_due(day)),
        key=lambda item: (item.due_on or day, item.priority),
    )
    week_start = timezone.make_aware(dt.datetime.combine(day - dt.timedelta(days=6), dt.time.min))
    done = list(
        Step.objects.filter(plan__user=user, done_at__gte=week_start)
        .exclude(state=Step.State.OPEN)
        .select_related("plan__rejection__application__company")
        .order_by("-done_at")
    )
    return Today(
        day=day,
        now=due[:TOP_OF_DAY],
        also_due=due[TOP_OF_DAY:],
        upcoming=upcoming[:UPCOMING_SHOWN],
        upcoming_later=upcoming[UPCOMING_SHOWN:],
        done_this_week=done,
        # Other apps' items only on the day they are due: Today is for now, not a calendar.
        items=[item for item in everything if item.kind != STEP and item.is_due(day)],
        plans=open_plans(user),
    )


def open_plans(user: User) -> list[tuple[AftercarePlan, Progress]]:
    """The plans with a step still open, so Today always leads back to them."""
    plans = (
        AftercarePlan.objects.filter(user=user, steps__state=Step.State.OPEN)
        .distinct()
        .select_related("rejection__application__company")
        # progress() reads each plan's steps: one query for all of them, not one per plan.
        .prefetch_related("steps")
    )
    return [(plan, progress(plan)) for plan in plans]

"""What the Today page shows: a short list of what's due, what's coming, what got done."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from django.utils import timezone

from onward.core.registry import TodayItem, today_items

from .models import Step

UPCOMING_DAYS = 14
TOP_OF_DAY = 3
UPCOMING_SHOWN = 5


@dataclass
class Today:
    day: dt.date
    now: list[Step] = field(default_factory=list)
    also_due: list[Step] = field(default_factory=list)
    upcoming: list[Step] = field(default_factory=list)
    upcoming_later: list[Step] = field(default_factory=list)
    done_this_week: list[Step] = field(default_factory=list)
    items: list[TodayItem] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not (self.now or self.upcoming or self.items)


def today_for(user: Any, day: dt.date | None = None) -> Today:
    day = day or timezone.localdate()
    steps = Step.objects.filter(plan__user=user).select_related(
        "plan__rejection__application__company", "person"
    )
    # The playbook's order first (check in, then thank, then the rest), so the
    # time-sensitive steps lead and an old leftover never pushes them down.
    due = list(steps.filter(state=Step.State.OPEN, due_on__lte=day).order_by("position", "due_on"))
    upcoming = list(
        steps.filter(
            state=Step.State.OPEN,
            due_on__gt=day,
            due_on__lte=day + dt.timedelta(days=UPCOMING_DAYS),
        ).order_by("due_on", "position")
    )
    week_start = timezone.make_aware(dt.datetime.combine(day - dt.timedelta(days=6), dt.time.min))
    done = list(
        steps.exclude(state=Step.State.OPEN).filter(done_at__gte=week_start).order_by("-done_at")
    )
    return Today(
        day=day,
        now=due[:TOP_OF_DAY],
        also_due=due[TOP_OF_DAY:],
        upcoming=upcoming[:UPCOMING_SHOWN],
        upcoming_later=upcoming[UPCOMING_SHOWN:],
        done_this_week=done,
        items=today_items(user, day),
    )

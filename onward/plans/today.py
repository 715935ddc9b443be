"""What the Today page shows: a short list of what's due, what's coming, what got done.

Everything due comes from core.due.collect, the same list the digest and the calendar
read; Today only picks from it and caps it, so an item reads the same everywhere.

`cached_today` keeps what was worked out in Django's cache, filed under the user's data
version (core.versions: any change to their data moves it on) and their local date (so
what is due rolls over at their midnight): a visit with nothing changed since the last
one reads one small row and the cache instead of twenty-odd queries.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from django.contrib.auth.models import User
from django.db import connection
from django.db.models import Count, Q
from django.utils import timezone

from onward.core import remembered, versions
from onward.core.due import DueItem, collect, sources

from .due import item_for, open_steps
from .due import items as step_items
from .models import AftercarePlan, Step
from .services import Progress, progress

# Bumped when the Today dataclass or the kept page (plans.views) changes shape, so no entry
# cached by older code is read.
CACHE_SHAPE = 2
UPCOMING_DAYS = 14
TOP_OF_DAY = 3
UPCOMING_SHOWN = 5
# Past these, a list says how many more there are instead of listing them: a person with
# hundreds of open plans gets a page that reads (and loads) like anyone else's.
MORE_SHOWN = 20
PLANS_SHOWN = 10


@dataclass
class Today:
    day: dt.date
    now: list[DueItem] = field(default_factory=list)  # plan steps due, the first few
    also_due: list[DueItem] = field(default_factory=list)  # the next MORE_SHOWN of them
    also_due_count: int = 0  # all the other steps due, listed or not
    upcoming: list[DueItem] = field(default_factory=list)  # plan steps in the next two weeks
    upcoming_later: list[DueItem] = field(default_factory=list)
    upcoming_later_count: int = 0
    done_this_week: list[Step] = field(default_factory=list)
    items: list[DueItem] = field(default_factory=list)  # everything else due, in priority order
    plans: list[tuple[AftercarePlan, Progress]] = field(default_factory=list)  # still going
    plans_count: int = 0

    @property
    def is_empty(self) -> bool:
        return not (self.now or self.upcoming or self.items)

    @property
    def plans_not_shown(self) -> int:
        return self.plans_count - len(self.plans)

    @property
    def also_due_not_shown(self) -> int:
        return self.also_due_count - len(self.also_due)

    @property
    def upcoming_later_not_shown(self) -> int:
        return self.upcoming_later_count - len(self.upcoming_later)


def today_for(user: User, day: dt.date | None = None) -> Today:
    day = day or timezone.localdate()
    until = day + dt.timedelta(days=UPCOMING_DAYS)
    # Plan steps are read a screenful at a time here, in the order collect() would rank
    # them and with the same words (item_for); the other apps' items come from collect().
    chosen = sources()
    everything = collect(user, day, until, only=[s for s in chosen if s is not step_items])
    steps = open_steps(user) if step_items in chosen else open_steps(user).none()
    due = [item_for(step) for step in steps.filter(due_on__lte=day)[: TOP_OF_DAY + MORE_SHOWN]]
    later_steps = steps.filter(due_on__gt=day, due_on__lte=until).order_by(
        "due_on", "position", "title", "pk"
    )
    upcoming = [item_for(step) for step in later_steps[: UPCOMING_SHOWN + MORE_SHOWN]]
    # One query counts what the lists leave out, however long they are.
    counts = steps.aggregate(
        due=Count("pk", filter=Q(due_on__lte=day)),
        later=Count("pk", filter=Q(due_on__gt=day, due_on__lte=until)),
        plans=Count("plan", distinct=True),
    )
    week_start = timezone.make_aware(dt.datetime.combine(day - dt.timedelta(days=6), dt.time.min))
    done = list(
        Step.objects.filter(plan__user=user, done_at__gte=week_start)
        .exclude(state=Step.State.OPEN)
        .select_related("plan__rejection__application__company")
        .order_by("-done_at")[:MORE_SHOWN]
    )
    plans = open_plans(user)
    return Today(
        day=day,
        now=due[:TOP_OF_DAY],
        also_due=due[TOP_OF_DAY:],
        also_due_count=max(0, counts["due"] - TOP_OF_DAY),
        upcoming=upcoming[:UPCOMING_SHOWN],
        upcoming_later=upcoming[UPCOMING_SHOWN:],
        upcoming_later_count=max(0, counts["later"] - UPCOMING_SHOWN),
        done_this_week=done,
        # Other apps' items only on the day they are due: Today is for now, not a calendar.
        items=[item for item in everything if item.is_due(day)],
        plans=plans,
        plans_count=counts["plans"],
    )


@functools.cache
def code_files() -> tuple[Path, ...]:
    """The code an entry depends on (this module, the due items' shape, the page's
    templates): a new release never reads what an older one kept in Redis."""
    here = Path(__file__).resolve()
    templates = here.parent.parent / "templates"
    files = [here, here.parent.parent / "core" / "due.py"]
    files += sorted((templates / "plans").glob("*.html"))
    files += [templates / "accounts" / "_name_ask.html", templates / "base.html"]
    return tuple(files)


def cache_key(user: User, version: int, day: dt.date | None) -> str:
    return remembered.key_for(user, f"today{CACHE_SHAPE}", code_files(), version, day)


def page_slot(user_id: int) -> str:
    """Where the latest Today page made for the user is kept (plans.views)."""
    return remembered.slot_for(user_id, f"today{CACHE_SHAPE}", code_files())


def cached_today(user: User, work_out: Callable[[User], Today] | None = None) -> Today:
    """today_for() (or `work_out`), from the cache when nothing of the user's changed."""
    return today_and_version(user, work_out)[0]


def today_and_version(
    user: User, work_out: Callable[[User], Today] | None = None
) -> tuple[Today, int | None]:
    """Today for `user` and the data version it stands for (None: not to be cached). The
    version is read before the work, so an entry never claims fresher data than it saw;
    the cache being away only means working it out. Inside a transaction it is always
    worked out: that transaction's writes are not anyone else's yet, and may roll back."""
    work_out = work_out or today_for
    if connection.in_atomic_block:
        return work_out(user), None
    version = versions.current(user.pk)
    found = remembered.read(cache_key(user, version, timezone.localdate()))
    if isinstance(found, Today):
        return found, version
    worked_out = _light(work_out(user))
    remembered.keep(cache_key(user, version, worked_out.day), worked_out)
    return worked_out, version


def _light(today: Today) -> Today:
    """What the page reads, for a smaller entry that is quicker to read back: the steps
    behind the folded lists and the plans' own steps (their progress is counted) stay out.
    Only the first few items keep their step, for their done/move/skip buttons."""
    for plan, _ in today.plans:
        getattr(plan, "_prefetched_objects_cache", {}).clear()
    return replace(
        today,
        also_due=[replace(item, record=None) for item in today.also_due],
        upcoming=[replace(item, record=None) for item in today.upcoming],
        upcoming_later=[replace(item, record=None) for item in today.upcoming_later],
    )


def open_plans(user: User) -> list[tuple[AftercarePlan, Progress]]:
    """The newest plans with a step still open, so Today always leads back to them."""
    plans = (
        AftercarePlan.objects.filter(user=user, steps__state=Step.State.OPEN)
        .distinct()
        .select_related("rejection__application__company")
        .order_by("-starts_on", "-pk")
    )
    # progress() reads each plan's steps: one query for all of them, not one per plan.
    shown = plans.prefetch_related("steps")[:PLANS_SHOWN]
    return [(plan, progress(plan)) for plan in shown]

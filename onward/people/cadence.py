"""Keep-in-touch reminders: when the next touch is due, and who matters most right now.

The next touch counts from the LAST logged interaction (any kind, however it was
logged), so writing to someone moves their reminder on by itself. Days are counted
on the calendar where the user lives, so a reminder never slips a day at midnight
UTC or at the switch to and from daylight saving time.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from dataclasses import dataclass
from typing import Any

from django.contrib.auth.models import User
from django.db.models import DateTimeField, F, Func, Max, Min, QuerySet, Value
from django.db.models.functions import Coalesce

from onward.accounts.prefs import preferences_for

from .models import Person, Relationship

# How much a relationship weighs when several people are due at once.
WEIGHTS: dict[str, int] = {
    Relationship.MENTOR: 3,
    Relationship.HIRING_MANAGER: 2,
    Relationship.INTERVIEWER: 2,
    Relationship.RECRUITER: 2,
    Relationship.PEER: 1,
}
# A connection made in the last few months is the easiest to keep, and the quickest to fade.
RECENTLY_MET_DAYS = 180
COMING_UP_DAYS = 14


def next_touch_on(
    cadence_days: int | None, last_at: dt.datetime | None, zone: dt.tzinfo
) -> dt.date | None:
    """The day the next touch is due: the last interaction's local day plus the cadence."""
    if not cadence_days or last_at is None:
        return None
    return last_at.astimezone(zone).date() + dt.timedelta(days=cadence_days)


def importance(relationship: str, met_on: dt.date, today: dt.date) -> int:
    """1 (a peer met long ago) to 4 (a mentor, or someone met in the last six months)."""
    recent = (today - met_on).days <= RECENTLY_MET_DAYS
    return WEIGHTS.get(relationship, 1) + (1 if recent else 0)


def priority(importance_: int, overdue_days: int, cadence_days: int) -> float:
    """Importance, scaled up the longer a touch is overdue relative to its rhythm."""
    return importance_ * (1 + max(overdue_days, 0) / max(cadence_days, 1))


@dataclass(frozen=True)
class Reminder:
    person: Person
    last_on: dt.date | None  # the last logged interaction, on the user's calendar
    met_on: dt.date
    due_on: dt.date
    today: dt.date
    importance: int

    @property
    def overdue_days(self) -> int:
        return (self.today - self.due_on).days

    @property
    def is_due(self) -> bool:
        return self.due_on <= self.today

    @property
    def priority(self) -> float:
        return priority(self.importance, self.overdue_days, self.person.keep_in_touch_days or 1)

    @property
    def recently_met(self) -> bool:
        return (self.today - self.met_on).days <= RECENTLY_MET_DAYS


def _rhythm(user: User) -> QuerySet[Person]:
    return Person.objects.filter(user=user, keep_in_touch_days__isnull=False).exclude(
        keep_in_touch_days=0
    )


def reminder_for(person: Person, zone: dt.tzinfo, today: dt.date) -> Reminder | None:
    """A person's reminder; `person` carries last_at/first_at (annotated) or they are looked up."""
    if not person.keep_in_touch_days:
        return None
    last_at = getattr(person, "last_at", None)
    first_at = getattr(person, "first_at", None)
    if not hasattr(person, "last_at"):
        agg = person.interactions.aggregate(last=Max("happened_at"), first=Min("happened_at"))
        last_at, first_at = agg["last"], agg["first"]
    return _reminder(person, person.keep_in_touch_days, last_at, first_at, zone, today)


def _reminder(
    person: Person,
    cadence_days: int,
    last_at: dt.datetime | None,
    first_at: dt.datetime | None,
    zone: dt.tzinfo,
    today: dt.date,
) -> Reminder | None:
    # Someone added without any logged interaction counts from the day they were added.
    base = last_at or person.created_at
    met = min(first_at, person.created_at) if first_at else person.created_at
    due = next_touch_on(cadence_days, base, zone)
    if due is None:  # never, as both the cadence and the base are set; this narrows the type
        return None
    met_on = met.astimezone(zone).date()
    return Reminder(
        person=person,
        last_on=last_at.astimezone(zone).date() if last_at else None,
        met_on=met_on,
        due_on=due,
        today=today,
        importance=importance(person.relationship, met_on, today),
    )


class DaysBefore(Func):
    """`moment` less a column's number of days, in SQL (SQLite and PostgreSQL)."""

    output_field = DateTimeField()

    def __init__(self, moment: dt.datetime, days: str) -> None:
        super().__init__(Value(moment, output_field=DateTimeField()), F(days))

    def _parts(self, compiler: Any, connection: Any) -> tuple[str, str, tuple[Any, ...]]:
        moment, moment_params = compiler.compile(self.source_expressions[0])
        days, days_params = compiler.compile(self.source_expressions[1])
        return moment, days, (*moment_params, *days_params)

    def as_sql(  # type: ignore[override]
        self, compiler: Any, connection: Any, **extra: Any
    ) -> tuple[str, Any]:
        moment, days, params = self._parts(compiler, connection)
        return f"({moment} - make_interval(days => {days}))", params

    def as_sqlite(self, compiler: Any, connection: Any, **extra: Any) -> tuple[str, Any]:
        # Django keeps datetimes in SQLite as "YYYY-MM-DD HH:MM:SS[.ffffff]" text in UTC,
        # the shape datetime() answers in, so the two compare as text.
        moment, days, params = self._parts(compiler, connection)
        return f"datetime({moment}, '-' || {days} || ' days')", params


def _due_by(user: User, zone: dt.tzinfo, until: dt.date) -> QuerySet[Person]:
    """The people with a rhythm whose next touch may fall by `until`, found by the
    database: their last interaction (or the day they were added) came before the local
    midnight after `until`, less their rhythm's days. The boundary is a day later than
    it needs to be, so an hour gained or lost to daylight saving never hides anyone;
    reminder_for() then tells exactly, on the user's calendar, for the few found."""
    boundary = dt.datetime.combine(until + dt.timedelta(days=2), dt.time.min, tzinfo=zone)
    return (
        _rhythm(user)
        .annotate(
            last_at=Max("interactions__happened_at"),
            first_at=Min("interactions__happened_at"),
            base=Coalesce("last_at", "created_at"),
        )
        .filter(base__lt=DaysBefore(boundary, "keep_in_touch_days"))
    )


def _ranked(user: User, today: dt.date, within_days: int, whole: bool) -> list[Reminder]:
    """The reminders due by `today` + `within_days`, most pressing first: with whole
    records (and their company) or, for counting, stand-ins holding what ranking reads."""
    zone = zone_of(user)
    found = _due_by(user, zone, today + dt.timedelta(days=within_days))
    if whole:
        people = list(found.select_related("company"))
    else:
        columns = ("pk", "name", "keep_in_touch_days", "relationship", "created_at")
        annotated = (*columns, "last_at", "first_at")
        people = [
            _annotated_stub(dict(zip(annotated, row, strict=True)))
            for row in found.values_list(*annotated)
        ]
    reminders_ = []
    for person in people:
        reminder = reminder_for(person, zone, today)
        if reminder and reminder.overdue_days >= -within_days:
            reminders_.append(reminder)
    return sorted(reminders_, key=lambda r: (-r.priority, -r.overdue_days, r.person.name))


def _annotated_stub(row: dict[str, Any]) -> Person:
    person = Person(**{k: row[k] for k in row if k not in {"last_at", "first_at"}})
    last_at, first_at = row["last_at"], row["first_at"]
    person.last_at, person.first_at = last_at, first_at  # type: ignore[attr-defined]
    return person


def reminders(
    user: User,
    today: dt.date | None = None,
    within_days: int = 0,
    due_limit: int | None = None,
) -> list[Reminder]:
    """Everyone due for a touch by `today` + `within_days`, the most pressing first;
    only the `due_limit` most pressing of those due now, when given (a calendar looking
    ahead still gets everyone coming up)."""
    today = today or preferences_for(user).local_today()
    found = _ranked(user, today, within_days, whole=True)
    if due_limit is None:
        return found
    return [r for r in found if r.is_due][:due_limit] + [r for r in found if not r.is_due]


def due_count(user: User, today: dt.date | None = None) -> int:
    """How many people are due for a touch today, without reading their records."""
    today = today or preferences_for(user).local_today()
    return sum(1 for r in _ranked(user, today, 0, whole=False) if r.is_due)


def zone_of(user: User) -> zoneinfo.ZoneInfo:
    return preferences_for(user).zone


def due(user: User, today: dt.date | None = None) -> list[Reminder]:
    return [r for r in reminders(user, today) if r.is_due]


def coming_up(user: User, today: dt.date | None = None) -> list[Reminder]:
    upcoming = [r for r in reminders(user, today, COMING_UP_DAYS) if not r.is_due]
    return sorted(upcoming, key=lambda r: (r.due_on, r.person.name))

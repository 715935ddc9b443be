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

from django.contrib.auth.models import User
from django.db.models import Max, Min, QuerySet

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


def _annotated(user: User) -> QuerySet[Person]:
    return (
        Person.objects.filter(user=user, keep_in_touch_days__isnull=False)
        .exclude(keep_in_touch_days=0)
        .select_related("company")
        .annotate(
            last_at=Max("interactions__happened_at"), first_at=Min("interactions__happened_at")
        )
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
    # Someone added without any logged interaction counts from the day they were added.
    base = last_at or person.created_at
    met = min(first_at, person.created_at) if first_at else person.created_at
    due = next_touch_on(person.keep_in_touch_days, base, zone)
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


def zone_of(user: User) -> zoneinfo.ZoneInfo:
    return preferences_for(user).zone


def reminders(user: User, today: dt.date | None = None, within_days: int = 0) -> list[Reminder]:
    """Everyone due for a touch by `today` + `within_days`, the most pressing first."""
    zone = zone_of(user)
    today = today or preferences_for(user).local_today()
    found = []
    for person in _annotated(user):
        reminder = reminder_for(person, zone, today)
        if reminder and reminder.overdue_days >= -within_days:
            found.append(reminder)
    return sorted(found, key=lambda r: (-r.priority, -r.overdue_days, r.person.name))


def due(user: User, today: dt.date | None = None) -> list[Reminder]:
    return [r for r in reminders(user, today) if r.is_due]


def coming_up(user: User, today: dt.date | None = None) -> list[Reminder]:
    upcoming = [r for r in reminders(user, today, COMING_UP_DAYS) if not r.is_due]
    return sorted(upcoming, key=lambda r: (r.due_on, r.person.name))

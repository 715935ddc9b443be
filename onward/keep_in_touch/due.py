"""Keep-in-touch reminders, as what is due: a light touch or two a day, never a wall of people."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from django.contrib.auth.models import User
from django.urls import reverse

from onward.core.due import DueItem, Priority
from onward.lib.dates import human_date
from onward.people import cadence

from .touches import TouchKind, situation, suggest

# The most pressing of those due now; the rest wait for a lighter day.
ON_TODAY = 2


def items(user: User, today: dt.date, until: dt.date) -> Iterator[DueItem]:
    within = max((until - today).days, 0)
    found = cadence.reminders(user, today, within_days=within, due_limit=ON_TODAY)
    for reminder in found:
        yield _item(reminder, today)


def _item(reminder: cadence.Reminder, today: dt.date) -> DueItem:
    person = reminder.person
    detail = (
        f"last in touch {human_date(reminder.last_on, today)}"
        if reminder.last_on
        else "not in touch yet"
    )
    if reminder.is_due:
        # What to say fits today's situation; worked out only for the few due now
        # (it reads their interviews), not for every reminder a calendar looks ahead to.
        detail = f"{TouchKind(suggest(situation(person, today))).label} · {detail}"
    return DueItem(
        uid=f"keep-in-touch-{person.pk}",
        kind="keep-in-touch",
        title=f"A light touch with {person.name}",
        url=reverse("keep_in_touch:person_reminder", args=[person.pk]),
        action="See what to say",
        detail=detail,
        context=str(person.company or person.get_relationship_display()),
        due_on=reminder.due_on,
        priority=Priority.TASK,
    )

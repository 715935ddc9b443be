"""Keep-in-touch reminders on Today, and logging a touch that moves the next one on."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from onward.core.registry import TodayItem
from onward.lib.dates import human_date

from . import cadence
from .models import Interaction, Person
from .touches import LOGGED_AS, TouchKind, situation, suggest

ON_TODAY = 2  # a light touch or two a day, never a wall of people


def today_reminders(user: Any, day: dt.date) -> list[TodayItem]:
    items = []
    for reminder in cadence.due(user, day)[:ON_TODAY]:
        person = reminder.person
        kind = suggest(situation(person, day))
        since = (
            f"last in touch {human_date(reminder.last_on, day)}"
            if reminder.last_on
            else "not in touch yet"
        )
        items.append(
            TodayItem(
                title=f"A light touch with {person.name}",
                url=reverse("person_reminder", args=[person.pk]),
                action="See what to say",
                detail=f"{TouchKind(kind).label} · {since}",
                due_on=reminder.due_on,
                kind="keep-in-touch",
                context=str(person.company or person.get_relationship_display()),
            )
        )
    return items


@transaction.atomic
def log_touch(person: Person, kind: str, note: str = "") -> Interaction:
    """Record that the user reached out; the next reminder counts from now."""
    interaction_kind, summary = LOGGED_AS.get(kind, (Interaction.Kind.NOTE, "Got in touch"))
    return Interaction.objects.create(
        user=person.user,
        person=person,
        kind=interaction_kind,
        happened_at=timezone.now(),
        summary=(f"{summary}: {note.strip()}" if note.strip() else summary)[:500],
    )

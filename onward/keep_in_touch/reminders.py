"""Logging a touch, which moves the next keep-in-touch reminder on (due.py puts it on Today)."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from onward.people.models import Interaction, Person

from .touches import LOGGED_AS


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

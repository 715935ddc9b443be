"""How other apps change the records kept in people."""

from __future__ import annotations

import datetime as dt

from django.contrib.auth.models import User
from django.db import transaction

from onward.accounts.prefs import preferences_for

from .models import Company, Interaction, Person


def company_named(user: User, name: str) -> Company:
    """The user's company of this name (any case, spaces tidied), created if new."""
    name = " ".join(name.split())
    existing = Company.objects.filter(user=user, name__iexact=name).first()
    return existing or Company.objects.create(user=user, name=name)


@transaction.atomic
def log_interaction(person: Person, kind: str, summary: str, day: dt.date) -> Interaction:
    """One touch with a person, on the day given: "now" when that is the user's today,
    else noon where the user lives on that day, whatever the server's zone."""
    interaction = Interaction(user=person.user, person=person, kind=kind, summary=summary)
    prefs = preferences_for(person.user)
    if day != prefs.local_today():
        interaction.happened_at = dt.datetime.combine(day, dt.time(12), tzinfo=prefs.zone)
    interaction.save()
    return interaction

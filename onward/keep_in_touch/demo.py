"""Demo data for keeping in touch: a recruiter the demo user is losing touch with."""

from __future__ import annotations

import datetime as dt

from django.contrib.auth.models import User
from django.utils import timezone

from onward.people.models import Interaction, Person, Relationship
from onward.pipeline.seed import Seed


def populate(user: User, seed: Seed) -> None:
    now = timezone.now()
    jordan = Person.objects.create(
        user=user,
        name="Jordan Ellis",
        email="jordan.ellis@brightline.example",
        title="Talent Partner",
        company=seed.applications["brightline"].company,
        relationship=Relationship.RECRUITER,
        how_we_met="Reached out about the Analytics Engineer role",
        notes="Likes hearing about open-source data tools. Based in Leeds.",
        keep_in_touch_days=30,
        created_at=now - dt.timedelta(days=80),
    )
    for days, kind, summary in [
        (80, Interaction.Kind.CALL, "Intro call about the Analytics Engineer role"),
        (58, Interaction.Kind.EMAIL, "Sent my updated CV and a short portfolio"),
    ]:
        Interaction.objects.create(
            user=user,
            person=jordan,
            kind=kind,
            happened_at=now - dt.timedelta(days=days),
            summary=summary,
        )
    # Sam had some news this week: his reminder suggests congratulating him.
    Interaction.objects.create(
        user=user,
        person=seed.people["sam"],
        kind=Interaction.Kind.NOTE,
        happened_at=now - dt.timedelta(days=4),
        summary="Saw that he spoke at PyData about forecasting bike-share demand",
    )

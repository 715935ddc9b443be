"""A lot of plain records for one account, made fast: for measuring pages at scale.

`bench/load.py` fills one heavy account with it, and the query-count tests fill the same
shape at 1x and 10x to show that no page does a query per row. Records go in with
bulk_create (no signals, no plans built by receivers) so 10,000 rows take seconds.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone

from onward.core import versions
from onward.inbox.models import ImportedMessage, Label, Source
from onward.people.models import Company, Interaction, Person
from onward.pipeline.models import Application, Outcome, Rejection, Stage
from onward.plans.models import AftercarePlan, Step

BATCH = 1000


@dataclass(frozen=True)
class Volume:
    applications: int
    people: int
    interactions: int
    open_plans: int
    messages: int

    def times(self, factor: int) -> Volume:
        return Volume(*(count * factor for count in self.__dict__.values()))


# The heavy account of issue 13: a career-centre user a year into a search.
HEAVY = Volume(applications=500, people=2000, interactions=10000, open_plans=300, messages=10000)

# Each plan's steps, due around today so Today has something due, coming and done.
STEP_KINDS = [
    (Step.Kind.PAUSE, -2),
    (Step.Kind.THANK, 0),
    (Step.Kind.REFLECT, 3),
    (Step.Kind.MOVE_ON, 20),
]


@transaction.atomic
def fill(user: User, volume: Volume, today: dt.date | None = None) -> None:
    """Add `volume` records to `user`'s account (plans need as many applications)."""
    today = today or timezone.localdate()
    now = timezone.now()
    # Numbered on from what the account already has, so filling twice adds, never clashes.
    start = ImportedMessage.objects.filter(user=user).count()
    first = Company.objects.filter(user=user).count()
    companies = Company.objects.bulk_create(
        [
            Company(user=user, name=f"Volume Co {first + n}")
            for n in range(max(1, volume.applications // 5))
        ]
    )
    applications = Application.objects.bulk_create(
        [
            Application(
                user=user,
                company=companies[n % len(companies)],
                role=f"Role {n}",
                applied_on=today - dt.timedelta(days=n % 90),
                stage=Stage.INTERVIEW,
                furthest_stage=Stage.INTERVIEW,
                outcome=Outcome.REJECTED if n < volume.open_plans else Outcome.OPEN,
            )
            for n in range(volume.applications)
        ],
        batch_size=BATCH,
    )
    people = Person.objects.bulk_create(
        [
            Person(
                user=user,
                name=f"Person {n}",
                email=f"person{n}@volume.example",
                company=companies[n % len(companies)],
                keep_in_touch_days=90 if n % 10 == 0 else None,
            )
            for n in range(volume.people)
        ],
        batch_size=BATCH,
    )
    if people:
        Interaction.objects.bulk_create(
            [
                Interaction(
                    user=user,
                    person=people[n % len(people)],
                    happened_at=now - dt.timedelta(days=n % 400),
                    summary=f"Talked about the search, {n}",
                )
                for n in range(volume.interactions)
            ],
            batch_size=BATCH,
        )
    rejections = Rejection.objects.bulk_create(
        [
            Rejection(
                user=user,
                application=application,
                received_on=today - dt.timedelta(days=3),
                stage_reached=Stage.INTERVIEW,
            )
            for application in applications[: volume.open_plans]
        ],
        batch_size=BATCH,
    )
    plans = AftercarePlan.objects.bulk_create(
        [
            AftercarePlan(user=user, rejection=rejection, starts_on=today - dt.timedelta(days=3))
            for rejection in rejections
        ],
        batch_size=BATCH,
    )
    Step.objects.bulk_create(
        [
            Step(
                plan=plan,
                kind=kind,
                position=position,
                title=f"{Step.Kind(kind).label}",
                due_on=today + dt.timedelta(days=offset),
                person=people[n % len(people)] if kind == Step.Kind.THANK and people else None,
            )
            for n, plan in enumerate(plans)
            for position, (kind, offset) in enumerate(STEP_KINDS)
        ],
        batch_size=BATCH,
    )
    ImportedMessage.objects.bulk_create(
        [
            ImportedMessage(
                user=user,
                key=f"volume-{start + n}",
                source=Source.UPLOAD,
                received_at=now - dt.timedelta(minutes=n),
                subject=f"About your application {n}",
                sender_name="Talent team",
                sender_email="talent@volume.example",
                text="Thank you for your interest.",
                label=Label.RECEIVED if n % 50 == 0 else Label.OTHER,
                status=ImportedMessage.Status.PENDING
                if n % 50 == 0
                else ImportedMessage.Status.IGNORED,
            )
            for n in range(volume.messages)
        ],
        batch_size=BATCH,
    )
    versions.changed([user.pk])  # bulk_create sends no signal: Today works it out again

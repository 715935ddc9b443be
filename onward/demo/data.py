"""Demo data: a believable job search with four rejections at different stages."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from allauth.account.models import EmailAddress
from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone

from onward.inbox import demo as inbox_demo
from onward.keep_in_touch import demo as keep_in_touch_demo
from onward.notes.models import Note
from onward.notes.services import note_for_step
from onward.outlook import demo as outlook_demo
from onward.people.models import Company, Interaction, Person, Relationship
from onward.pipeline.models import Stage
from onward.pipeline.seed import Seed
from onward.pipeline.services import (
    InterviewerInput,
    add_interview,
    create_application,
    interviewers_of,
    move_to_stage,
    record_rejection,
)
from onward.plans.models import AftercarePlan, Step
from onward.reflect import demo as reflect_demo
from onward.watch import demo as watch_demo

# key: (company, role, stage, location)
OPEN_APPLICATIONS: dict[str, tuple[str, str, str, str]] = {
    "northwind": ("Northwind Health", "Senior Data Analyst", Stage.APPLIED, "Remote"),
    "brightline": ("Brightline Energy", "Analytics Engineer", Stage.SCREEN, "Leeds"),
    "juniper": ("Juniper Books", "Data Analyst", Stage.APPLIED, "Bristol"),
    "tessellate": ("Tessellate", "Product Analyst", Stage.INTERVIEW, "London"),
    "harbour": ("Harbour & Co", "BI Developer", Stage.SAVED, "Manchester"),
    "cobalt": ("Cobalt Mobility", "Insights Analyst", Stage.APPLIED, "Remote"),
}


@dataclass(frozen=True)
class SampleRejection:
    company: str
    role: str
    stage_reached: str
    days_ago: int
    would_work_there: bool
    interviewers: dict[str, InterviewerInput]  # by the key the Seed's people have


REJECTIONS: dict[str, SampleRejection] = {
    "acme": SampleRejection(
        "Acme Analytics",
        "Data Analyst",
        Stage.FINAL,
        1,
        True,
        {
            "priya": InterviewerInput(
                "Priya Raman",
                "Analytics Manager",
                "priya.raman@acme.example",
                "their move to dbt and how the team reviews each other's SQL",
            ),
            "tom": InterviewerInput(
                "Tom Okafor",
                "Senior Data Engineer",
                "tom.okafor@acme.example",
                "the streaming pipeline for delivery tracking",
            ),
            "lena": InterviewerInput(
                "Lena Fischer",
                "Head of Data",
                "",
                "building a data team that answers questions people actually ask",
            ),
        },
    ),
    "fernwood": SampleRejection(
        "Fernwood Labs",
        "Product Analyst",
        Stage.INTERVIEW,
        6,
        True,
        {
            "marcus": InterviewerInput(
                "Marcus Bell",
                "Product Lead",
                "marcus@fernwood.example",
                "how they decide which experiments to run each quarter",
            ),
        },
    ),
    "globex": SampleRejection("Globex", "Reporting Analyst", Stage.SCREEN, 0, False, {}),
    "quillon": SampleRejection(
        "Quillon",
        "Junior Data Scientist",
        Stage.INTERVIEW,
        20,
        True,
        {
            "sam": InterviewerInput(
                "Sam Whitaker",
                "Data Science Lead",
                "sam@quillon.example",
                "forecasting demand for their bike-share docks",
            ),
        },
    ),
}

# Each app's part of the sample data, in this order, on top of the Seed.
POPULATORS: list[Callable[[Any, Seed], None]] = [
    keep_in_touch_demo.populate,
    outlook_demo.populate,
    reflect_demo.populate,
    inbox_demo.populate,
    watch_demo.populate,
]


def _shift_plan(plan: AftercarePlan, days: int) -> None:
    """Move a plan back in time, as if the rejection had come `days` ago."""
    if not days:
        return
    plan.starts_on -= dt.timedelta(days=days)
    plan.save(update_fields=["starts_on"])
    for step in plan.steps.all():
        step.due_on -= dt.timedelta(days=days)
        step.save(update_fields=["due_on"])


def _finish(step: Step, when: dt.datetime) -> None:
    step.state = Step.State.DONE
    step.done_at = when
    step.save(update_fields=["state", "done_at"])


@transaction.atomic
def build_demo(email: str, password: str, name: str = "Alex Morgan") -> User:
    """A fresh demo account (an existing one with this email is replaced)."""
    User.objects.filter(email__iexact=email).delete()
    first, _, last = name.partition(" ")
    user = User.objects.create_user(
        username=email, email=email, password=password, first_name=first, last_name=last
    )
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    populate(user)
    return user


@transaction.atomic
def populate(user: User) -> Seed:
    """Add the sample job search to an account, marked as sample data."""
    own_companies = set(Company.objects.filter(user=user).values_list("pk", flat=True))
    own_people = set(Person.objects.filter(user=user).values_list("pk", flat=True))
    seed = Seed()
    today, now = timezone.localdate(), timezone.now()
    for key, (company, role, stage, location) in OPEN_APPLICATIONS.items():
        application = create_application(
            user, company, role, location=location, applied_on=today - dt.timedelta(days=12)
        )
        move_to_stage(application, stage)
        seed.applications[key] = application
    for key, sample in REJECTIONS.items():
        _add_rejection(user, seed, key, sample, today, now)
    seed.people["dana"] = _add_mentor(user, now)
    for populator in POPULATORS:
        populator(user, seed)
    Company.objects.filter(user=user).exclude(pk__in=own_companies).update(is_sample=True)
    Person.objects.filter(user=user).exclude(pk__in=own_people).update(is_sample=True)
    return seed


def _add_rejection(
    user: User, seed: Seed, key: str, sample: SampleRejection, today: dt.date, now: dt.datetime
) -> None:
    days_ago = sample.days_ago
    application = create_application(
        user, sample.company, sample.role, applied_on=today - dt.timedelta(days=days_ago + 30)
    )
    if sample.interviewers:
        add_interview(
            application,
            today - dt.timedelta(days=days_ago + 7),
            "video",
            "Friendly panel. They asked about a project I was proud of.",
            sample.interviewers.values(),
            stage=sample.stage_reached,
        )
        people = interviewers_of(application)
        seed.people.update(zip(sample.interviewers, people, strict=True))
    else:
        move_to_stage(application, sample.stage_reached)
    rejection = record_rejection(
        application,
        received_on=today - dt.timedelta(days=days_ago),
        channel="email",
        message_text="Thank you for your time. We have decided to move forward with "
        "another candidate whose experience more closely matches our needs.",
        would_work_there=sample.would_work_there,
        future_interest=sample.would_work_there,
    )
    _shift_plan(rejection.plan, days_ago)
    # A recent plan keeps one step waiting from yesterday, as happens in real life.
    waiting: set[str] = {Step.Kind.MENTOR.value} if days_ago < 10 else set()
    _settle_past_steps(rejection.plan, today, now, waiting)
    seed.applications[key] = application
    seed.rejections[key] = rejection


def _add_mentor(user: User, now: dt.datetime) -> Person:
    dana = Person.objects.create(
        user=user,
        name="Dana Li",
        email="dana.li@example.org",
        title="Former manager",
        relationship=Relationship.MENTOR,
        how_we_met="My manager at my first analytics job",
        keep_in_touch_days=30,
    )
    Interaction.objects.create(
        user=user,
        person=dana,
        kind=Interaction.Kind.CALL,
        happened_at=now - dt.timedelta(days=21),
        summary="Coffee call: talked about moving towards analytics engineering",
    )
    return dana


def has_sample_data(user: User) -> bool:
    return Company.objects.filter(user=user, is_sample=True).exists()


@transaction.atomic
def clear_sample_data(user: User) -> None:
    """Remove what populate() added; the user's own records stay."""
    Company.objects.filter(user=user, is_sample=True).delete()
    Person.objects.filter(user=user, is_sample=True).delete()


def _settle_past_steps(
    plan: AftercarePlan, today: dt.date, now: dt.datetime, waiting: set[str]
) -> None:
    """Older plans look lived-in: most past steps done, notes sent or printed."""
    for step in plan.steps.select_related("person"):
        if step.due_on >= today or step.kind in waiting:
            continue
        when = timezone.make_aware(dt.datetime.combine(step.due_on, dt.time(18)))
        if step.kind == Step.Kind.THANK and step.person:
            note = note_for_step(step)
            # Onward sent none of these: the sample person sent them from their own mail
            # app and said so, the one honest "sent" for mail that never left this Onward.
            note.status = Note.Status.MAILED
            note.sent_at = when
            note.save(update_fields=["status", "sent_at"])
            Interaction.objects.create(
                user=plan.user,
                person=step.person,
                kind=Interaction.Kind.EMAIL,
                happened_at=when,
                summary=f"Sent a thank-you note from your mail app: {note.subject}",
            )
        _finish(step, min(when, now))

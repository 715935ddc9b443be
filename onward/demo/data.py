"""Demo data: a believable job search with four rejections at different stages."""

from __future__ import annotations

import datetime as dt
from typing import Any

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from onward.core.registry import populate_demo
from onward.notes.models import ThankYouNote
from onward.notes.services import note_for_step
from onward.people.models import Company, Interaction, Person, Relationship
from onward.pipeline.models import Application, Outcome, Stage
from onward.pipeline.services import (
    InterviewerInput,
    add_interview,
    create_application,
    move_to_stage,
    record_rejection,
)
from onward.plans.models import AftercarePlan, Step

OPEN_APPLICATIONS: list[tuple[str, str, str, str]] = [
    ("Northwind Health", "Senior Data Analyst", Stage.APPLIED, "Remote"),
    ("Brightline Energy", "Analytics Engineer", Stage.SCREEN, "Leeds"),
    ("Juniper Books", "Data Analyst", Stage.APPLIED, "Bristol"),
    ("Tessellate", "Product Analyst", Stage.INTERVIEW, "London"),
    ("Harbour & Co", "BI Developer", Stage.SAVED, "Manchester"),
    ("Cobalt Mobility", "Insights Analyst", Stage.APPLIED, "Remote"),
]

# (company, role, stage reached, days ago, would work there, interviewers)
REJECTIONS: list[tuple[str, str, str, int, bool, list[InterviewerInput]]] = [
    (
        "Acme Analytics",
        "Data Analyst",
        Stage.FINAL,
        1,
        True,
        [
            InterviewerInput(
                "Priya Raman",
                "Analytics Manager",
                "priya.raman@acme.example",
                "their move to dbt and how the team reviews each other's SQL",
            ),
            InterviewerInput(
                "Tom Okafor",
                "Senior Data Engineer",
                "tom.okafor@acme.example",
                "the streaming pipeline for delivery tracking",
            ),
            InterviewerInput(
                "Lena Fischer",
                "Head of Data",
                "",
                "building a data team that answers questions people actually ask",
            ),
        ],
    ),
    (
        "Fernwood Labs",
        "Product Analyst",
        Stage.INTERVIEW,
        6,
        True,
        [
            InterviewerInput(
                "Marcus Bell",
                "Product Lead",
                "marcus@fernwood.example",
                "how they decide which experiments to run each quarter",
            ),
        ],
    ),
    ("Globex", "Reporting Analyst", Stage.SCREEN, 0, False, []),
    (
        "Quillon",
        "Junior Data Scientist",
        Stage.INTERVIEW,
        20,
        True,
        [
            InterviewerInput(
                "Sam Whitaker",
                "Data Science Lead",
                "sam@quillon.example",
                "forecasting demand for their bike-share docks",
            ),
        ],
    ),
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
def build_demo(email: str, password: str, name: str = "Alex Morgan") -> Any:
    """A fresh demo account (an existing one with this email is replaced)."""
    User = get_user_model()
    User.objects.filter(email__iexact=email).delete()
    first, _, last = name.partition(" ")
    user = User.objects.create_user(
        username=email, email=email, password=password, first_name=first, last_name=last
    )
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    populate(user)
    return user


@transaction.atomic
def populate(user: Any) -> None:
    """Add the sample job search to an account, marked as sample data."""
    own_companies = set(Company.objects.filter(user=user).values_list("pk", flat=True))
    own_people = set(Person.objects.filter(user=user).values_list("pk", flat=True))
    today = timezone.localdate()
    now = timezone.now()

    for company, role, stage, location in OPEN_APPLICATIONS:
        application = create_application(
            user, company, role, location=location, applied_on=today - dt.timedelta(days=12)
        )
        move_to_stage(application, stage)

    for company, role, stage, days_ago, would_work, people in REJECTIONS:
        application = create_application(
            user, company, role, applied_on=today - dt.timedelta(days=days_ago + 30)
        )
        if people:
            add_interview(
                application,
                today - dt.timedelta(days=days_ago + 7),
                "video",
                "Friendly panel. They asked about a project I was proud of.",
                people,
                stage=stage,
            )
        else:
            move_to_stage(application, stage)
        rejection = record_rejection(
            application,
            received_on=today - dt.timedelta(days=days_ago),
            channel="email",
            message_text="Thank you for your time. We have decided to move forward with "
            "another candidate whose experience more closely matches our needs.",
            would_work_there=would_work,
            future_interest=would_work,
        )
        _shift_plan(rejection.plan, days_ago)
        # A recent plan keeps one step waiting from yesterday, as happens in real life.
        waiting: set[str] = {Step.Kind.MENTOR.value} if days_ago < 10 else set()
        _settle_past_steps(rejection.plan, today, now, waiting)

    Person.objects.create(
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
        person=Person.objects.get(user=user, name="Dana Li"),
        kind=Interaction.Kind.CALL,
        happened_at=now - dt.timedelta(days=21),
        summary="Coffee call: talked about moving towards analytics engineering",
    )
    assert Application.objects.filter(user=user, outcome=Outcome.REJECTED).count() >= 4
    populate_demo(user)
    Company.objects.filter(user=user).exclude(pk__in=own_companies).update(is_sample=True)
    Person.objects.filter(user=user).exclude(pk__in=own_people).update(is_sample=True)


def has_sample_data(user: Any) -> bool:
    return Company.objects.filter(user=user, is_sample=True).exists()


@transaction.atomic
def clear_sample_data(user: Any) -> None:
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
            note.status = ThankYouNote.Status.SENT
            note.sent_at = when
            note.save(update_fields=["status", "sent_at"])
            Interaction.objects.create(
                user=plan.user,
                person=step.person,
                kind=Interaction.Kind.EMAIL,
                happened_at=when,
                summary=f"Sent a thank-you note: {note.subject}",
            )
        _finish(step, min(when, now))

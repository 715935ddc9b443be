"""How other apps change the pipeline: small functions, each one transaction."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone

from onward.people.models import Company, Interaction, Person, Relationship

# company_named moved to people with Company; this name stays for old imports.
from onward.people.services import company_named as company_named

from .models import (
    Application,
    Interview,
    InterviewPanel,
    Outcome,
    Rejection,
    Stage,
    StageChange,
)
from .signals import rejection_recorded


@transaction.atomic
def create_application(user: User, company_name: str, role: str, **fields: Any) -> Application:
    company = company_named(user, company_name)
    stage = fields.pop("stage", Stage.APPLIED)
    application = Application.objects.create(
        user=user, company=company, role=role, stage=stage, furthest_stage=stage, **fields
    )
    StageChange.objects.create(application=application, stage=stage, note="Added to Onward")
    return application


@transaction.atomic
def move_to_stage(application: Application, stage: str, note: str = "") -> None:
    if application.stage == stage:
        return
    application.stage = stage
    if Stage.rank(stage) > Stage.rank(application.furthest_stage):
        application.furthest_stage = stage
    application.save(update_fields=["stage", "furthest_stage"])
    StageChange.objects.create(
        application=application, stage=stage, outcome=application.outcome, note=note
    )


@dataclass(frozen=True)
class InterviewerInput:
    name: str
    title: str = ""
    email: str = ""
    topics: str = ""


@transaction.atomic
def add_interview(
    application: Application,
    held_on: dt.date,
    kind: str,
    notes: str,
    interviewers: Iterable[InterviewerInput],
    stage: str = Stage.INTERVIEW,
) -> Interview:
    interview = Interview.objects.create(
        application=application, held_on=held_on, kind=kind, notes=notes, stage=stage
    )
    user = application.user
    for given in interviewers:
        person = _find_or_create_person(user, application.company, given)
        InterviewPanel.objects.create(interview=interview, person=person, topics=given.topics)
        Interaction.objects.create(
            user=user,
            person=person,
            kind=Interaction.Kind.INTERVIEW,
            happened_at=timezone.make_aware(dt.datetime.combine(held_on, dt.time(12))),
            summary=f"Interviewed you for {application.role}",
        )
    if Stage.rank(stage) > Stage.rank(application.stage):
        move_to_stage(application, stage, note=f"Interview on {held_on:%d %b %Y}")
    return interview


def _find_or_create_person(user: User, company: Company, given: InterviewerInput) -> Person:
    people = Person.objects.filter(user=user)
    match = None
    if given.email:
        match = people.filter(email__iexact=given.email).first()
    if match is None:
        match = people.filter(name__iexact=given.name.strip(), company=company).first()
    if match is not None:
        changed = [f for f in ("title", "email") if getattr(given, f) and not getattr(match, f)]
        for field in changed:
            setattr(match, field, getattr(given, field))
        if changed:
            match.save(update_fields=changed)
        return match
    return Person.objects.create(
        user=user,
        name=" ".join(given.name.split()),
        title=given.title,
        email=given.email,
        company=company,
        relationship=Relationship.INTERVIEWER,
        how_we_met=f"Interviewed you at {company.name}",
    )


def interviewers_of(application: Application) -> list[Person]:
    """Everyone who interviewed the user for this application, first meeting first."""
    seen: dict[int, Person] = {}
    panels = (
        InterviewPanel.objects.filter(interview__application=application)
        .select_related("person")
        .order_by("interview__held_on", "pk")
    )
    for panel in panels:
        seen.setdefault(panel.person_id, panel.person)
    return list(seen.values())


def topics_with(application: Application, person: Person) -> str:
    """What was discussed with this person: their own topics first, else the interview notes."""
    panels = InterviewPanel.objects.filter(
        interview__application=application, person=person
    ).select_related("interview")
    for panel in panels:
        if panel.topics.strip():
            return panel.topics
    for panel in panels:
        if panel.interview.notes.strip():
            return panel.interview.notes
    return ""


@transaction.atomic
def record_rejection(application: Application, **fields: Any) -> Rejection:
    """Close the application as rejected. Receivers of `rejection_recorded` (plans builds
    the aftercare plan) run in this transaction: if one fails, the rejection is not saved."""
    stage_reached = fields.pop("stage_reached", "") or application.furthest_stage
    rejection = Rejection.objects.create(
        user=application.user, application=application, stage_reached=stage_reached, **fields
    )
    if Stage.rank(stage_reached) > Stage.rank(application.furthest_stage):
        application.furthest_stage = stage_reached
    application.stage = stage_reached
    application.outcome = Outcome.REJECTED
    application.save(update_fields=["stage", "furthest_stage", "outcome"])
    StageChange.objects.create(
        application=application,
        stage=stage_reached,
        outcome=Outcome.REJECTED,
        note=f"Heard back on {rejection.received_on:%d %b %Y}",
    )
    rejection_recorded.send(sender=Rejection, rejection=rejection)
    return rejection

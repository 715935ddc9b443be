"""Debriefs: written after a rejection, read together as patterns."""

from __future__ import annotations

from django.contrib.auth.models import User
from django.db import transaction

from onward.pipeline.models import Rejection
from onward.plans.models import Step
from onward.plans.services import mark_done

from .models import Debrief
from .patterns import DebriefFacts, Patterns, RejectionFacts, find_patterns


def facts(user: User) -> tuple[list[DebriefFacts], list[RejectionFacts]]:
    debriefs = [
        DebriefFacts(
            when=d.rejection.received_on,
            written=d.created_at,
            stage=d.stage_reached,
            ratings=d.ratings,
            questions=d.question_list,
        )
        for d in Debrief.objects.filter(user=user).select_related("rejection")
    ]
    rejections = [
        RejectionFacts(when=r.received_on, stage=r.stage_reached)
        for r in Rejection.objects.filter(user=user)
    ]
    return debriefs, rejections


def patterns_for(user: User) -> Patterns:
    return find_patterns(*facts(user))


def open_step(rejection: Rejection, kind: str) -> Step | None:
    """The plan's open step of this kind for the rejection, if it has one."""
    return (
        Step.objects.filter(plan__rejection=rejection, kind=kind, state=Step.State.OPEN)
        .order_by("due_on", "pk")
        .first()
    )


@transaction.atomic
def finish(debrief: Debrief) -> None:
    """A saved debrief finishes the plan's reflect step, however the user got here."""
    step = debrief.step if debrief.step and debrief.step.state == Step.State.OPEN else None
    step = step or open_step(debrief.rejection, Step.Kind.REFLECT)
    if step is not None:
        mark_done(step)


def recent(user: User, count: int = 3) -> list[Debrief]:
    return list(
        Debrief.objects.filter(user=user)
        .select_related("rejection__application__company")
        .order_by("-rejection__received_on", "-created_at")[:count]
    )

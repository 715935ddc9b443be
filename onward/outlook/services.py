"""How pages and the API record a check-in: one transaction, the pause step done with it."""

from __future__ import annotations

from django.contrib.auth.models import User
from django.db import transaction

from onward.plans.models import Step
from onward.plans.services import mark_done

from .models import MoodCheckIn


@transaction.atomic
def record_checkin(user: User, mood: int, words: str, step: Step | None = None) -> MoodCheckIn:
    entry = MoodCheckIn.objects.create(
        user=user, mood=mood, words=words, rejection=step.plan.rejection if step else None
    )
    if step and step.state == Step.State.OPEN:
        mark_done(step)
    return entry

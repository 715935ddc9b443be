"""Demo data for outlook: a few weeks of check-ins and one silver lining."""

from __future__ import annotations

import datetime as dt

from django.contrib.auth.models import User
from django.utils import timezone

from onward.pipeline.seed import Seed
from onward.plans.models import Step

from .models import MoodCheckIn, Reframe

# (days ago, mood, words): a bumpy road that trends up, as it usually does.
CHECKINS: list[tuple[int, int, str]] = [
    (34, 2, "Gutted about Quillon"),
    (31, 2, ""),
    (27, 3, "Better after a long walk"),
    (22, 3, ""),
    (17, 4, "Coffee with Dana helped"),
    (12, 3, "Fernwood said no"),
    (9, 4, ""),
    (5, 4, "Started the forecasting project"),
    (2, 3, "Tired, but fine"),
]


def populate(user: User, seed: Seed) -> None:
    now = timezone.now()
    rejections = sorted(seed.rejections.values(), key=lambda rejection: rejection.received_on)
    for days, mood, words in CHECKINS:
        when = now - dt.timedelta(days=days)
        # Tied to the news just before it, so clearing the sample data takes these too.
        near = [r for r in rejections if r.received_on <= when.date()] or rejections[:1]
        MoodCheckIn.objects.create(
            user=user,
            mood=mood,
            words=words,
            rejection=near[-1] if near else None,
            is_sample=True,
            created_at=when,
        )
    quillon = seed.rejections["quillon"]
    step = quillon.plan.steps.get(kind=Step.Kind.SILVER_LINING)
    Reframe.objects.create(
        user=user,
        rejection=quillon,
        step=step,
        what_happened="I heard back from Quillon about the Junior Data Scientist role. "
        "Not this time; I got as far as the interviews.",
        first_thought="Maybe I'm not cut out for data science.",
        doors=[Reframe.Door.BETTER_CV, Reframe.Door.SKILL],
        door_detail="Forecasting came up in every conversation. A small forecasting project "
        "would make my CV much stronger for roles like this.",
        balanced="I reached the interviews for a role that was a stretch. Sam liked how I "
        "approached the problem; what I lacked was practice with time series, and that "
        "can be learned.",
        next_step="Build a small demand-forecasting notebook",
        next_step_due=timezone.localdate() + dt.timedelta(days=2),
        created_at=now - dt.timedelta(days=13),
    )

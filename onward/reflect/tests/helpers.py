"""Builders for reflect's tests: debriefs with known ratings, requests and their links,
and inventory answers that favour given strengths."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.utils import timezone

from onward.people.models import Person, Relationship
from onward.pipeline.models import Rejection, Stage
from onward.test import rejected_application

from ..debriefs.dimensions import KEYS
from ..debriefs.patterns import DebriefFacts
from ..mentoring.services import create_share
from ..models import Debrief, MentorRequest, Share
from ..strengths.inventory import ITEMS

PDF = b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"


def facts(
    days_ago: int, stage: str = Stage.INTERVIEW, questions: tuple[str, ...] = (), **ratings: int
) -> DebriefFacts:
    """A debrief's facts: every rating 4 unless given."""
    when = dt.date(2026, 3, 1) - dt.timedelta(days=days_ago)
    written = dt.datetime(2026, 3, 1, 12, tzinfo=dt.UTC) - dt.timedelta(days=days_ago)
    return DebriefFacts(when, written, stage, {k: ratings.get(k, 4) for k in KEYS}, questions)


def debrief(user: Any, rejection: Rejection | None = None, **fields: Any) -> Debrief:
    rejection = rejection or rejected_application(user, [], company=f"Co {Debrief.objects.count()}")
    values: dict[str, Any] = {k: 4 for k in KEYS}
    values.update(fields)
    values.setdefault("stage_reached", rejection.stage_reached)
    return Debrief.objects.create(user=user, rejection=rejection, **values)


def mentor(user: Any, name: str = "Dana Li", email: str = "dana@example.org") -> Person:
    return Person.objects.create(
        user=user, name=name, email=email, relationship=Relationship.MENTOR
    )


def request_for(user: Any, **fields: Any) -> MentorRequest:
    person = fields.pop("mentor", None) or mentor(user)
    values: dict[str, Any] = {
        "mentor": person,
        "mentor_name": person.name,
        "message": "Hi Dana,\n\nCould I ask your advice on my stories?\n\nThanks,\nAlice",
    }
    values.update(fields)
    return MentorRequest.objects.create(user=user, **values)


def shared(user: Any, days: int = 30, **fields: Any) -> tuple[MentorRequest, Share, str]:
    ask = request_for(user, **fields)
    share, token = create_share(ask, days)
    return ask, share, token


def expire(share: Share) -> None:
    Share.objects.filter(pk=share.pk).update(expires_at=timezone.now() - dt.timedelta(seconds=1))


def favouring(*keys: str, value: int = 5, rest: int = 3) -> dict[str, int]:
    """Answers that agree fully with the given strengths, keyed the right way round."""
    answers = {}
    for item in ITEMS:
        agree = value if item.strength in keys else rest
        answers[item.id] = 6 - agree if item.reverse else agree
    return answers

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.db import connection
from django.utils import timezone

from onward.people.models import Interaction, Person
from onward.pipeline.models import Outcome, Rejection, Stage
from onward.pipeline.services import (
    InterviewerInput,
    add_interview,
    create_application,
    interviewers_of,
    move_to_stage,
    record_rejection,
)
from onward.pipeline.signals import rejection_recorded
from onward.test import PRIYA, rejected_application

pytestmark = pytest.mark.django_db


def test_rejection_keeps_the_furthest_stage_reached(alice: Any) -> None:
    rejection = rejected_application(alice, stage=Stage.FINAL)
    application = rejection.application
    application.refresh_from_db()
    assert application.outcome == Outcome.REJECTED
    assert application.furthest_stage == Stage.FINAL
    assert [(c.stage, c.outcome) for c in application.history.all()] == [
        (Stage.FINAL, Outcome.OPEN),
        (Stage.FINAL, Outcome.REJECTED),
    ]
    assert application.history.last().outcome == Outcome.REJECTED  # type: ignore[union-attr]


def test_moving_back_a_stage_does_not_lower_the_furthest_stage(alice: Any) -> None:
    application = create_application(alice, "Acme", "Analyst", stage=Stage.INTERVIEW)
    move_to_stage(application, Stage.SCREEN)
    assert application.furthest_stage == Stage.INTERVIEW
    assert application.history.count() == 2


def test_same_company_name_is_reused_whatever_its_case(alice: Any) -> None:
    first = create_application(alice, "Acme", "Analyst")
    second = create_application(alice, "  acme ", "Engineer")
    assert first.company_id == second.company_id


def test_interviewers_become_people_once_and_log_the_interview(alice: Any) -> None:
    application = create_application(alice, "Acme", "Analyst")
    day = timezone.localdate() - dt.timedelta(days=3)
    add_interview(application, day, "video", "", [PRIYA])
    add_interview(
        application,
        day,
        "onsite",
        "",
        [InterviewerInput("priya raman", email="PRIYA@acme.example")],
    )
    assert Person.objects.filter(user=alice).count() == 1
    assert interviewers_of(application)[0].name == "Priya Raman"
    assert Interaction.objects.filter(user=alice, kind="interview").count() == 2


def test_a_rejection_with_no_stage_given_uses_the_furthest_stage(alice: Any) -> None:
    application = create_application(alice, "Acme", "Analyst", stage=Stage.SCREEN)
    rejection = record_rejection(application, received_on=timezone.localdate(), stage_reached="")
    assert rejection.stage_reached == Stage.SCREEN


def test_recording_a_rejection_tells_listeners_inside_its_transaction(alice: Any) -> None:
    application = create_application(alice, "Acme", "Analyst")
    heard: list[tuple[Any, bool]] = []

    def listener(sender: Any, rejection: Rejection, **kwargs: Any) -> None:
        saved = Rejection.objects.filter(pk=rejection.pk).exists()
        heard.append((rejection, saved and connection.in_atomic_block))

    rejection_recorded.connect(listener)
    try:
        rejection = record_rejection(application, received_on=timezone.localdate())
    finally:
        rejection_recorded.disconnect(listener)

    assert heard == [(rejection, True)]

"""Ids that travel in a query string or a form, where the walk over the URLconf
(onward/tests/isolation) cannot see them: another user's step, rejection, mentor or
debrief is refused, and nothing is made from it."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from onward.plans.models import Step
from onward.test import PRIYA, rejected_application

from ..models import Debrief, MentorRequest, Share
from .helpers import debrief, request_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def alices(alice: Any) -> dict[str, int]:
    rejection = rejected_application(alice, [PRIYA])
    return {
        "rejection": rejection.pk,
        "mentor_step": rejection.plan.steps.get(kind=Step.Kind.MENTOR).pk,
        "reflect_step": rejection.plan.steps.get(kind=Step.Kind.REFLECT).pk,
        "debrief": debrief(alice, rejection).pk,
        "request": request_for(alice, rejection=rejection).pk,
    }


def snapshot() -> list[Any]:
    return [
        list(model.objects.order_by("pk").values())
        for model in (Debrief, MentorRequest, Share, Step)
    ]


FORM = {"message": "Hi", "days": "30", "new_mentor_name": "Bob's mentor", "share": "1"}


def test_another_users_step_or_rejection_cannot_seed_a_request(
    alices: dict[str, int], bob_client: Client
) -> None:
    before = snapshot()
    new = reverse("reflect:mentor_request_new")
    assert bob_client.get(new + f"?step={alices['mentor_step']}").status_code == 404
    assert bob_client.get(new + f"?rejection={alices['rejection']}").status_code == 404
    assert bob_client.post(new + f"?step={alices['mentor_step']}", FORM).status_code == 404
    assert bob_client.post(new, {**FORM, "rejection": alices["rejection"]}).status_code == 404
    assert snapshot() == before


def test_another_users_step_cannot_be_debriefed_through_his_own_rejection(
    alices: dict[str, int], bob: Any, bob_client: Client
) -> None:
    bobs = rejected_application(bob, [])
    url = reverse("reflect:debrief_new", args=[bobs.pk]) + f"?step={alices['reflect_step']}"
    assert bob_client.get(url).status_code == 404
    assert bob_client.post(url, {"stage_reached": "final"}).status_code == 404
    assert not Debrief.objects.filter(user=bob).exists()


def test_another_users_mentor_cannot_be_chosen(
    alice: Any, alices: dict[str, int], bob_client: Client
) -> None:
    dana = MentorRequest.objects.get().mentor
    assert dana is not None
    response = bob_client.post(
        reverse("reflect:mentor_request_new"), {"mentor": dana.pk, "message": "Hi", "days": 30}
    )
    assert "Add your mentor" in response.content.decode()
    assert MentorRequest.objects.count() == 1
    check = bob_client.post(
        reverse("reflect:mentor_tone_check"), {"mentor": dana.pk, "message": "Hi"}
    )
    assert "Dana" not in check.content.decode()


def test_another_users_debriefs_cannot_be_shared(
    alice: Any, bob: Any, alices: dict[str, int], bob_client: Client
) -> None:
    response = bob_client.post(
        reverse("reflect:mentor_request_new"),
        {"new_mentor_name": "Sam", "message": "Hi Sam", "days": 30,
         "debriefs": [alices["debrief"]]},
    )  # fmt: skip
    assert "Select a valid choice" in response.content.decode()
    assert not MentorRequest.objects.filter(user=bob).exists()

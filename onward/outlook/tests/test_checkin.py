from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from onward.outlook.models import MoodCheckIn
from onward.plans.models import Step
from onward.test import PRIYA, rejected_application

pytestmark = pytest.mark.django_db


def test_checking_in_from_the_pause_step_saves_the_mood_and_finishes_the_step(
    alice: Any, alice_client: Client
) -> None:
    step = rejected_application(alice).plan.steps.get(kind="pause")
    response = alice_client.post(
        reverse("outlook:checkin"), {"mood": 2, "words": "Flat", "step": step.pk}
    )
    assert response["Location"] == step.plan.get_absolute_url()
    entry = MoodCheckIn.objects.get()
    assert (entry.user, entry.mood, entry.words, entry.rejection) == (
        alice,
        2,
        "Flat",
        step.plan.rejection,
    )
    step.refresh_from_db()
    assert step.state == "done"


def test_a_check_in_without_a_mood_asks_kindly_and_saves_nothing(alice_client: Client) -> None:
    response = alice_client.post(reverse("outlook:checkin"), {"words": "tired"})
    assert "Pick the one closest to how you feel." in response.content.decode()
    assert not MoodCheckIn.objects.exists()


def test_mood_outside_one_to_five_is_refused(alice_client: Client) -> None:
    alice_client.post(reverse("outlook:checkin"), {"mood": 9})
    assert not MoodCheckIn.objects.exists()


def test_the_form_offers_five_moods_and_no_blank(alice_client: Client) -> None:
    page = alice_client.get(reverse("outlook:checkin")).content.decode()
    assert page.count('type="radio"') == 5
    assert "Select an option" not in page


def test_another_users_step_in_the_old_check_in_address_is_refused(
    alice: Any, bob_client: Client
) -> None:
    # The step travels in the query string and the form here, not in the path, so the
    # walk over the URLconf (onward/tests/isolation) cannot see it.
    pause = rejected_application(alice, [PRIYA]).plan.steps.get(kind=Step.Kind.PAUSE).pk
    old = reverse("outlook:checkin") + f"?step={pause}"
    assert bob_client.get(old, follow=True).status_code == 404
    assert bob_client.post(old, {"mood": 3, "step": pause}).status_code == 404
    assert not MoodCheckIn.objects.exists()
    assert Step.objects.get(pk=pause).state == Step.State.OPEN

"""The plan's reflect step opens a debrief; saving it finishes the step."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from onward.plans.models import Step
from onward.reflect.tests.helpers import debrief
from onward.test import PRIYA, rejected_application

from ..dimensions import KEYS
from ..models import Debrief

pytestmark = pytest.mark.django_db


def answers(**overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {k: 4 for k in KEYS}
    data.update(
        stage_reached="interview",
        questions="Why do you want to work here?\nTell me about a dashboard you built.",
        went_well="The SQL exercise.",
        differently="Prepare a story about a disagreement.",
    )
    data.update(overrides)
    return data


def test_the_reflect_step_opens_a_new_debrief_for_its_rejection(
    alice: Any, alice_client: Client
) -> None:
    rejection = rejected_application(alice, [PRIYA])
    step = rejection.plan.steps.get(kind=Step.Kind.REFLECT)
    assert step.action_label == "Reflect"
    opened = alice_client.get(reverse("plans:step_open", args=[step.pk]))
    assert opened["Location"] == reverse("reflect:debrief_for_step", args=[step.pk])
    to_form = alice_client.get(opened["Location"])
    assert (
        to_form["Location"]
        == reverse("reflect:debrief_new", args=[rejection.pk]) + f"?step={step.pk}"
    )
    page = alice_client.get(to_form["Location"]).content.decode()
    assert "How did it go?" in page
    assert f'name="step" value="{step.pk}"' in page


def test_saving_the_debrief_finishes_the_step(alice: Any, alice_client: Client) -> None:
    rejection = rejected_application(alice, [PRIYA])
    step = rejection.plan.steps.get(kind=Step.Kind.REFLECT)
    url = reverse("reflect:debrief_new", args=[rejection.pk])
    response = alice_client.post(url, answers(stories=2, step=step.pk))
    saved = Debrief.objects.get(rejection=rejection)
    assert response["Location"] == saved.get_absolute_url()
    assert (saved.user, saved.step, saved.stories) == (alice, step, 2)
    assert saved.question_list == [
        "Why do you want to work here?",
        "Tell me about a dashboard you built.",
    ]
    step.refresh_from_db()
    assert step.state == Step.State.DONE
    page = alice_client.get(saved.get_absolute_url()).content.decode()
    assert "Tell stronger stories" in page
    assert "Ask a mentor for advice" in page


def test_a_debrief_written_without_the_step_still_finishes_it(
    alice: Any, alice_client: Client
) -> None:
    rejection = rejected_application(alice, [])
    alice_client.post(reverse("reflect:debrief_new", args=[rejection.pk]), answers())
    assert rejection.plan.steps.get(kind=Step.Kind.REFLECT).state == Step.State.DONE


def test_a_missing_rating_is_asked_for_kindly_and_nothing_is_saved(
    alice: Any, alice_client: Client
) -> None:
    rejection = rejected_application(alice, [])
    data = answers()
    del data["rapport"]
    data["clarity"] = 9
    response = alice_client.post(reverse("reflect:debrief_new", args=[rejection.pk]), data)
    page = response.content.decode()
    assert response.status_code == 200
    assert "Pick the number that feels closest" in page
    assert "Select a valid choice" in page
    assert not Debrief.objects.exists()
    assert rejection.plan.steps.get(kind=Step.Kind.REFLECT).state == Step.State.OPEN


def test_the_step_opens_the_written_debrief_the_second_time(
    alice: Any, alice_client: Client
) -> None:
    rejection = rejected_application(alice, [])
    written = debrief(alice, rejection)
    step = rejection.plan.steps.get(kind=Step.Kind.REFLECT)
    response = alice_client.get(reverse("reflect:debrief_for_step", args=[step.pk]))
    assert response["Location"] == reverse("reflect:debrief_edit", args=[written.pk])
    again = alice_client.get(reverse("reflect:debrief_new", args=[rejection.pk]))
    assert again["Location"] == reverse("reflect:debrief_edit", args=[written.pk])


def test_editing_a_debrief_keeps_one_per_rejection(alice: Any, alice_client: Client) -> None:
    written = debrief(alice)
    alice_client.post(reverse("reflect:debrief_edit", args=[written.pk]), answers(rapport=1))
    written.refresh_from_db()
    assert written.rapport == 1
    assert Debrief.objects.count() == 1


def test_a_step_from_another_rejection_cannot_be_attached(alice: Any, alice_client: Client) -> None:
    one = rejected_application(alice, [], company="One")
    other = rejected_application(alice, [], company="Other")
    step = other.plan.steps.get(kind=Step.Kind.REFLECT)
    url = reverse("reflect:debrief_new", args=[one.pk]) + f"?step={step.pk}"
    assert alice_client.get(url).status_code == 404


def test_deleting_a_debrief_takes_it_out_of_the_patterns(alice: Any, alice_client: Client) -> None:
    written = debrief(alice, stories=1)
    assert (
        "Tell stronger stories"
        in alice_client.get(reverse("reflect:reflect_patterns")).content.decode()
    )
    alice_client.post(reverse("reflect:debrief_delete", args=[written.pk]))
    assert not Debrief.objects.exists()
    page = alice_client.get(reverse("reflect:reflect_patterns")).content.decode()
    assert "Nothing to compare yet." in page


def test_the_overview_offers_rejections_still_waiting_for_a_debrief(
    alice: Any, alice_client: Client
) -> None:
    waiting = rejected_application(alice, [], company="Waiting Co")
    debrief(alice, rejected_application(alice, [], company="Done Co"))
    page = alice_client.get(reverse("reflect:reflect_home")).content.decode()
    assert reverse("reflect:debrief_new", args=[waiting.pk]) in page
    assert page.count("Write the debrief") == 1


def test_the_patterns_page_shows_focus_clusters_and_repeated_questions(
    alice: Any, alice_client: Client
) -> None:
    for _ in range(3):
        debrief(alice, stories=2, stage_reached="screen", questions="Why this company?")
    page = alice_client.get(reverse("reflect:reflect_patterns")).content.decode()
    assert "Your stories scored 2 or lower in all 3 of your debriefs." in page
    assert "Why this company?" in page
    assert "in 3 debriefs" in page
    # The stories bar is 2 of 5 long: 40%, a class rather than an inline style (CSP).
    assert '<span class="fill-8"></span>' in page

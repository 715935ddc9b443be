from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from onward.people.models import Person
from onward.pipeline.models import Application, Interview, Rejection
from onward.plans.models import AftercarePlan
from onward.test import ApplicationFactory

pytestmark = pytest.mark.django_db


def panel(rows: list[dict[str, str]], extra: int = 3) -> dict[str, Any]:
    data: dict[str, Any] = {
        "people-TOTAL_FORMS": str(max(extra, len(rows))),
        "people-INITIAL_FORMS": "0",
        "people-MIN_NUM_FORMS": "0",
        "people-MAX_NUM_FORMS": "12",
    }
    for index, row in enumerate(rows):
        for key, value in row.items():
            data[f"people-{index}-{key}"] = value
    return data


def test_recording_an_application_then_interview_then_rejection(alice_client: Client) -> None:
    response = alice_client.post(
        reverse("pipeline:application_new"),
        {"company": "Acme", "role": "Data Analyst", "stage": "applied"},
    )
    application = Application.objects.get()
    assert response["Location"] == application.get_absolute_url()

    day = (timezone.localdate() - dt.timedelta(days=4)).isoformat()
    response = alice_client.post(
        reverse("pipeline:interview_new", args=[application.pk]),
        {
            "held_on": day,
            "kind": "video",
            "stage": "final",
            "notes": "Case study",
            **panel(
                [
                    {
                        "name": "Priya Raman",
                        "title": "Manager",
                        "email": "p@acme.example",
                        "topics": "their move to dbt",
                    },
                    {"name": "Tom Okafor", "title": "Engineer", "email": "", "topics": ""},
                ]
            ),
        },
    )
    assert response.status_code == 302
    assert Person.objects.filter(user=application.user).count() == 2

    response = alice_client.post(
        reverse("pipeline:rejection_new", args=[application.pk]),
        {
            "received_on": timezone.localdate().isoformat(),
            "stage_reached": "final",
            "channel": "email",
            "would_work_there": "on",
            "future_interest": "on",
        },
    )
    plan = AftercarePlan.objects.get()
    assert response["Location"] == plan.get_absolute_url()
    page = alice_client.get(plan.get_absolute_url()).content.decode()
    assert "Thank Priya Raman" in page
    assert "Thank Tom Okafor" in page
    application.refresh_from_db()
    assert application.furthest_stage == "final"


def test_rejection_dated_in_the_future_is_refused_and_nothing_saved(
    alice: Any, alice_client: Client
) -> None:
    application = ApplicationFactory.create(user=alice)
    response = alice_client.post(
        reverse("pipeline:rejection_new", args=[application.pk]),
        {
            "received_on": (timezone.localdate() + dt.timedelta(days=3)).isoformat(),
            "stage_reached": "interview",
            "channel": "email",
        },
    )
    assert response.status_code == 200
    assert "hasn&#x27;t happened yet" in response.content.decode()
    assert not Rejection.objects.exists()
    assert not AftercarePlan.objects.exists()


def test_rejection_with_missing_fields_shows_errors(alice: Any, alice_client: Client) -> None:
    application = ApplicationFactory.create(user=alice)
    response = alice_client.post(reverse("pipeline:rejection_new", args=[application.pk]), {})
    assert response.status_code == 200
    assert response.context["form"].errors.keys() >= {"received_on", "stage_reached", "channel"}
    assert not Rejection.objects.exists()


def test_not_wanting_to_work_there_turns_off_future_interest(
    alice: Any, alice_client: Client
) -> None:
    application = ApplicationFactory.create(user=alice)
    alice_client.post(
        reverse("pipeline:rejection_new", args=[application.pk]),
        {
            "received_on": timezone.localdate().isoformat(),
            "stage_reached": "interview",
            "channel": "email",
            "future_interest": "on",
        },
    )
    rejection = Rejection.objects.get()
    assert rejection.future_interest is False
    assert not rejection.plan.steps.filter(kind="watch").exists()


def test_application_needs_company_and_role(alice_client: Client) -> None:
    response = alice_client.post(reverse("pipeline:application_new"), {"stage": "applied"})
    assert response.status_code == 200
    assert set(response.context["form"].errors) == {"company", "role"}
    assert not Application.objects.exists()


def test_interviewer_row_without_a_name_is_refused_and_nothing_saved(
    alice: Any, alice_client: Client
) -> None:
    application = ApplicationFactory.create(user=alice)
    response = alice_client.post(
        reverse("pipeline:interview_new", args=[application.pk]),
        {
            "held_on": timezone.localdate().isoformat(),
            "kind": "video",
            "stage": "interview",
            **panel([{"name": "", "email": "someone@acme.example"}]),
        },
    )
    assert response.status_code == 200
    assert "Add their name" in response.content.decode()
    assert not Interview.objects.exists()
    assert not Person.objects.exists()


def test_a_second_rejection_for_the_same_application_goes_to_the_plan(
    alice_client: Client, alice: Any
) -> None:
    from onward.test import rejected_application

    rejection = rejected_application(alice)
    response = alice_client.get(reverse("pipeline:rejection_new", args=[rejection.application.pk]))
    assert response["Location"] == rejection.plan.get_absolute_url()


def test_deleting_an_application_asks_first(alice: Any, alice_client: Client) -> None:
    application = ApplicationFactory.create(user=alice)
    page = alice_client.get(reverse("pipeline:application_delete", args=[application.pk]))
    assert "This can&#x27;t be undone." in page.content.decode()
    assert Application.objects.filter(pk=application.pk).exists()
    alice_client.post(reverse("pipeline:application_delete", args=[application.pk]))
    assert not Application.objects.filter(pk=application.pk).exists()

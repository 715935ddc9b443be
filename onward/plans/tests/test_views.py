from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from onward.test import rejected_application

pytestmark = pytest.mark.django_db


def test_marking_done_offers_an_undo_that_reopens_the_step(
    alice: Any, alice_client: Client
) -> None:
    step = rejected_application(alice).plan.steps.get(kind="reflect")
    page = alice_client.post(
        reverse("plans:step_done", args=[step.pk]), {"next": "/today/"}, follow=True
    )
    html = page.content.decode()
    assert "Done: Reflect on how it went" in html
    assert reverse("plans:step_undo", args=[step.pk]) in html
    alice_client.post(reverse("plans:step_undo", args=[step.pk]))
    step.refresh_from_db()
    assert step.state == "open"


def test_skipping_keeps_the_reason_and_offers_undo(alice: Any, alice_client: Client) -> None:
    step = rejected_application(alice).plan.steps.get(kind="mentor")
    page = alice_client.post(
        reverse("plans:step_skip", args=[step.pk]), {"reason": "No mentor yet"}, follow=True
    )
    assert reverse("plans:step_undo", args=[step.pk]) in page.content.decode()
    step.refresh_from_db()
    assert (step.state, step.skip_reason) == ("skipped", "No mentor yet")


def test_a_too_long_skip_reason_is_refused_and_the_step_stays_open(
    alice: Any, alice_client: Client
) -> None:
    step = rejected_application(alice).plan.steps.get(kind="mentor")
    page = alice_client.post(
        reverse("plans:step_skip", args=[step.pk]), {"reason": "x" * 301}, follow=True
    )
    assert "under 300 characters" in page.content.decode()
    step.refresh_from_db()
    assert step.state == "open"


def test_next_cannot_send_the_user_to_another_site(alice: Any, alice_client: Client) -> None:
    step = rejected_application(alice).plan.steps.get(kind="reflect")
    response = alice_client.post(
        reverse("plans:step_snooze", args=[step.pk]), {"next": "https://evil.example/"}
    )
    assert response["Location"] == step.plan.get_absolute_url()


def test_htmx_requests_get_the_step_fragment(alice: Any, alice_client: Client) -> None:
    step = rejected_application(alice).plan.steps.get(kind="reflect")
    response = alice_client.post(reverse("plans:step_done", args=[step.pk]), HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    assert f'id="step-{step.pk}"' in response.content.decode()


def test_new_account_sees_the_welcome_with_two_paths(alice_client: Client) -> None:
    html = alice_client.get(reverse("plans:today")).content.decode()
    assert "I just got a rejection" in html
    assert "Show me around with demo data" in html


def test_show_me_around_adds_sample_data_that_can_be_cleared(
    alice: Any, alice_client: Client
) -> None:
    from onward.pipeline.models import Application
    from onward.test import ApplicationFactory

    own = ApplicationFactory.create(user=alice)
    alice_client.post(reverse("demo:sample_data_add"))
    assert Application.objects.filter(user=alice).count() > 5
    html = alice_client.get(reverse("plans:today")).content.decode()
    assert "Thank Priya Raman" in html
    confirm = alice_client.get(reverse("demo:sample_data_clear"))
    assert "Clear the sample data?" in confirm.content.decode()
    alice_client.post(reverse("demo:sample_data_clear"))
    assert list(Application.objects.filter(user=alice)) == [own]


def test_the_guided_path_goes_from_job_to_people_to_the_news(alice_client: Client) -> None:
    from onward.pipeline.models import Application

    response = alice_client.post(
        reverse("pipeline:application_new") + "?then=rejection",
        {"company": "Acme", "role": "Analyst", "stage": "interview", "then": "rejection"},
    )
    application = Application.objects.get()
    assert (
        response["Location"]
        == reverse("pipeline:interview_new", args=[application.pk]) + "?then=rejection"
    )
    page = alice_client.get(response["Location"]).content.decode()
    assert "Skip this step" in page

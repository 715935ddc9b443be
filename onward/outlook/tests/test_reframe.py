"""The silver lining: a guided reframe, saved with its rejection, ending in one next step."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from onward.outlook.models import Reframe
from onward.pipeline.models import Rejection
from onward.plans.models import Step
from onward.test import rejected_application

pytestmark = pytest.mark.django_db


def answers(**changes: Any) -> dict[str, Any]:
    data = {
        "what_happened": "Heard back from Acme: not this time.",
        "first_thought": "I'll never get a data job.",
        "doors": ["better_cv", "better_fit"],
        "door_detail": "A role with more SQL and less reporting.",
        "balanced": "I reached the interviews. Priya liked my dbt project.",
        "next_step": "Rewrite my CV summary",
        "next_step_due": (timezone.localdate() + dt.timedelta(days=2)).isoformat(),
    }
    data.update(changes)
    return data


@pytest.fixture
def step(alice: Any) -> Step:
    return rejected_application(alice).plan.steps.get(kind="silver_lining")


def test_the_silver_lining_step_opens_a_reframe_for_its_rejection(
    step: Step, alice_client: Client
) -> None:
    response = alice_client.get(reverse("plans:step_open", args=[step.pk]), follow=True)
    assert response.redirect_chain[-1][0] == reverse("outlook:reframe_for_step", args=[step.pk])
    page = response.content.decode()
    assert "I heard back from Acme about the Data Analyst role" in page  # a neutral start
    assert "reject" not in page.lower()
    assert page.count('type="checkbox"') == len(Reframe.Door.choices)


def test_saving_the_reframe_links_it_and_finishes_the_step(
    alice: Any, step: Step, alice_client: Client
) -> None:
    response = alice_client.post(reverse("outlook:reframe_for_step", args=[step.pk]), answers())
    reframe = Reframe.objects.get()
    assert response["Location"] == reframe.get_absolute_url()
    assert (reframe.user, reframe.rejection, reframe.step) == (alice, step.plan.rejection, step)
    assert reframe.doors == ["better_cv", "better_fit"]
    step.refresh_from_db()
    assert step.state == "done"
    page = alice_client.get(reframe.get_absolute_url()).content.decode()
    assert "Rewrite my CV summary" in page and "A better CV" in page


@pytest.mark.parametrize(
    ("field", "message"),
    [
        ("balanced", "Try one kinder sentence"),
        ("next_step", "One small step makes this real"),
        ("what_happened", "A line or two about what happened"),
    ],
)
def test_the_needed_parts_are_asked_for_kindly(
    field: str, message: str, step: Step, alice_client: Client
) -> None:
    page = alice_client.post(
        reverse("outlook:reframe_for_step", args=[step.pk]), answers(**{field: ""})
    ).content.decode()
    assert message in page
    assert not Reframe.objects.exists()
    step.refresh_from_db()
    assert step.state == "open"


def test_a_next_step_in_the_past_is_refused(step: Step, alice_client: Client) -> None:
    past = (timezone.localdate() - dt.timedelta(days=5)).isoformat()
    page = alice_client.post(
        reverse("outlook:reframe_for_step", args=[step.pk]), answers(next_step_due=past)
    ).content.decode()
    assert "Pick today or a day ahead." in page
    assert not Reframe.objects.exists()


def test_an_unknown_door_is_refused(step: Step, alice_client: Client) -> None:
    alice_client.post(
        reverse("outlook:reframe_for_step", args=[step.pk]), answers(doors=["lottery"])
    )
    assert not Reframe.objects.exists()


def test_opening_the_step_again_edits_the_same_reframe(step: Step, alice_client: Client) -> None:
    url = reverse("outlook:reframe_for_step", args=[step.pk])
    alice_client.post(url, answers())
    assert "Rewrite my CV summary" in alice_client.get(url).content.decode()
    alice_client.post(url, answers(next_step="Ask Dana about roles"))
    assert Reframe.objects.get().next_step == "Ask Dana about roles"


def test_the_reframe_only_opens_from_a_silver_lining_step(alice: Any, alice_client: Client) -> None:
    other = rejected_application(alice).plan.steps.get(kind="reflect")
    assert alice_client.get(reverse("outlook:reframe_for_step", args=[other.pk])).status_code == 404


def test_the_next_step_is_on_today_when_due_and_leaves_when_done(
    step: Step, alice_client: Client
) -> None:
    today = timezone.localdate().isoformat()
    alice_client.post(
        reverse("outlook:reframe_for_step", args=[step.pk]), answers(next_step_due=today)
    )
    reframe = Reframe.objects.get()
    assert 'data-kind="next-step"' in alice_client.get(reverse("plans:today")).content.decode()
    alice_client.post(reverse("outlook:reframe_step_done", args=[reframe.pk]))
    reframe.refresh_from_db()
    assert reframe.next_step_done
    assert 'data-kind="next-step"' not in alice_client.get(reverse("plans:today")).content.decode()
    alice_client.post(reverse("outlook:reframe_step_undo", args=[reframe.pk]))
    reframe.refresh_from_db()
    assert not reframe.next_step_done


def test_a_later_next_step_waits_for_its_day(step: Step, alice_client: Client) -> None:
    alice_client.post(reverse("outlook:reframe_for_step", args=[step.pk]), answers())
    assert 'data-kind="next-step"' not in alice_client.get(reverse("plans:today")).content.decode()


def test_a_new_next_step_is_a_fresh_to_do(step: Step, alice_client: Client) -> None:
    url = reverse("outlook:reframe_for_step", args=[step.pk])
    alice_client.post(url, answers())
    reframe = Reframe.objects.get()
    alice_client.post(reverse("outlook:reframe_step_done", args=[reframe.pk]))
    alice_client.post(
        reverse("outlook:reframe_edit", args=[reframe.pk]), answers(next_step="Call Dana")
    )
    reframe.refresh_from_db()
    assert (reframe.next_step, reframe.next_step_done) == ("Call Dana", False)


def test_the_reframe_goes_with_its_application(step: Step, alice_client: Client) -> None:
    alice_client.post(reverse("outlook:reframe_for_step", args=[step.pk]), answers())
    Rejection.objects.get().application.delete()
    assert not Reframe.objects.exists()


def test_the_application_page_links_to_its_silver_lining(step: Step, alice_client: Client) -> None:
    alice_client.post(reverse("outlook:reframe_for_step", args=[step.pk]), answers())
    application = step.plan.rejection.application
    page = alice_client.get(application.get_absolute_url()).content.decode()
    assert Reframe.objects.get().get_absolute_url() in page

"""Every plan step opens its page at /steps/<pk>/<kind>/, and only for its owner and its kind.

The pages live in different apps (notes, outlook, reflect, people, watch); these tests hold
them all to one rule: 404 for a missing step and for a step of another kind. Another user's
step is a 404 like every other object of theirs: onward/tests/isolation.
"""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from onward.outlook.models import MoodCheckIn
from onward.plans.models import Step
from onward.plans.pages import slug
from onward.test import rejected_application

pytestmark = pytest.mark.django_db

# Each page, and the page the owner ends up on (some step pages forward to the work itself).
LANDS_ON: dict[str, str] = {
    Step.Kind.PAUSE: "outlook:checkin_for_step",
    Step.Kind.THANK: "notes:note_edit",
    Step.Kind.REFLECT: "reflect:debrief_new",
    Step.Kind.MENTOR: "reflect:mentor_request_new",
    Step.Kind.SILVER_LINING: "outlook:reframe_for_step",
    Step.Kind.STAY_IN_TOUCH: "keep_in_touch:stay_in_touch_for_step",
    Step.Kind.WATCH: "watch:watch_for_step",
    Step.Kind.STRENGTHS: "reflect:strengths_for_step",
    Step.Kind.MOVE_ON: "plans:move_on_for_step",
}


@pytest.fixture
def steps(alice: Any) -> dict[str, Step]:
    plan = rejected_application(alice).plan
    return {step.kind: step for step in plan.steps.order_by("-pk")}  # the first thank wins


def test_every_page_has_a_button_and_every_button_a_page() -> None:
    assert set(Step.PAGES) == set(Step.ACTION_LABELS) == set(LANDS_ON) == set(Step.Kind.values)


@pytest.mark.parametrize("kind", list(Step.PAGES))
def test_a_step_page_has_one_url_shape(kind: str) -> None:
    assert reverse(Step.PAGES[kind], args=[7]) == f"/steps/7/{slug(kind)}/"


@pytest.mark.parametrize("kind", list(Step.PAGES))
def test_opening_a_step_goes_to_its_kinds_page(
    kind: str, steps: dict[str, Step], alice_client: Client
) -> None:
    step = steps[kind]
    opened = alice_client.get(reverse("plans:step_open", args=[step.pk]))
    assert opened.status_code == 302
    assert opened["Location"] == f"/steps/{step.pk}/{slug(kind)}/"


def test_a_step_without_a_page_opens_its_plan(
    steps: dict[str, Step], alice_client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    step = steps[Step.Kind.MOVE_ON]
    monkeypatch.delitem(Step.PAGES, Step.Kind.MOVE_ON)
    monkeypatch.delitem(Step.ACTION_LABELS, Step.Kind.MOVE_ON)
    assert step.action_label == ""
    opened = alice_client.get(reverse("plans:step_open", args=[step.pk]))
    assert opened["Location"] == step.plan.get_absolute_url()


@pytest.mark.parametrize("kind", list(Step.PAGES))
def test_the_owner_of_a_step_of_the_right_kind_gets_its_page(
    kind: str, steps: dict[str, Step], alice_client: Client
) -> None:
    response = alice_client.get(reverse(Step.PAGES[kind], args=[steps[kind].pk]), follow=True)
    assert response.status_code == 200
    assert response.resolver_match.view_name == LANDS_ON[kind]


@pytest.mark.parametrize("kind", list(Step.PAGES))
def test_a_step_of_another_kind_is_404(
    kind: str, steps: dict[str, Step], alice_client: Client
) -> None:
    for other in Step.Kind.values:
        if other != kind:
            url = reverse(Step.PAGES[kind], args=[steps[other].pk])
            assert alice_client.get(url).status_code == 404, (kind, other)
            assert alice_client.post(url, {"mood": 4}).status_code == 404, (kind, other)
    assert not MoodCheckIn.objects.exists()
    assert not Step.objects.exclude(state=Step.State.OPEN).exists()


@pytest.mark.parametrize("kind", list(Step.PAGES))
def test_a_missing_step_is_404(kind: str, alice_client: Client) -> None:
    assert alice_client.get(reverse(Step.PAGES[kind], args=[999_999])).status_code == 404


OLD_ADDRESSES = [
    ("/steps/{pk}/note/", Step.Kind.THANK),
    ("/reflect/steps/{pk}/debrief/", Step.Kind.REFLECT),
    ("/reflect/steps/{pk}/mentor/", Step.Kind.MENTOR),
    ("/watch/steps/{pk}/", Step.Kind.WATCH),
    ("/checkin/?step={pk}", Step.Kind.PAUSE),
]


@pytest.mark.parametrize(("old", "kind"), OLD_ADDRESSES)
def test_an_old_step_address_redirects_permanently_to_the_new_one(
    old: str, kind: str, steps: dict[str, Step], alice_client: Client
) -> None:
    pk = steps[kind].pk
    response = alice_client.get(old.format(pk=pk))
    assert response.status_code == 301
    assert response["Location"] == f"/steps/{pk}/{slug(kind)}/"
    assert alice_client.get(response["Location"], follow=True).status_code == 200


def test_the_silver_lining_and_stay_in_touch_addresses_did_not_move(
    steps: dict[str, Step],
) -> None:
    for kind, path in [
        (Step.Kind.SILVER_LINING, "silver-lining"),
        (Step.Kind.STAY_IN_TOUCH, "stay-in-touch"),
    ]:
        pk = steps[kind].pk
        assert reverse(Step.PAGES[kind], args=[pk]) == f"/steps/{pk}/{path}/"


def test_checking_in_from_the_pause_step_finishes_it(
    alice: Any, steps: dict[str, Step], alice_client: Client
) -> None:
    step = steps[Step.Kind.PAUSE]
    response = alice_client.post(reverse("outlook:checkin_for_step", args=[step.pk]), {"mood": 2})
    assert response["Location"] == step.plan.get_absolute_url()
    step.refresh_from_db()
    assert step.state == Step.State.DONE
    assert MoodCheckIn.objects.get(user=alice).rejection == step.plan.rejection


def test_a_check_in_form_from_the_old_address_still_saves(
    alice: Any, steps: dict[str, Step], alice_client: Client
) -> None:
    step = steps[Step.Kind.PAUSE]
    url = reverse("outlook:checkin") + f"?step={step.pk}"
    response = alice_client.post(url, {"mood": 4, "step": step.pk})
    assert response["Location"] == step.plan.get_absolute_url()
    step.refresh_from_db()
    assert step.state == Step.State.DONE
    assert MoodCheckIn.objects.filter(user=alice).count() == 1


def test_a_plain_check_in_is_not_tied_to_a_step(
    alice: Any, steps: dict[str, Step], alice_client: Client
) -> None:
    response = alice_client.post(reverse("outlook:checkin"), {"mood": 4})
    assert response["Location"] == reverse("plans:today")
    assert MoodCheckIn.objects.get(user=alice).rejection is None
    assert not Step.objects.exclude(state=Step.State.OPEN).exists()


def test_a_debrief_or_mentor_request_cannot_take_a_step_of_another_kind(
    steps: dict[str, Step], alice_client: Client
) -> None:
    thank = steps[Step.Kind.THANK]
    debrief = reverse("reflect:debrief_new", args=[thank.plan.rejection.pk]) + f"?step={thank.pk}"
    assert alice_client.get(debrief).status_code == 404
    assert (
        alice_client.get(reverse("reflect:mentor_request_new") + f"?step={thank.pk}").status_code
        == 404
    )
    reflect, mentor = steps[Step.Kind.REFLECT], steps[Step.Kind.MENTOR]
    debrief = (
        reverse("reflect:debrief_new", args=[reflect.plan.rejection.pk]) + f"?step={reflect.pk}"
    )
    assert alice_client.get(debrief).status_code == 200
    assert (
        alice_client.get(reverse("reflect:mentor_request_new") + f"?step={mentor.pk}").status_code
        == 200
    )

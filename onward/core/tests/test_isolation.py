"""Every object URL refuses another user with a 404, for GET and POST alike."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from onward.notes.models import Note
from onward.notes.services import note_for_step
from onward.outlook.models import MoodCheckIn
from onward.plans.models import Step
from onward.test import PRIYA, rejected_application

pytestmark = pytest.mark.django_db


@pytest.fixture
def alices_things(alice: Any) -> dict[str, int]:
    rejection = rejected_application(alice, [PRIYA])
    step = rejection.plan.steps.get(kind="thank")
    note = note_for_step(step)
    return {
        "application": rejection.application.pk,
        "plan": rejection.plan.pk,
        "step": step.pk,
        "note": note.pk,
        "person": note.person.pk,
    }


OBJECT_URLS = [
    ("pipeline:application_detail", "application", "get"),
    ("pipeline:application_stage", "application", "post"),
    ("pipeline:application_delete", "application", "get"),
    ("pipeline:application_delete", "application", "post"),
    ("pipeline:interview_new", "application", "get"),
    ("pipeline:interview_new", "application", "post"),
    ("pipeline:rejection_new", "application", "get"),
    ("pipeline:rejection_new", "application", "post"),
    ("plans:plan_detail", "plan", "get"),
    ("plans:step_open", "step", "get"),
    ("plans:step_done", "step", "post"),
    ("plans:step_skip", "step", "post"),
    ("plans:step_snooze", "step", "post"),
    ("plans:step_undo", "step", "post"),
    ("notes:note_for_step", "step", "get"),
    ("notes:note_edit", "note", "get"),
    ("notes:note_edit", "note", "post"),
    ("notes:note_check", "note", "post"),
    ("notes:note_redraft", "note", "post"),
    ("notes:note_send", "note", "get"),
    ("notes:note_send", "note", "post"),
    ("notes:note_autosave", "note", "post"),
    ("notes:note_eml", "note", "get"),
    ("notes:note_eml", "note", "post"),
    ("notes:note_card", "note", "get"),
    ("notes:note_card", "note", "post"),
    ("notes:note_envelope", "note", "get"),
    ("notes:note_printed", "note", "post"),
    ("notes:note_mailed", "note", "post"),
    ("people:person_detail", "person", "get"),
    ("people:person_detail", "person", "post"),
    ("people:person_edit", "person", "get"),
    ("people:person_edit", "person", "post"),
    ("people:person_delete", "person", "get"),
    ("people:person_delete", "person", "post"),
]


@pytest.mark.parametrize(("name", "kind", "method"), OBJECT_URLS)
def test_another_user_gets_404(
    name: str, kind: str, method: str, alices_things: dict[str, int], bob_client: Client
) -> None:
    url = reverse(name, args=[alices_things[kind]])
    data = {"body": "Hi", "shape": "warm", "stage": "final", "summary": "x", "kind": "note"}
    response = getattr(bob_client, method)(url, data)
    assert response.status_code == 404


@pytest.mark.parametrize(("name", "kind", "method"), OBJECT_URLS)
def test_the_owner_is_let_in(
    name: str, kind: str, method: str, alices_things: dict[str, int], alice_client: Client
) -> None:
    url = reverse(name, args=[alices_things[kind]])
    response = getattr(alice_client, method)(url, {"theme": "potpourri", "format": "a6-postcard"})
    assert response.status_code in (200, 302)


def test_nothing_of_alices_changed_after_bobs_attempts(
    alices_things: dict[str, int], bob_client: Client
) -> None:
    for name, kind, method in OBJECT_URLS:
        getattr(bob_client, method)(reverse(name, args=[alices_things[kind]]), {"body": "pwned"})
    assert Step.objects.get(pk=alices_things["step"]).state == "open"
    assert Note.objects.get(pk=alices_things["note"]).body != "pwned"


def test_checkin_for_another_users_step_is_refused(
    alices_things: dict[str, int], bob_client: Client
) -> None:
    pause = Step.objects.get(plan=alices_things["plan"], kind=Step.Kind.PAUSE).pk
    page = reverse("outlook:checkin_for_step", args=[pause])
    assert bob_client.get(page).status_code == 404
    assert bob_client.post(page, {"mood": 3}).status_code == 404
    old = reverse("outlook:checkin") + f"?step={pause}"
    assert bob_client.get(old, follow=True).status_code == 404
    assert bob_client.post(old, {"mood": 3, "step": pause}).status_code == 404
    assert not MoodCheckIn.objects.exists()


@pytest.mark.parametrize(
    "name",
    [
        "plans:today",
        "pipeline:application_list",
        "pipeline:application_new",
        "people:person_list",
        "outlook:checkin",
        "core:settings",
    ],
)
def test_pages_need_a_signed_in_user(name: str, client: Client) -> None:
    response = client.get(reverse(name))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_lists_show_only_your_own(alices_things: dict[str, int], bob_client: Client) -> None:
    for name in ["plans:today", "pipeline:application_list", "people:person_list"]:
        body = bob_client.get(reverse(name)).content.decode()
        assert "Priya" not in body
        assert "Acme" not in body

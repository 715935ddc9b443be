"""Every reflect URL of an object refuses another user with a 404 and changes nothing;
the owner gets through."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from onward.plans.models import Step
from onward.test import PRIYA, rejected_application

from ..mentoring import services as mentoring
from ..models import ActionItem, Debrief, InventoryTake, MentorReply, MentorRequest, Share, Story
from ..strengths.scoring import as_record, score
from .helpers import debrief, favouring, request_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def alices(alice: Any) -> dict[str, int]:
    rejection = rejected_application(alice, [PRIYA])
    written = debrief(alice, rejection)
    ask = request_for(alice, rejection=rejection)
    share, _ = mentoring.create_share(ask)
    reply = mentoring.add_reply(share, "Dana", "Practise.")
    answers = favouring("planner")
    finished = InventoryTake.objects.create(
        user=alice, answers=answers, result=as_record(score(answers)), finished_at=timezone.now()
    )
    unfinished = InventoryTake.objects.create(user=alice)
    return {
        "rejection": rejection.pk,
        "reflect_step": rejection.plan.steps.get(kind=Step.Kind.REFLECT).pk,
        "mentor_step": rejection.plan.steps.get(kind=Step.Kind.MENTOR).pk,
        "debrief": written.pk,
        "request": ask.pk,
        "share": share.pk,
        "reply": reply.pk,
        "action": ActionItem.objects.create(
            user=alice, title="Practise", due_on=timezone.localdate()
        ).pk,
        "finished": finished.pk,
        "unfinished": unfinished.pk,
        "story": Story.objects.create(
            user=alice, title="Mine", situation="s", action="a", result="r"
        ).pk,
        "application": rejection.application.pk,
    }


OBJECT_URLS = [
    ("reflect:debrief_for_step", "reflect_step", "get"),
    ("reflect:debrief_new", "rejection", "get"),
    ("reflect:debrief_new", "rejection", "post"),
    ("reflect:debrief_detail", "debrief", "get"),
    ("reflect:debrief_edit", "debrief", "get"),
    ("reflect:debrief_edit", "debrief", "post"),
    ("reflect:debrief_delete", "debrief", "post"),
    ("reflect:mentor_for_step", "mentor_step", "get"),
    ("reflect:mentor_request_detail", "request", "get"),
    ("reflect:mentor_request_edit", "request", "get"),
    ("reflect:mentor_request_edit", "request", "post"),
    ("reflect:mentor_request_preview", "request", "get"),
    ("reflect:share_create", "request", "post"),
    ("reflect:mentor_request_delete", "request", "post"),
    ("reflect:share_revoke", "share", "post"),
    ("reflect:share_ready", "share", "get"),
    ("reflect:action_from_reply", "reply", "post"),
    ("reflect:action_done", "action", "post"),
    ("reflect:action_undo", "action", "post"),
    ("reflect:action_delete", "action", "post"),
    ("reflect:strengths_report", "finished", "get"),
    ("reflect:story_edit", "story", "get"),
    ("reflect:story_edit", "story", "post"),
    ("reflect:story_delete", "story", "post"),
    ("reflect:prep_sheet", "application", "get"),
    ("reflect:prep_pdf", "application", "get"),
]

FORM_DATA = {
    "title": "Bob's", "situation": "s", "action": "a", "result": "r", "message": "Hi",
    "days": "30", "due_on": "2099-01-01", "stage_reached": "final", "preparation": 1,
    "depth": 1, "stories": 1, "clarity": 1, "questions_asked": 1, "cv_fit": 1, "rapport": 1,
    "new_mentor_name": "Bob's mentor", "share": "1",
}  # fmt: skip


def snapshot() -> list[Any]:
    models = (Debrief, MentorRequest, Share, MentorReply, ActionItem, InventoryTake, Story, Step)
    return [list(model.objects.order_by("pk").values()) for model in models]


@pytest.mark.parametrize(("name", "kind", "method"), OBJECT_URLS)
def test_another_user_gets_404_and_nothing_changes(
    name: str, kind: str, method: str, alices: dict[str, int], bob_client: Client
) -> None:
    before = snapshot()
    response = getattr(bob_client, method)(reverse(name, args=[alices[kind]]), FORM_DATA)
    assert response.status_code == 404
    assert snapshot() == before


@pytest.mark.parametrize(("name", "kind", "method"), OBJECT_URLS)
def test_the_owner_is_let_in(
    name: str, kind: str, method: str, alices: dict[str, int], alice_client: Client
) -> None:
    response = getattr(alice_client, method)(reverse(name, args=[alices[kind]]), FORM_DATA)
    assert response.status_code in (200, 302)


@pytest.mark.parametrize("page", [1, 3])
def test_another_users_inventory_pages_are_404(
    page: int, alices: dict[str, int], bob_client: Client
) -> None:
    before = snapshot()
    url = reverse("reflect:strengths_page", args=[alices["unfinished"], page])
    assert bob_client.get(url).status_code == 404
    assert bob_client.post(url, {"later": "1"}).status_code == 404
    assert snapshot() == before


def test_another_users_step_or_rejection_cannot_seed_a_request(
    alices: dict[str, int], bob_client: Client
) -> None:
    before = snapshot()
    new = reverse("reflect:mentor_request_new")
    assert bob_client.get(new + f"?step={alices['mentor_step']}").status_code == 404
    assert bob_client.get(new + f"?rejection={alices['rejection']}").status_code == 404
    posted = bob_client.post(new + f"?step={alices['mentor_step']}", FORM_DATA)
    assert posted.status_code == 404
    assert snapshot() == before


def test_lists_and_overviews_show_only_your_own(
    alice: Any, alices: dict[str, int], bob_client: Client
) -> None:
    for name in (
        "reflect:reflect_home",
        "reflect:reflect_patterns",
        "reflect:action_list",
        "reflect:strengths_home",
        "reflect:story_list",
        "reflect:mentor_request_new",
    ):
        page = bob_client.get(reverse(name)).content.decode()
        assert "Dana" not in page, name
        assert "Practise" not in page, name
        assert "Mine" not in page, name
        assert "Acme" not in page, name
    assert "Dana" not in bob_client.get(reverse("plans:today")).content.decode()


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

"""Advice becomes action items with due dates, on Today, linked to a focus area whose
progress the patterns page tracks."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import time_machine
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from onward.reflect.tests.helpers import debrief, shared

from .. import services as mentoring
from ..models import ActionItem

pytestmark = pytest.mark.django_db


def advice(user: Any) -> Any:
    _, share, _ = shared(user)
    return mentoring.add_reply(share, "Dana Li", "Write three stories with numbers.")


def test_advice_becomes_an_action_item_linked_to_a_focus_area(
    alice: Any, alice_client: Client
) -> None:
    debrief(alice, stories=1)
    reply = advice(alice)
    due = timezone.localdate() + dt.timedelta(days=3)
    response = alice_client.post(
        reverse("reflect:action_from_reply", args=[reply.pk]),
        {"title": "Write three STAR stories", "due_on": due.isoformat(), "focus_key": "stories"},
    )
    assert response["Location"] == reply.request.get_absolute_url()
    item = ActionItem.objects.get()
    assert (item.user, item.reply, item.request, item.due_on) == (alice, reply, reply.request, due)
    assert (item.focus_key, item.focus_title) == ("stories", "Tell stronger stories")
    assert item.source == "From Dana's advice"


def test_a_due_action_item_is_on_today_and_leaves_when_done(
    alice: Any, alice_client: Client
) -> None:
    item = ActionItem.objects.create(
        user=alice, title="Rewrite my CV summary", due_on=timezone.localdate() + dt.timedelta(2)
    )
    assert "Rewrite my CV summary" not in alice_client.get(reverse("plans:today")).content.decode()
    with time_machine.travel(timezone.now() + dt.timedelta(days=2)):
        today = alice_client.get(reverse("plans:today")).content.decode()
        assert "Rewrite my CV summary" in today and "due today" in today
    with time_machine.travel(timezone.now() + dt.timedelta(days=4)):
        assert "from last" in alice_client.get(reverse("plans:today")).content.decode()
        alice_client.post(reverse("reflect:action_done", args=[item.pk]), follow=True)
        assert (
            "Rewrite my CV summary" not in alice_client.get(reverse("plans:today")).content.decode()
        )
    item.refresh_from_db()
    assert item.is_done
    alice_client.post(reverse("reflect:action_undo", args=[item.pk]))
    item.refresh_from_db()
    assert not item.is_done


def test_an_action_item_can_be_added_by_hand_and_not_for_the_past(
    alice: Any, alice_client: Client
) -> None:
    yesterday = timezone.localdate() - dt.timedelta(days=1)
    response = alice_client.post(
        reverse("reflect:action_new"), {"title": "Mock interview", "due_on": yesterday.isoformat()}
    )
    assert "Choose today or a day ahead." in response.content.decode()
    assert not ActionItem.objects.exists()
    alice_client.post(
        reverse("reflect:action_new"),
        {"title": "Mock interview", "due_on": timezone.localdate().isoformat()},
    )
    assert ActionItem.objects.get().title == "Mock interview"
    assert "Mock interview" in alice_client.get(reverse("plans:today")).content.decode()


def test_a_bad_action_from_a_reply_is_explained_and_not_saved(
    alice: Any, alice_client: Client
) -> None:
    reply = advice(alice)
    response = alice_client.post(
        reverse("reflect:action_from_reply", args=[reply.pk]),
        {"title": "", "due_on": "soon"},
        follow=True,
    )
    assert "This field is required." in response.content.decode()
    assert not ActionItem.objects.exists()


def test_the_patterns_page_shows_whether_later_debriefs_improved(
    alice: Any, alice_client: Client
) -> None:
    start = timezone.now()
    with time_machine.travel(start - dt.timedelta(days=20)):
        debrief(alice, stories=1)
    with time_machine.travel(start - dt.timedelta(days=10)):
        ActionItem.objects.create(
            user=alice,
            title="Practise stories out loud",
            due_on=timezone.localdate(),
            focus_key="stories",
            focus_title="Tell stronger stories",
        )
    page = alice_client.get(reverse("reflect:reflect_patterns")).content.decode()
    assert 'data-status="waiting"' in page
    debrief(alice, stories=4)
    page = alice_client.get(reverse("reflect:reflect_patterns")).content.decode()
    assert "Better: 4.0 in 1 debrief since, up from 1.0." in page
    assert "Better: 4.0" in alice_client.get(reverse("reflect:action_list")).content.decode()


def test_removing_an_action_item(alice: Any, alice_client: Client) -> None:
    item = ActionItem.objects.create(user=alice, title="x", due_on=timezone.localdate())
    alice_client.post(reverse("reflect:action_delete", args=[item.pk]))
    assert not ActionItem.objects.exists()

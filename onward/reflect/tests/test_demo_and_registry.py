"""Reflect plugs into the shared screens: step pages, Today, and the demo account."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from onward.demo.data import build_demo
from onward.plans.models import Step

from ..models import ActionItem, Debrief, InventoryTake, MentorReply, MentorRequest, Share, Story

pytestmark = pytest.mark.django_db


def test_the_reflect_and_mentor_steps_open_reflect_pages() -> None:
    assert Step.PAGES[Step.Kind.REFLECT] == "reflect:debrief_for_step"
    assert Step.PAGES[Step.Kind.MENTOR] == "reflect:mentor_for_step"


def test_the_demo_account_has_debriefs_a_mentor_reply_strengths_and_stories() -> None:
    user = build_demo("demo@example.com", "demo-pass-123")
    debriefs = Debrief.objects.filter(user=user)
    assert sorted(d.rejection.application.company.name for d in debriefs) == [
        "Fernwood Labs",
        "Quillon",
    ]
    ask = MentorRequest.objects.get(user=user)
    assert ask.mentor is not None and ask.mentor.name == "Dana Li"
    assert Share.objects.live().filter(request=ask).count() == 1
    assert MentorReply.objects.filter(request=ask).count() == 2
    assert InventoryTake.objects.filter(user=user, finished_at__isnull=False).count() == 1
    assert Story.objects.filter(user=user).count() == 3
    assert ActionItem.objects.filter(user=user, done_at__isnull=True).count() == 1
    # Acme's reflect step is left for the visitor to try.
    acme = Step.objects.get(
        plan__user=user,
        kind=Step.Kind.REFLECT,
        plan__rejection__application__company__name="Acme Analytics",
    )
    assert acme.state == Step.State.OPEN


def test_the_demo_today_shows_the_mentors_reply_and_a_due_action(client: Client) -> None:
    user = build_demo("demo@example.com", "demo-pass-123")
    client.force_login(user)
    page = client.get(reverse("plans:today")).content.decode()
    assert "Dana replied to your request for advice" in page
    assert "Prepare two questions about how the team works" in page
    patterns = client.get(reverse("reflect:reflect_patterns")).content.decode()
    assert "Better:" in patterns


def test_a_demo_reset_replaces_reflect_data_rather_than_doubling_it() -> None:
    build_demo("demo@example.com", "demo-pass-123")
    user: Any = build_demo("demo@example.com", "demo-pass-123")
    assert Debrief.objects.count() == 2
    assert Story.objects.filter(user=user).count() == 3

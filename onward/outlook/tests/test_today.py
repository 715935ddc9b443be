"""A gentle "how are you today?" on Today, and the mood check-in from there."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import time_machine
from django.test import Client
from django.urls import reverse

from onward.outlook.due import checkin_prompt
from onward.outlook.models import MoodCheckIn
from onward.plans.services import mark_done
from onward.test import rejected_application

pytestmark = pytest.mark.django_db
DAY0 = dt.datetime(2025, 4, 1, 9, tzinfo=dt.UTC)


def test_the_pause_step_asks_first_then_today_asks_each_day(alice: Any) -> None:
    with time_machine.travel(DAY0, tick=False):
        rejection = rejected_application(alice)
        assert checkin_prompt(alice, dt.date(2025, 4, 1)) == []  # the pause step asks today
        mark_done(rejection.plan.steps.get(kind="pause"))
    prompts = checkin_prompt(alice, dt.date(2025, 4, 2))
    assert [p.title for p in prompts] == ["How are you today?"]
    assert prompts[0].url == reverse("outlook:checkin")


def test_once_checked_in_today_it_does_not_ask_again(alice: Any, alice_client: Client) -> None:
    with time_machine.travel(DAY0, tick=False):
        rejected_application(alice).plan.steps.filter(kind="pause").update(state="done")
    with time_machine.travel(DAY0 + dt.timedelta(days=1), tick=False):
        assert 'data-kind="checkin"' in alice_client.get(reverse("plans:today")).content.decode()
        response = alice_client.post(reverse("outlook:checkin"), {"mood": 4, "words": "Better"})
        assert response["Location"] == reverse("plans:today")
        assert (
            'data-kind="checkin"' not in alice_client.get(reverse("plans:today")).content.decode()
        )
    entry = MoodCheckIn.objects.get()
    assert (entry.mood, entry.rejection) == (4, None)


def test_it_stops_asking_a_month_after_the_last_plan(alice: Any) -> None:
    with time_machine.travel(DAY0, tick=False):
        rejected_application(alice).plan.steps.filter(kind="pause").update(state="done")
    assert checkin_prompt(alice, dt.date(2025, 5, 10)) == []


def test_someone_who_keeps_checking_in_keeps_being_asked(alice: Any) -> None:
    MoodCheckIn.objects.create(user=alice, mood=3, created_at=DAY0)
    assert checkin_prompt(alice, dt.date(2025, 4, 3)) != []


def test_a_new_user_with_nothing_going_on_is_not_asked(alice: Any) -> None:
    assert checkin_prompt(alice, dt.date(2025, 4, 3)) == []


def test_the_check_in_page_links_to_the_mood_chart_once_there_is_one(
    alice: Any, alice_client: Client
) -> None:
    chart = reverse("insights:insights") + "#mood"
    assert chart not in alice_client.get(reverse("outlook:checkin")).content.decode()
    MoodCheckIn.objects.create(user=alice, mood=3)
    assert chart in alice_client.get(reverse("outlook:checkin")).content.decode()

"""Insights' charts are worked out once per change to the user's data and per day
(core.remembered), and never stale: a change shows on the very next visit.

These tests commit like the real server does (transaction=True): inside a transaction the
charts are always worked out afresh, so only committed data can reach the cache.
"""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.contrib.auth.models import User
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from onward.outlook.models import MoodCheckIn
from onward.test import UserFactory

pytestmark = pytest.mark.django_db(transaction=True)


def signed_in(user: User) -> Client:
    client = Client()
    client.force_login(user)
    return client


def insights(client: Client) -> tuple[str, int]:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(reverse("insights:insights"))
    assert response.status_code == 200
    # The charts, not the page around them (its CSRF token is new on every response).
    main = response.content.decode().split("<main", 1)[1].split("</main>", 1)[0]
    return main, len(captured)


def check_in(user: User, days_ago: int) -> None:
    MoodCheckIn.objects.create(
        user=user, mood=3, created_at=timezone.now() - dt.timedelta(days=days_ago)
    )


def test_a_second_visit_with_nothing_changed_reads_the_charts_from_the_cache() -> None:
    carol = UserFactory.create(username="carol@example.com")
    check_in(carol, 2)
    client = signed_in(carol)
    first, first_queries = insights(client)
    again, again_queries = insights(client)
    assert again == first
    assert again_queries < first_queries


def test_a_check_in_logged_after_a_visit_shows_on_the_next_one() -> None:
    carol = UserFactory.create(username="carol@example.com")
    check_in(carol, 3)
    client = signed_in(carol)
    assert "1 day of mood check-ins" in insights(client)[0]
    check_in(carol, 1)
    assert "2 days of mood check-ins" in insights(client)[0]


def test_each_user_sees_only_their_own_charts_however_the_cache_is_filled() -> None:
    carol = UserFactory.create(username="carol@example.com")
    dave = UserFactory.create(username="dave@example.com")
    for days in (1, 2, 3):
        check_in(carol, days)
    assert "3 days of mood check-ins" in insights(signed_in(carol))[0]
    assert "mood check-ins" not in insights(signed_in(dave))[0]


def test_the_next_day_the_charts_are_worked_out_again() -> None:
    carol = UserFactory.create(username="carol@example.com")
    with time_machine.travel(dt.datetime(2026, 3, 2, 12, tzinfo=dt.UTC), tick=False):
        check_in(carol, 0)
        client = signed_in(carol)
        _, first_queries = insights(client)
        _, cached_queries = insights(client)
    with time_machine.travel(dt.datetime(2026, 3, 3, 12, tzinfo=dt.UTC), tick=False):
        _, next_day_queries = insights(client)
    assert cached_queries < first_queries
    assert next_day_queries > cached_queries

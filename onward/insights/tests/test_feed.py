"""The secret calendar feed: valid RFC 5545, parsed back with icalendar, stable across fetches,
and nobody else's business."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import time_machine
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar

from onward.accounts.prefs import preferences_for, turn_feed_on
from onward.outlook.models import Reframe
from onward.people.models import Interaction
from onward.plans.services import mark_done
from onward.reflect.models import ActionItem
from onward.test import PRIYA, PersonFactory, rejected_application

pytestmark = pytest.mark.django_db
NOW = dt.datetime(2025, 6, 2, 9, tzinfo=dt.UTC)


def feed_url(user: Any) -> str:
    token = preferences_for(user).feed_token or turn_feed_on(preferences_for(user))
    return reverse("insights:calendar_feed", args=[token])


def events(response: Any) -> dict[str, Any]:
    cal = Calendar.from_ical(response.content)
    return {str(e["UID"]): e for e in cal.walk("VEVENT")}


@pytest.fixture
def alices(alice: Any) -> None:
    with time_machine.travel(NOW - dt.timedelta(days=1), tick=False):
        rejection = rejected_application(alice, [PRIYA])  # the plan started yesterday
    mark_done(rejection.plan.steps.get(kind="pause"))
    jordan = PersonFactory.create(
        user=alice,
        name="Jordan Ellis",
        keep_in_touch_days=30,
        created_at=NOW - dt.timedelta(days=90),
    )
    Interaction.objects.create(
        user=alice, person=jordan, summary="Call", happened_at=NOW - dt.timedelta(days=40)
    )
    ActionItem.objects.create(user=alice, title="Practise STAR stories", due_on=dt.date(2025, 6, 4))
    Reframe.objects.create(
        user=alice,
        rejection=rejection,
        what_happened="Heard back",
        balanced="I got far",
        next_step="Rewrite my CV summary",
        next_step_due=dt.date(2025, 6, 5),
    )


def test_the_feed_parses_back_as_a_valid_calendar(alice: Any, alices: None, client: Client) -> None:
    with time_machine.travel(NOW, tick=False):
        response = client.get(feed_url(alice))  # no sign-in: the token is the key
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    # never_cache's full set: no shared cache and no browser keeps the secret address.
    directives = {part.strip() for part in response["Cache-Control"].split(",")}
    assert {"private", "no-store", "no-cache", "must-revalidate", "max-age=0"} <= directives
    assert "noindex" in response["X-Robots-Tag"]
    assert response["Referrer-Policy"] == "same-origin"  # the address never leaves the site
    cal = Calendar.from_ical(response.content)
    assert cal.errors == []
    assert (str(cal["VERSION"]), str(cal["PRODID"])) == (
        "2.0",
        "-//Onward//Onward calendar feed//EN",
    )
    found = cal.walk("VEVENT")
    assert found
    for event in found:
        assert event.errors == []
        for prop in ["UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY"]:
            assert prop in event, prop
        stamp = event.decoded("DTSTAMP")
        assert stamp.tzinfo is not None and stamp.utcoffset() == dt.timedelta(0)
        start, end = event.decoded("DTSTART"), event.decoded("DTEND")
        assert type(start) is dt.date and end == start + dt.timedelta(days=1)  # all day
        assert str(event["TRANSP"]) == "TRANSPARENT"
        assert str(event["URL"]).startswith("http")


def test_it_holds_due_steps_action_items_next_steps_and_reminders(
    alice: Any, alices: None, client: Client
) -> None:
    with time_machine.travel(NOW, tick=False):
        found = events(client.get(feed_url(alice)))
    summaries = {str(e["SUMMARY"]): e.decoded("DTSTART") for e in found.values()}
    assert summaries["Thank Priya Raman"] == dt.date(2025, 6, 2)
    assert summaries["Practise STAR stories"] == dt.date(2025, 6, 4)
    assert summaries["Rewrite my CV summary"] == dt.date(2025, 6, 5)
    assert summaries["Find the silver lining"] == dt.date(2025, 6, 8)
    assert "Pause, and check in with yourself" not in summaries  # done: gone
    # Overdue since 23 May: it sits on today, saying since when.
    jordan = found[next(uid for uid in found if uid.startswith("keep-in-touch-"))]
    assert jordan.decoded("DTSTART") == dt.date(2025, 6, 2)
    assert "Waiting since Fri 23 May." in str(jordan["DESCRIPTION"])
    kinds = {str(e["CATEGORIES"].cats[0]) for e in found.values()}
    assert kinds == {"step", "action-item", "next-step", "keep-in-touch"}


def test_uids_stay_the_same_from_one_fetch_to_the_next(
    alice: Any, alices: None, client: Client
) -> None:
    url = feed_url(alice)
    with time_machine.travel(NOW, tick=False):
        first = events(client.get(url))
    with time_machine.travel(NOW + dt.timedelta(hours=5), tick=False):
        second = events(client.get(url))
    assert set(first) == set(second)
    uid = next(iter(first))
    assert first[uid].decoded("DTSTAMP") < second[uid].decoded("DTSTAMP")
    assert all(uid.endswith("@127.0.0.1") for uid in first)  # the site's own host


def test_the_days_are_the_users_days(alice: Any, alices: None, client: Client) -> None:
    prefs = preferences_for(alice)
    prefs.time_zone = "Pacific/Auckland"  # already 3 June there at 21:00 UTC on 2 June
    prefs.save()
    with time_machine.travel(dt.datetime(2025, 6, 2, 21, tzinfo=dt.UTC), tick=False):
        found = events(client.get(feed_url(alice)))
    step = next(e for e in found.values() if str(e["SUMMARY"]) == "Thank Priya Raman")
    assert step.decoded("DTSTART") == dt.date(2025, 6, 3)


def test_a_new_address_stops_the_old_one_at_once(alice: Any, alices: None, client: Client) -> None:
    old = feed_url(alice)
    turn_feed_on(preferences_for(alice))
    assert client.get(old).status_code == 404
    assert client.get(feed_url(alice)).status_code == 200


def test_a_feed_turned_off_is_gone(alice: Any, alices: None, alice_client: Client) -> None:
    url = feed_url(alice)
    alice_client.post(reverse("accounts:feed_off"))
    assert alice_client.get(url).status_code == 404


@pytest.mark.parametrize("token", ["nope", "x" * 43, "A" * 64])
def test_a_wrong_token_is_not_found(token: str, alice: Any, alices: None, client: Client) -> None:
    feed_url(alice)
    assert client.get(reverse("insights:calendar_feed", args=[token])).status_code == 404


def test_bobs_feed_never_shows_alices_plans(
    alice: Any, bob: Any, alices: None, client: Client
) -> None:
    feed_url(alice)
    with time_machine.travel(NOW, tick=False):
        response = client.get(feed_url(bob))
    assert response.status_code == 200
    assert events(response) == {}
    assert b"Priya" not in response.content and b"Jordan" not in response.content


def test_a_deactivated_account_has_no_feed(alice: Any, alices: None, client: Client) -> None:
    url = feed_url(alice)
    alice.is_active = False
    alice.save()
    assert client.get(url).status_code == 404


def test_far_off_steps_wait_outside_the_feed(alice: Any, client: Client) -> None:
    rejected_application(alice)
    with time_machine.travel(timezone.now() + dt.timedelta(days=1), tick=False):
        summaries = {str(e["SUMMARY"]) for e in events(client.get(feed_url(alice))).values()}
    assert "Close this chapter" in summaries  # 14 days out: within the next 60
    with time_machine.travel(timezone.now() - dt.timedelta(days=70), tick=False):
        assert events(client.get(feed_url(alice))) == {}

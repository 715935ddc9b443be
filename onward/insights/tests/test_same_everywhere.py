"""One list of what is due: the same item, in the same words and with the same link, on
Today, in the email digest and in the calendar feed; and only ever the user's own."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import time_machine
from django.conf import settings
from django.test import Client
from django.urls import reverse
from django.utils.html import escape
from icalendar import Calendar

from onward.core.due import DueItem, collect
from onward.insights.digest import compose, message
from onward.insights.feed import build_feed
from onward.outlook.models import Reframe
from onward.people.models import Interaction
from onward.plans.models import Step
from onward.reflect.models import ActionItem, MentorReply, MentorRequest
from onward.test import PRIYA, TOM, PersonFactory, rejected_application
from onward.watch.models import Alert, Board, Posting, Watch

pytestmark = pytest.mark.django_db
NOW = dt.datetime(2025, 6, 2, 10, tzinfo=dt.UTC)
TODAY = NOW.date()
SITE = settings.SITE_URL.rstrip("/")
DATED_KINDS = {"step", "action-item", "next-step", "keep-in-touch", "alert"}


def busy(user: Any, who: str = "Alice") -> None:
    """Something due of every kind: a plan, advice, a silver lining, a person, an alert,
    and a mentor's reply."""
    with time_machine.travel(NOW - dt.timedelta(days=1), tick=False):
        rejection = rejected_application(user, [PRIYA] if who == "Alice" else [TOM])
    ActionItem.objects.create(user=user, title=f"{who}: practise STAR stories", due_on=TODAY)
    Reframe.objects.create(
        user=user,
        rejection=rejection,
        what_happened="Heard back",
        balanced="I got far",
        next_step=f"{who}: rewrite my CV summary",
        next_step_due=TODAY - dt.timedelta(days=2),
    )
    friend = PersonFactory.create(
        user=user,
        name=f"{who}'s friend Jordan",
        keep_in_touch_days=30,
        created_at=NOW - dt.timedelta(days=90),
    )
    Interaction.objects.create(
        user=user, person=friend, summary="Call", happened_at=NOW - dt.timedelta(days=40)
    )
    board, _ = Board.objects.get_or_create(vendor="greenhouse", token="acme")
    watch = Watch.objects.create(
        user=user, company=rejection.application.company, board=board, rejection=rejection
    )
    posting = Posting.objects.create(board=board, vendor_id=who, title=f"{who} Analyst")
    Alert.objects.create(user=user, posting=posting, watch=watch)
    ask = MentorRequest.objects.create(user=user, mentor_name="Dana Li", message="Hi Dana")
    MentorReply.objects.create(request=ask, name="Dana Li", body="Happy to help.")


def today_page(client: Client) -> str:
    with time_machine.travel(NOW, tick=False):
        return client.get(reverse("plans:today")).content.decode()


def digest_words(user: Any) -> str:
    email = message(user, compose(user, NOW))
    return str(email.body) + str(email.alternatives[0][0])


def feed_events(user: Any) -> dict[str, Any]:
    calendar = Calendar.from_ical(build_feed(user, NOW))
    return {str(e["UID"]).split("@")[0]: e for e in calendar.walk("VEVENT")}


def due_today(user: Any) -> list[DueItem]:
    with time_machine.travel(NOW, tick=False):
        return [i for i in collect(user, TODAY, TODAY) if i.dated]


def test_the_same_item_has_the_same_title_and_link_on_today_in_the_digest_and_the_feed(
    alice: Any, alice_client: Client
) -> None:
    busy(alice)
    items = due_today(alice)
    assert {item.kind for item in items} == DATED_KINDS  # every kind is tried
    page, words, events = today_page(alice_client), digest_words(alice), feed_events(alice)
    for item in items:
        assert escape(item.title) in page, item.uid
        assert item.title in words, item.uid
        assert str(events[item.uid]["SUMMARY"]) == item.title
        assert f'href="{escape(item.url)}"' in page, item.uid
        assert SITE + item.url in words, item.uid
        assert str(events[item.uid]["URL"]) == SITE + item.url
        # The line under the title reads the same on Today and in the calendar.
        assert escape(item.detail) in page, item.uid
        assert item.detail in str(events[item.uid]["DESCRIPTION"])


def test_the_reference_wording_is_todays(alice: Any, alice_client: Client) -> None:
    busy(alice)
    page, words, events = today_page(alice_client), digest_words(alice), feed_events(alice)
    action = ActionItem.objects.get(user=alice)
    url = reverse("reflect:action_list") + f"#action-{action.pk}"
    assert f'href="{url}"' in page and SITE + url in words
    event = events[f"action-item-{action.pk}"]
    assert str(event["URL"]) == SITE + url
    assert "due today" in page and str(event["DESCRIPTION"]).startswith("due today")
    reframe = Reframe.objects.get(user=alice)
    assert "from last Saturday" in page
    assert str(events[f"next-step-{reframe.pk}"]["DESCRIPTION"]).startswith("from last Saturday")


def test_undated_prompts_stay_on_today_alone(alice: Any, alice_client: Client) -> None:
    busy(alice)
    assert "Dana replied to your request for advice" in today_page(alice_client)
    assert "replied to your request" not in digest_words(alice)
    assert not [uid for uid in feed_events(alice) if uid.startswith("mentor-reply")]


def test_another_users_items_never_appear(
    alice: Any, bob: Any, alice_client: Client, bob_client: Client
) -> None:
    busy(alice, "Alice")
    busy(bob, "Bob")
    with time_machine.travel(NOW, tick=False):
        alices = collect(alice, TODAY, TODAY + dt.timedelta(days=60))
        bobs = collect(bob, TODAY, TODAY + dt.timedelta(days=60))
    assert alices and bobs
    assert not {i.uid for i in alices} & {i.uid for i in bobs}
    assert all("Alice" not in i.title and "Priya" not in i.title for i in bobs)
    for record in (i.record for i in bobs if i.record is not None):
        assert isinstance(record, Step)
        assert record.plan.user == bob
    calendar = build_feed(bob, NOW).decode().replace("\r\n ", "")  # unfolded lines
    for words in (today_page(bob_client), digest_words(bob), calendar):
        assert "Alice" not in words and "Priya" not in words
    assert "Bob Analyst" in digest_words(bob)


def test_a_user_with_nothing_has_nothing_anywhere(alice: Any, bob: Any, bob_client: Client) -> None:
    busy(alice)
    with time_machine.travel(NOW, tick=False):
        assert collect(bob, TODAY, TODAY + dt.timedelta(days=60)) == []
    assert compose(bob, NOW).is_empty
    assert feed_events(bob) == {}
    assert 'id="welcome"' in today_page(bob_client)

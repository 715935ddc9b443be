"""Gentle mode: their message stays tucked away unless asked for, and Today never says the word."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse
from icalendar import Calendar
from pytest_django.fixtures import Settings

from onward.accounts.gentle import soften
from onward.accounts.prefs import preferences_for
from onward.core.due import DueItem
from onward.insights.digest import compose, message
from onward.insights.feed import build_feed
from onward.test import rejected_application

pytestmark = pytest.mark.django_db

THEIR_WORDS = "We have decided to move forward with another candidate."


def gentle(user: Any) -> None:
    prefs = preferences_for(user)
    prefs.gentle_mode = True
    prefs.save()


def loud_items(user: Any, today: dt.date, until: dt.date) -> list[DueItem]:
    # Another app's item, worded without gentle mode in mind.
    return [
        DueItem(
            uid="inbox-rejection-1",
            kind="inbox-rejection",
            title="Looks like a Rejection from Acme",
            url="/inbox/",
            action="Mark it rejected",
            detail="Two rejections this week",
            due_on=today,
        )
    ]


@pytest.fixture
def loud_source(settings: Settings) -> None:
    settings.ONWARD_DUE_SOURCES = [*settings.ONWARD_DUE_SOURCES, f"{__name__}.loud_items"]


@pytest.mark.parametrize(
    ("text", "gentler"),
    [
        ("Looks like a rejection from Acme", "Looks like a no from Acme"),
        ("Rejected", "Closed"),
        ("3 rejections", "3 answers"),
        ("REJECTION: Acme", "News: Acme"),
        ("They rejected it", "They closed it"),
        ("Thanks for your time", "Thanks for your time"),
    ],
)
def test_soften_rewords_every_form_of_the_word(text: str, gentler: str) -> None:
    assert soften(text) == gentler
    assert "reject" not in soften(text).lower()


def test_today_in_gentle_mode_never_says_reject(
    alice: Any, alice_client: Client, loud_source: None
) -> None:
    rejection = rejected_application(alice)
    rejection.message_text = THEIR_WORDS
    rejection.save()
    gentle(alice)
    html = alice_client.get(reverse("plans:today")).content.decode()
    assert "Thank Priya Raman" in html  # the plan is there…
    assert "Looks like a no from Acme" in html  # …and so is the other app's item, reworded
    assert "reject" not in html.lower()


def test_today_without_gentle_mode_is_unchanged(
    alice: Any, alice_client: Client, loud_source: None
) -> None:
    rejected_application(alice)
    html = alice_client.get(reverse("plans:today")).content.decode()
    assert "Looks like a Rejection from Acme" in html


def test_gentle_mode_tucks_their_message_away_until_asked(alice: Any, alice_client: Client) -> None:
    rejection = rejected_application(alice)
    rejection.message_text = THEIR_WORDS
    rejection.save()
    gentle(alice)
    url = rejection.application.get_absolute_url()
    hidden = alice_client.get(url).content.decode()
    assert THEIR_WORDS not in hidden
    assert "?show=message" in hidden
    assert "Not this time" not in hidden
    shown = alice_client.get(url + "?show=message").content.decode()
    assert THEIR_WORDS in shown
    assert "Hide it again" in shown


def test_without_gentle_mode_their_message_shows(alice: Any, alice_client: Client) -> None:
    rejection = rejected_application(alice)
    rejection.message_text = THEIR_WORDS
    rejection.save()
    page = alice_client.get(rejection.application.get_absolute_url()).content.decode()
    assert THEIR_WORDS in page
    assert "Not this time" in page


def test_gentle_mode_drops_the_status_word_from_the_list(alice: Any, alice_client: Client) -> None:
    rejected_application(alice)
    assert (
        "Not this time" in alice_client.get(reverse("pipeline:application_list")).content.decode()
    )
    gentle(alice)
    assert (
        "Not this time"
        not in alice_client.get(reverse("pipeline:application_list")).content.decode()
    )


def test_one_users_gentle_mode_is_not_anothers(
    alice: Any, bob: Any, bob_client: Client, loud_source: None
) -> None:
    gentle(alice)
    rejected_application(bob)
    assert "Rejection" in bob_client.get(reverse("plans:today")).content.decode()


def test_the_digest_and_the_calendar_in_gentle_mode_never_say_reject(
    alice: Any, loud_source: None
) -> None:
    rejected_application(alice)
    gentle(alice)
    digest = compose(alice)
    email = message(alice, digest)
    words = str(email.body) + str(email.alternatives[0][0])
    events: list[Any] = Calendar.from_ical(build_feed(alice)).walk("VEVENT")
    # Everything a calendar app shows; the UID is a machine's key and stays the same.
    shown = " ".join(
        f"{e['SUMMARY']} {e['DESCRIPTION']} {e['URL']} {e['CATEGORIES'].cats}" for e in events
    )
    assert "Looks like a no from Acme" in words and "Looks like a no from Acme" in shown
    assert "reject" not in words.lower()
    assert "reject" not in shown.lower()

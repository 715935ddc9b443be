"""Keeping in touch, page by page: who's due, one reminder with what to say, logging it."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import time_machine
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from onward.people import cadence
from onward.people.models import Interaction, Person, Relationship
from onward.test import PRIYA, TOM, PersonFactory, rejected_application

pytestmark = pytest.mark.django_db


def overdue(user: Any, name: str, days_since: int, every: int = 30, **fields: Any) -> Person:
    p = PersonFactory.create(
        user=user,
        name=name,
        keep_in_touch_days=every,
        created_at=timezone.now() - dt.timedelta(days=400),
        **fields,
    )
    Interaction.objects.create(
        user=user,
        person=p,
        kind=Interaction.Kind.CALL,
        happened_at=timezone.now() - dt.timedelta(days=days_since),
        summary=f"Coffee with {name}",
    )
    return p


def test_losing_touch_lists_the_due_first_by_importance_then_coming_up(
    alice: Any, alice_client: Client
) -> None:
    overdue(alice, "Sam Peer", 90, relationship=Relationship.PEER)
    overdue(alice, "Dana Mentor", 40, relationship=Relationship.MENTOR)
    overdue(alice, "Tom Soon", 25)
    page = alice_client.get(reverse("keep_in_touch:losing_touch")).content.decode()
    due, _, coming = page.partition("Coming up")
    assert due.index("Dana Mentor") < due.index("Sam Peer")
    assert "Tom Soon" in coming and "Tom Soon" not in due
    assert "last in touch" in due


def test_an_empty_losing_touch_page_says_so_kindly(alice_client: Client) -> None:
    assert (
        "Nobody is waiting on you."
        in alice_client.get(reverse("keep_in_touch:losing_touch")).content.decode()
    )


def test_a_reminder_carries_its_context_and_a_checked_draft(
    alice: Any, alice_client: Client
) -> None:
    p = overdue(alice, "Jordan Ellis", 80, how_we_met="Met at a meetup", notes="Likes dbt.")
    page = alice_client.get(reverse("keep_in_touch:person_reminder", args=[p.pk])).content.decode()
    for expected in ["Met at a meetup", "Likes dbt.", "Coffee with Jordan Ellis", "Hi Jordan,"]:
        assert expected in page
    assert "It reads well" in page  # the draft passes the tone check
    assert "mailto:priya%40acme.example?subject=" in page  # PersonFactory's email


def test_each_kind_of_touch_can_be_chosen_and_an_unknown_one_falls_back(
    alice: Any, alice_client: Client
) -> None:
    p = overdue(alice, "Jordan Ellis", 80)
    url = reverse("keep_in_touch:person_reminder", args=[p.pk])
    assert "Hi Jordan, I enjoyed" in alice_client.get(url + "?touch=linkedin").content.decode()
    assert "Hi Jordan, I enjoyed" not in alice_client.get(url + "?touch=nope").content.decode()


def test_checking_an_edit_shows_the_tone_checks_findings(alice: Any, alice_client: Client) -> None:
    p = overdue(alice, "Jordan Ellis", 80)
    body = "Hi Jordan,\n\nCould you tell me why I was not selected?"
    page = alice_client.post(
        reverse("keep_in_touch:person_reminder", args=[p.pk]),
        {"touch": "openings", "subject": "Hello", "body": body, "action": "check"},
    ).content.decode()
    assert 'data-code="asks-for-reasons"' in page
    assert not Interaction.objects.filter(person=p, kind=Interaction.Kind.EMAIL).exists()


def test_logging_a_touch_moves_the_next_reminder_on(alice: Any, alice_client: Client) -> None:
    p = overdue(alice, "Jordan Ellis", 80)
    assert [r.person for r in cadence.due(alice)] == [p]
    response = alice_client.post(
        reverse("keep_in_touch:person_reminder", args=[p.pk]),
        {"touch": "linkedin", "body": "Hi Jordan", "note": "Accepted at once", "action": "log"},
        follow=True,
    )
    assert "Logged. Small touches add up." in response.content.decode()
    latest = p.interactions.first()
    assert latest is not None
    assert (latest.kind, latest.summary) == ("linkedin", "Connected on LinkedIn: Accepted at once")
    assert cadence.due(alice) == []
    reminder = cadence.reminder_for(p, cadence.zone_of(alice), timezone.localdate())
    assert reminder is not None
    assert reminder.due_on == timezone.localdate() + dt.timedelta(days=30)


def test_logging_from_the_persons_page_moves_the_reminder_too(
    alice: Any, alice_client: Client
) -> None:
    p = overdue(alice, "Jordan Ellis", 80)
    alice_client.post(p.get_absolute_url(), {"kind": "call", "summary": "Caught up"})
    assert cadence.due(alice) == []


def test_a_touch_without_a_message_is_refused(alice: Any, alice_client: Client) -> None:
    p = overdue(alice, "Jordan Ellis", 80)
    response = alice_client.post(
        reverse("keep_in_touch:person_reminder", args=[p.pk]),
        {"touch": "share", "body": "", "action": "log"},
    )
    assert response.status_code == 200
    assert p.interactions.count() == 1


def test_due_reminders_show_on_today_two_at_most(alice: Any, alice_client: Client) -> None:
    for name in ["Ann", "Ben", "Cat"]:
        overdue(alice, name, 60)
    page = alice_client.get(reverse("plans:today")).content.decode()
    assert page.count('data-kind="keep-in-touch"') == 2
    assert "A light touch with" in page


def test_the_stay_in_touch_step_opens_the_people_from_that_interview(
    alice: Any, alice_client: Client
) -> None:
    step = rejected_application(alice, [PRIYA, TOM]).plan.steps.get(kind="stay_in_touch")
    response = alice_client.get(reverse("plans:step_open", args=[step.pk]), follow=True)
    page = response.content.decode()
    assert response.redirect_chain[-1][0] == reverse(
        "keep_in_touch:stay_in_touch_for_step", args=[step.pk]
    )
    assert "Priya Raman" in page and "Tom Okafor" in page
    assert "then every 90 days" in page


def test_a_stay_in_touch_page_for_another_kind_of_step_is_not_found(
    alice: Any, alice_client: Client
) -> None:
    step = rejected_application(alice).plan.steps.get(kind="reflect")
    assert (
        alice_client.get(
            reverse("keep_in_touch:stay_in_touch_for_step", args=[step.pk])
        ).status_code
        == 404
    )


def test_the_person_page_links_to_their_reminder(alice: Any, alice_client: Client) -> None:
    p = overdue(alice, "Jordan Ellis", 80)
    page = alice_client.get(p.get_absolute_url()).content.decode()
    assert reverse("keep_in_touch:person_reminder", args=[p.pk]) in page
    assert "from your last contact" in page


def test_the_interviewers_rhythm_starts_when_the_plan_does(alice: Any) -> None:
    with time_machine.travel(dt.datetime(2025, 5, 1, 12, tzinfo=dt.UTC), tick=False):
        rejection = rejected_application(alice, [PRIYA])
    priya = rejection.application.interviews.get().interviewers.get()
    # The interview (26 April) is the last touch: 90 days on is 25 July.
    reminder = cadence.reminder_for(priya, cadence.zone_of(alice), dt.date(2025, 7, 25))
    assert reminder is not None and reminder.due_on == dt.date(2025, 7, 25) and reminder.is_due

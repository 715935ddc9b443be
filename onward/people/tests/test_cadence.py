"""Keep-in-touch arithmetic: from the last logged interaction, on the user's own calendar."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from typing import Any

import pytest
import time_machine

from onward.accounts.prefs import preferences_for
from onward.people import cadence
from onward.people.models import Interaction, Person, Relationship
from onward.test import PersonFactory

pytestmark = pytest.mark.django_db
UTC = dt.UTC


def at(
    year: int, month: int, day: int, hour: int = 0, minute: int = 0, tz: str = "UTC"
) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute, tzinfo=zoneinfo.ZoneInfo(tz))


def person(user: Any, days: int | None = 30, **fields: Any) -> Person:
    fields.setdefault("created_at", at(2025, 1, 1, 9))
    return PersonFactory.create(user=user, keep_in_touch_days=days, **fields)


def talk(p: Person, when: dt.datetime, kind: str = Interaction.Kind.EMAIL) -> None:
    Interaction.objects.create(user=p.user, person=p, kind=kind, happened_at=when, summary="Hi")


def lives_in(user: Any, zone: str) -> None:
    prefs = preferences_for(user)
    prefs.time_zone = zone
    prefs.save()


def due_on(p: Person, today: dt.date) -> dt.date:
    reminder = cadence.reminder_for(p, cadence.zone_of(p.user), today)
    assert reminder is not None
    return reminder.due_on


def test_the_next_touch_counts_from_the_last_interaction_not_the_first(alice: Any) -> None:
    p = person(alice, 30)
    talk(p, at(2025, 1, 10, 12))
    talk(p, at(2025, 2, 1, 12))
    assert due_on(p, dt.date(2025, 2, 2)) == dt.date(2025, 3, 3)


def test_logging_any_interaction_moves_the_reminder_on(alice: Any) -> None:
    p = person(alice, 30)
    talk(p, at(2025, 1, 10, 12))
    assert due_on(p, dt.date(2025, 2, 20)) == dt.date(2025, 2, 9)
    talk(p, at(2025, 2, 20, 12), Interaction.Kind.CARD)
    assert due_on(p, dt.date(2025, 2, 20)) == dt.date(2025, 3, 22)


def test_someone_never_contacted_counts_from_the_day_they_were_added(alice: Any) -> None:
    p = person(alice, 14, created_at=at(2025, 5, 1, 8))
    assert due_on(p, dt.date(2025, 5, 2)) == dt.date(2025, 5, 15)


def test_no_rhythm_means_no_reminder(alice: Any) -> None:
    p = person(alice, None)
    talk(p, at(2025, 1, 10, 12))
    assert cadence.reminder_for(p, zoneinfo.ZoneInfo("UTC"), dt.date(2026, 1, 1)) is None
    assert cadence.reminders(alice, dt.date(2026, 1, 1)) == []


def test_the_day_is_the_users_day_not_utcs(alice: Any) -> None:
    # 03:30 UTC on 1 March is still the evening of 28 February in New York.
    lives_in(alice, "America/New_York")
    p = person(alice, 7)
    talk(p, at(2025, 3, 1, 3, 30))
    assert due_on(p, dt.date(2025, 3, 1)) == dt.date(2025, 3, 7)


def test_the_switch_to_summer_time_does_not_push_a_reminder_a_day_later(alice: Any) -> None:
    # New York springs forward at 2:00 on 9 March 2025. A touch at 23:30 the night before,
    # plus 24 hours of clock time, would land on 10 March; the calendar says 9 March.
    lives_in(alice, "America/New_York")
    p = person(alice, 1)
    talk(p, at(2025, 3, 8, 23, 30, tz="America/New_York"))
    assert due_on(p, dt.date(2025, 3, 9)) == dt.date(2025, 3, 9)


def test_the_switch_back_to_winter_time_does_not_pull_a_reminder_a_day_earlier(
    alice: Any,
) -> None:
    # London falls back at 2:00 on 26 October 2025. A touch at 00:30 BST on the 25th is
    # 23:30 UTC on the 24th: counting in UTC would make it due on the 26th, not the 27th.
    lives_in(alice, "Europe/London")
    p = person(alice, 2)
    talk(p, at(2025, 10, 25, 0, 30, tz="Europe/London"))
    assert due_on(p, dt.date(2025, 10, 25)) == dt.date(2025, 10, 27)


def test_a_reminder_becomes_due_at_local_midnight(alice: Any) -> None:
    lives_in(alice, "America/New_York")
    p = person(alice, 1)
    talk(p, at(2025, 3, 8, 10, tz="America/New_York"))
    with time_machine.travel(at(2025, 3, 9, 4, 59), tick=False):  # 23:59 on the 8th
        assert cadence.due(alice) == []
    with time_machine.travel(at(2025, 3, 9, 5, 0), tick=False):  # midnight on the 9th
        assert [r.person for r in cadence.due(alice)] == [p]


def test_a_cadence_across_the_summer_time_switch_keeps_its_calendar_days(alice: Any) -> None:
    lives_in(alice, "Europe/Berlin")
    p = person(alice, 90)
    talk(p, at(2025, 3, 1, 0, 15, tz="Europe/Berlin"))  # 23:15 UTC on 28 Feb
    assert due_on(p, dt.date(2025, 3, 1)) == dt.date(2025, 5, 30)


def test_importance_weighs_the_relationship_and_how_recently_you_met() -> None:
    today = dt.date(2025, 6, 1)
    long_ago, lately = dt.date(2024, 1, 1), dt.date(2025, 5, 1)
    assert cadence.importance(Relationship.MENTOR, long_ago, today) == 3
    assert cadence.importance(Relationship.INTERVIEWER, lately, today) == 3
    assert cadence.importance(Relationship.INTERVIEWER, long_ago, today) == 2
    assert cadence.importance(Relationship.PEER, long_ago, today) == 1


def test_the_most_important_and_most_overdue_come_first(alice: Any) -> None:
    today = dt.date(2025, 6, 1)
    mentor = person(
        alice, 30, name="Dana", relationship=Relationship.MENTOR, created_at=at(2023, 1, 1)
    )
    talk(mentor, at(2025, 4, 22, 12))  # due 22 May: 10 days over a 30-day rhythm
    interviewer = person(alice, 90, name="Priya", created_at=at(2025, 2, 1))
    talk(interviewer, at(2025, 2, 21, 12))  # due 22 May: 10 days over a 90-day rhythm
    peer = person(alice, 30, name="Sam", relationship=Relationship.PEER, created_at=at(2024, 1, 1))
    talk(peer, at(2025, 3, 3, 12))  # due 2 April: 60 days over, but a peer met long ago
    coming = person(alice, 30, name="Tom")
    talk(coming, at(2025, 5, 20, 12))  # due 19 June
    due = cadence.due(alice, today)
    assert [r.person.name for r in due] == ["Dana", "Priya", "Sam"]
    assert [r.overdue_days for r in due] == [10, 10, 60]
    assert due[0].priority > due[1].priority > due[2].priority
    assert [r.person.name for r in cadence.coming_up(alice, dt.date(2025, 6, 10))] == ["Tom"]


def test_reminders_are_only_ever_your_own(alice: Any, bob: Any) -> None:
    p = person(bob, 1)
    talk(p, at(2025, 1, 1, 12))
    assert cadence.due(alice, dt.date(2025, 6, 1)) == []
    assert [r.person for r in cadence.due(bob, dt.date(2025, 6, 1))] == [p]

"""The suggested next touch for where a relationship stands, and drafts the tone check approves."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.utils import timezone

from onward.keep_in_touch.touches import TouchKind, check, draft, situation, suggest
from onward.notes.tone import first_name
from onward.people.models import Interaction, Person, Relationship
from onward.test import PRIYA, PersonFactory, rejected_application

pytestmark = pytest.mark.django_db


def priya(user: Any, **kwargs: Any) -> Person:
    return (
        rejected_application(user, [PRIYA], **kwargs)
        .application.interviews.get()
        .interviewers.get()
    )


def in_days(days: int) -> dt.date:
    return timezone.localdate() + dt.timedelta(days=days)


def log(p: Person, kind: str, summary: str, days_ago: int = 0) -> None:
    Interaction.objects.create(
        user=p.user,
        person=p,
        kind=kind,
        summary=summary,
        happened_at=timezone.now() - dt.timedelta(days=days_ago),
    )


def test_about_two_weeks_after_the_interview_suggests_linkedin(alice: Any) -> None:
    p = priya(alice)  # interviewed five days ago
    assert suggest(situation(p, in_days(0))) == TouchKind.SHARE  # too soon to connect
    assert suggest(situation(p, in_days(9))) == TouchKind.LINKEDIN  # 14 days after


def test_once_connected_on_linkedin_it_suggests_sharing_something(alice: Any) -> None:
    p = priya(alice)
    log(p, Interaction.Kind.LINKEDIN, "Connected on LinkedIn")
    assert suggest(situation(p, in_days(9))) == TouchKind.SHARE


def test_a_few_months_on_it_suggests_checking_in_on_openings(alice: Any) -> None:
    p = priya(alice)
    assert suggest(situation(p, in_days(85))) == TouchKind.OPENINGS


def test_no_openings_question_for_a_company_you_would_not_work_at(alice: Any) -> None:
    p = priya(alice, would_work_there=False, future_interest=False)
    assert suggest(situation(p, in_days(85))) == TouchKind.SHARE


def test_recent_news_suggests_congratulating_them(alice: Any) -> None:
    p = priya(alice)
    log(p, Interaction.Kind.NOTE, "Saw she was promoted to Head of Data", days_ago=2)
    s = situation(p, in_days(0))
    assert suggest(s) == TouchKind.CONGRATULATE
    assert s.news == "Saw she was promoted to Head of Data"


def test_old_news_is_no_longer_news(alice: Any) -> None:
    p = priya(alice)
    log(p, Interaction.Kind.NOTE, "Saw she was promoted to Head of Data", days_ago=90)
    assert suggest(situation(p, in_days(0))) != TouchKind.CONGRATULATE


def test_a_mentor_hears_how_it_is_going(alice: Any) -> None:
    dana = PersonFactory.create(user=alice, name="Dana Li", relationship=Relationship.MENTOR)
    assert suggest(situation(dana, in_days(0))) == TouchKind.UPDATE


def test_the_situation_gathers_the_context_a_reminder_shows(alice: Any) -> None:
    p = priya(alice)
    s = situation(p, in_days(0), "Alice Lee")
    assert s.topic == "their move to dbt"
    assert (s.company, s.role, s.sender) == ("Acme", "Data Analyst", "Alice Lee")
    assert [i.kind for i in s.recent] == ["interview"]


def _people(user: Any) -> dict[str, Person]:
    return {
        "interviewer with topics": priya(user),
        "mentor with notes": PersonFactory.create(
            user=user,
            name="Dr. Dana Li",
            relationship=Relationship.MENTOR,
            notes="Moving towards analytics engineering; likes dbt.",
        ),
        "nothing known": PersonFactory.create(user=user, name="Sam", notes="", company=None),
    }


@pytest.mark.parametrize("who", ["interviewer with topics", "mentor with notes", "nothing known"])
@pytest.mark.parametrize("kind", TouchKind.values)
def test_every_draft_passes_the_tone_check(who: str, kind: str, alice: Any) -> None:
    p = _people(alice)[who]
    if kind == TouchKind.CONGRATULATE:
        log(p, Interaction.Kind.NOTE, "Launched a new product", days_ago=1)
    s = situation(p, in_days(14), "Alice Lee")
    d = draft(s, kind)
    assert d.kind == kind
    assert check(s, d.body) == [], d.body
    assert first_name(p.name) in d.body
    assert "[" not in d.body and "{" not in d.body


def test_a_linkedin_note_fits_linkedins_limit(alice: Any) -> None:
    s = situation(priya(alice), in_days(14), "Alice Lee")
    body = draft(s, TouchKind.LINKEDIN).body
    assert len(body) <= 300
    assert "Priya" in body and "dbt" in body


def test_the_tone_check_catches_an_edit_that_asks_why(alice: Any) -> None:
    s = situation(priya(alice), in_days(14))
    body = draft(s, TouchKind.OPENINGS).body + "\nCould you tell me why I was not selected?"
    assert "asks-for-reasons" in {f.code for f in check(s, body)}

"""Every main page costs the same number of SQL queries whatever the size of the account:
no page does a query per row. Each page is counted with a small account, then again
after ten times as much of everything was added (issue 13)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from django.contrib.auth.models import User
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from onward.demo.volume import Volume, fill
from onward.notes.services import note_for_step
from onward.people.models import Interaction, Person
from onward.pipeline.models import Application
from onward.pipeline.services import InterviewerInput, add_interview
from onward.plans.models import Step
from onward.test import rejected_application

SMALL = Volume(applications=6, people=10, interactions=20, open_plans=3, messages=10)


def _pages(user: User) -> dict[str, str]:
    application = Application.objects.get(user=user, company__name="Acme")
    person = Person.objects.get(user=user, name="Priya Raman")
    step = Step.objects.get(plan__user=user, kind=Step.Kind.THANK, person=person)
    note = note_for_step(step)
    return {
        "today": reverse("plans:today"),
        "an application": application.get_absolute_url(),
        "applications": reverse("pipeline:application_list"),
        "a person": person.get_absolute_url(),
        "people": reverse("people:person_list"),
        "the inbox": reverse("inbox:queue"),
        "insights": reverse("insights:insights"),
        "a note": reverse("notes:note_edit", args=[note.pk]),
        "a plan": step.plan.get_absolute_url(),
    }


def _grow(user: User, factor: int) -> None:
    """More of everything, including on the very application and person the pages show."""
    fill(user, SMALL.times(factor))
    application = Application.objects.get(user=user, company__name="Acme")
    person = Person.objects.get(user=user, name="Priya Raman")
    for n in range(factor):
        add_interview(
            application,
            timezone.localdate() - dt.timedelta(days=n + 1),
            "video",
            "More talk.",
            [InterviewerInput(f"Panel {factor}-{n}", "Engineer", "", "")],
        )
    Interaction.objects.bulk_create(
        Interaction(user=user, person=person, summary=f"Caught up {n}") for n in range(factor * 3)
    )


def _count(client: Client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


def _counts(client: Client, pages: dict[str, str]) -> dict[str, int]:
    client.get(pages["today"])  # the first visit of the day makes preferences
    return {name: _count(client, url) for name, url in pages.items()}


@pytest.fixture
def grown(alice: User, alice_client: Client) -> Callable[[int], dict[str, int]]:
    rejected_application(alice)
    pages = _pages(alice)

    def counts_at(factor: int) -> dict[str, int]:
        _grow(alice, factor)
        return _counts(alice_client, pages)

    return counts_at


def test_each_main_page_makes_as_many_queries_at_ten_times_the_data(grown) -> None:
    small = grown(1)
    large = grown(9)  # 1 + 9: ten times the records of the first count
    assert large == small


def test_today_makes_few_queries_for_a_busy_account(grown) -> None:
    counts = grown(10)
    # Was 53 here (a query per open plan, preferences read thrice), and 23 for a tiny
    # account: now 23 whatever the size.
    assert counts["today"] <= 23, counts

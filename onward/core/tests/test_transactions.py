"""Writes in one transaction each, reads in none: a page view never waits for, or holds,
the database's write lock, and a request that fails half-way saves nothing."""

from __future__ import annotations

import sqlite3

import pytest
from django.contrib.auth.models import User
from django.db import connection
from django.test import Client
from django.urls import reverse

from onward.people.models import Person
from onward.pipeline import views as pipeline_views
from onward.pipeline.models import Interview
from onward.plans import views as plans_views
from onward.test import ApplicationFactory


def test_the_health_check_makes_no_query_for_a_signed_in_person(
    alice_client: Client, django_assert_num_queries
) -> None:
    with django_assert_num_queries(0):
        response = alice_client.get(reverse("core:health"))
    assert response.status_code == 200
    assert response.content == b"ok"


def test_a_post_that_fails_half_way_leaves_nothing_half_saved(
    alice: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    application = ApplicationFactory.create(user=alice)

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("the view fails after the interview and the person were saved")

    # The interview service commits its part; the view then fails before it answers.
    monkeypatch.setattr(pipeline_views.messages, "success", broken)
    client = Client(raise_request_exception=False)
    client.force_login(alice)
    response = client.post(
        reverse("pipeline:interview_new", args=[application.pk]),
        {
            "held_on": "2026-11-20",
            "kind": "video",
            "stage": "interview",
            "notes": "Talked about dashboards.",
            "people-TOTAL_FORMS": "1",
            "people-INITIAL_FORMS": "0",
            "people-0-name": "Priya Raman",
            "people-0-title": "Analytics Manager",
        },
    )
    assert response.status_code == 500
    assert not Interview.objects.filter(application=application).exists()
    assert not Person.objects.filter(user=alice, name="Priya Raman").exists()


@pytest.mark.django_db(transaction=True)
def test_a_page_is_read_outside_any_transaction_and_a_form_inside_one(
    alice: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: dict[str, bool] = {}
    real_today_for = plans_views.today_for

    def watching(user: User) -> object:
        seen["GET"] = connection.in_atomic_block
        return real_today_for(user)

    monkeypatch.setattr(plans_views, "today_for", watching)
    client = Client()
    client.force_login(alice)
    assert client.get(reverse("plans:today")).status_code == 200
    assert seen["GET"] is False

    def record(request: object, *args: object, **kwargs: object) -> None:
        seen["POST"] = connection.in_atomic_block

    monkeypatch.setattr(pipeline_views.messages, "success", record)
    application = ApplicationFactory.create(user=alice)
    client.post(reverse("pipeline:application_stage", args=[application.pk]), {"stage": "offer"})
    assert seen["POST"] is True


@pytest.mark.django_db(transaction=True)
def test_pages_still_open_while_another_process_holds_the_write_lock(alice: User) -> None:
    if connection.vendor != "sqlite":
        pytest.skip("SQLite's single write lock is what this is about")
    client = Client()
    client.force_login(alice)
    client.get(reverse("plans:today"))  # preferences made before the lock is taken
    other = sqlite3.connect(connection.settings_dict["NAME"], isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")  # the worker, say, in the middle of a long write
        for name in ("plans:today", "pipeline:application_list", "people:person_list"):
            assert client.get(reverse(name)).status_code == 200, name
    finally:
        other.execute("ROLLBACK")
        other.close()

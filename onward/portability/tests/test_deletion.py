"""Deleting an account leaves none of the user's rows, files or ways in; others keep theirs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from django.apps import apps
from django.contrib.sessions.backends.cached_db import KEY_PREFIX
from django.contrib.sessions.models import Session
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.db.models import Q
from django.test import Client
from django.urls import reverse

from onward.accounts.prefs import preferences_for, turn_feed_on
from onward.portability import ownership
from onward.portability.deletion import delete_account
from onward.reflect.mentoring import services as mentoring
from onward.reflect.models import MentorRequest
from onward.reflect.tests.helpers import PDF, request_for
from onward.test import PRIYA, rejected_application

from .helpers import everything

pytestmark = pytest.mark.django_db(transaction=True)  # files go once the delete commits


def bobs_own(bob: Any) -> MentorRequest:
    """Bob's search, with a CV, a mentor link and a feed of his own."""
    rejection = rejected_application(bob, [PRIYA], company="Acme Analytics")
    ask = request_for(bob, rejection=rejection)
    ask.cv.save("cv.pdf", ContentFile(PDF))
    mentoring.create_share(ask)
    turn_feed_on(preferences_for(bob))
    return ask


def snapshot(user: Any) -> dict[str, list[dict[str, Any]]]:
    """Every column of every row the user owns, in every model that can belong to someone."""
    found = {}
    for model, path in ownership.owned_models().items():
        rows = model._default_manager.filter(**{path: user}).order_by("pk")
        found[ownership.label(model)] = list(rows.values())
    found["auth.user"] = list(type(user)._default_manager.filter(pk=user.pk).values())
    return found


def test_no_row_of_the_deleted_user_is_left_in_any_model(alice: Any, bob: Any) -> None:
    everything(alice)
    ask = bobs_own(bob)
    bobs = snapshot(bob)
    held = ownership.rows_pointing_at(alice)
    assert len(held) > 20  # the walk sees alice's rows in every app before
    alice_id = alice.pk

    delete_account(alice)

    # Deleting clears alice.pk; rows with no user at all (the sent-log's) aren't hers.
    alice.pk = alice_id
    assert ownership.rows_pointing_at(alice) == {}
    # And by a walk of its own: no column of any model that links to a user names her.
    for model in apps.get_models(include_auto_created=True):
        links = [
            f.name
            for f in model._meta.concrete_fields
            if f.is_relation and f.related_model is type(alice)
        ]
        if links:
            query = Q()
            for name in links:
                query |= Q(**{name: alice.pk})
            assert not model._default_manager.filter(query).exists(), model._meta.label
    assert snapshot(bob) == bobs
    assert ask.shares.get().revoked_at is None


def test_the_files_the_user_uploaded_are_removed(alice: Any, bob: Any, settings: Any) -> None:
    world = everything(alice)
    alices_cv = Path(settings.MEDIA_ROOT, str(world.ask.cv.name))
    bobs_cv = Path(settings.MEDIA_ROOT, str(bobs_own(bob).cv.name))
    assert alices_cv.exists() and bobs_cv.exists()

    deleted = delete_account(alice)

    assert deleted.files == 1
    assert not alices_cv.exists()
    assert bobs_cv.exists()


def test_mentor_links_and_the_calendar_feed_stop_working(alice: Any) -> None:
    world = everything(alice)
    delete_account(alice)
    stranger = Client()
    assert (
        stranger.get(reverse("reflect:shared_request", args=[world.share_token])).status_code == 404
    )
    assert (
        stranger.get(reverse("insights:calendar_feed", args=[world.feed_token])).status_code == 404
    )


@pytest.mark.parametrize(
    "engine", ["onward.core.sessions", "django.contrib.sessions.backends.cached_db"]
)
def test_every_session_of_the_user_ends(alice: Any, bob: Any, settings: Any, engine: str) -> None:
    settings.SESSION_ENGINE = engine
    phone, laptop, bobs = Client(), Client(), Client()
    phone.force_login(alice)
    laptop.force_login(alice)
    bobs.force_login(bob)
    assert phone.get(reverse("plans:today")).status_code == 200  # its session now cached
    delete_account(alice)
    assert Session.objects.count() == 1
    assert not any(cache.get(key) for key in _cached_sessions(phone, laptop))
    assert phone.get(reverse("plans:today")).status_code == 302
    assert bobs.get(reverse("plans:today")).status_code == 200


def _cached_sessions(*clients: Client) -> list[str]:
    return [KEY_PREFIX + client.cookies["sessionid"].value for client in clients]

"""Signed-in sessions, read with one plain query (core.sessions) or, where every process
shares the cache, through it (Django's cached_db): either way signing out signs out, an
expired session is never read, and the session keeps what was put in it."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.contrib.sessions.models import Session
from django.core.cache import cache
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from onward.core.sessions import SessionStore
from onward.test import same_cookie

ENGINES = ["onward.core.sessions", "django.contrib.sessions.backends.cached_db"]
TODAY = reverse("plans:today")


@pytest.fixture(params=ENGINES)
def engine(request: pytest.FixtureRequest, settings: Any) -> str:
    settings.SESSION_ENGINE = request.param
    return str(request.param)


def signed_in(user: User) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_a_signed_in_session_opens_today(engine: str, alice: User) -> None:
    assert signed_in(alice).get(TODAY).status_code == 200


def test_signing_out_ends_the_session_everywhere(engine: str, alice: User) -> None:
    client = signed_in(alice)
    copy = same_cookie(client)
    assert copy.get(TODAY).status_code == 200
    assert client.post(reverse("account_logout")).status_code == 302
    answer = copy.get(TODAY)
    assert answer.status_code == 302
    assert answer["Location"].startswith(reverse("account_login"))


def test_an_expired_session_is_not_read(engine: str, alice: User) -> None:
    client = signed_in(alice)
    Session.objects.update(expire_date=timezone.now() - dt.timedelta(seconds=1))
    if engine.endswith("cached_db"):
        cache.clear()  # Django's cached copy expires with the session in the cache itself
    assert client.get(TODAY).status_code == 302


def test_a_made_up_session_key_is_no_one(engine: str, alice: User) -> None:
    signed_in(alice)
    stranger = Client()
    stranger.cookies["sessionid"] = "x" * 32
    assert stranger.get(TODAY).status_code == 302
    stranger.cookies["sessionid"] = "short"
    assert stranger.get(TODAY).status_code == 302


def test_the_plain_read_gives_back_what_was_saved(db: None) -> None:
    store = SessionStore()
    store["mood"] = {"hopeful": True, "days": [1, 2]}
    store.save()
    again = SessionStore(store.session_key)
    assert again["mood"] == {"hopeful": True, "days": [1, 2]}
    unknown = SessionStore("no-such-session-key")
    assert unknown.get("mood") is None
    # A key the server never gave out is dropped, so saving makes a new one (no fixation).
    assert unknown.session_key is None

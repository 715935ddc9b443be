"""While the database is away, every page says so kindly (503) instead of a 500, and the
site answers again as soon as it is back."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from django.contrib.auth.models import User
from django.db import OperationalError, connection
from django.test import Client
from django.urls import reverse

from onward.plans import views as plans_views

pytestmark = pytest.mark.django_db(transaction=True)


@contextmanager
def unreachable_database() -> Iterator[None]:
    """The real connection pointed at a database that can't be opened, then put back."""
    saved = dict(connection.settings_dict)
    connection.close()
    if connection.vendor == "sqlite":
        connection.settings_dict["NAME"] = "/nonexistent-onward-folder/onward.sqlite3"
    else:
        connection.settings_dict["PORT"] = "1"  # nothing listens there
    try:
        yield
    finally:
        connection.close()
        connection.settings_dict.clear()
        connection.settings_dict.update(saved)


def _signed_in(user: User) -> Client:
    client = Client(raise_request_exception=False)
    client.force_login(user)
    return client


def test_while_the_database_is_away_pages_and_forms_get_a_friendly_503(alice: User) -> None:
    client = _signed_in(alice)
    with unreachable_database():
        for method, url in (("get", reverse("plans:today")), ("post", reverse("core:settings"))):
            response = getattr(client, method)(url)
            assert response.status_code == 503, (method, url)
            assert response["Retry-After"] == "30"
            assert b"reach its records just now" in response.content
    assert client.get(reverse("plans:today")).status_code == 200


def test_a_database_error_inside_a_view_is_a_503_too(
    alice: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    def locked(user: User) -> None:
        raise OperationalError("database is locked")

    monkeypatch.setattr(plans_views, "today_for", locked)
    response = _signed_in(alice).get(reverse("plans:today"))
    assert response.status_code == 503
    assert b"Everything you saved before is safe" in response.content


def test_other_errors_keep_the_500_page(alice: User, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(user: User) -> None:
        raise ValueError("a bug, not an outage")

    monkeypatch.setattr(plans_views, "today_for", broken)
    response = _signed_in(alice).get(reverse("plans:today"))
    assert response.status_code == 500
    assert b"Something went wrong on Onward" in response.content

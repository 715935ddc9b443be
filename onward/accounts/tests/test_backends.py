"""Who is signed in is read back with one plain query (accounts.backends), and that changes
nothing about who is: sign-in stays with allauth, and a deactivated, deleted or
re-passworded account is signed out on its next request, as with Django's own backend."""

from __future__ import annotations

from typing import Any

import pytest
from django.contrib.auth import BACKEND_SESSION_KEY, authenticate
from django.test import Client
from django.urls import reverse

from onward.accounts.backends import PATH
from onward.test import PASSWORD, same_cookie

TODAY = reverse("plans:today")
ALLAUTH = "allauth.account.auth_backends.AuthenticationBackend"


def signed_in(**credentials: str) -> Client:
    client = Client()
    answer = client.post(reverse("account_login"), credentials)
    assert answer.status_code == 302, answer.content.decode()[:300]
    return client


def test_a_session_made_at_sign_in_reads_its_user_back_plainly(alice: Any) -> None:
    client = signed_in(login="alice@example.com", password=PASSWORD)
    assert client.session[BACKEND_SESSION_KEY] == PATH
    page = client.get(TODAY)
    assert page.status_code == 200
    assert page.wsgi_request.user == alice


def test_it_signs_no_one_in(alice: Any) -> None:
    found = authenticate(None, username="alice@example.com", password=PASSWORD)
    assert found is not None and found == alice
    assert found.backend == "django.contrib.auth.backends.ModelBackend"  # not this one
    assert authenticate(None, username="alice@example.com", password="wrong") is None
    answer = Client().post(
        reverse("account_login"), {"login": "alice@example.com", "password": "no"}
    )
    assert answer.status_code == 200  # the form again: not signed in


def test_a_session_from_before_still_works(alice: Any) -> None:
    client = signed_in(login="alice@example.com", password=PASSWORD)
    session = client.session
    session[BACKEND_SESSION_KEY] = ALLAUTH
    session.save()
    assert client.get(TODAY).status_code == 200


@pytest.mark.parametrize("change", ["deactivated", "deleted", "new password"])
def test_a_changed_account_is_signed_out_on_its_next_request(alice: Any, change: str) -> None:
    client = signed_in(login="alice@example.com", password=PASSWORD)
    assert client.get(TODAY).status_code == 200
    if change == "deactivated":
        alice.is_active = False
        alice.save()
    elif change == "deleted":
        alice.delete()
    else:
        alice.set_password("a-new-long-passphrase")
        alice.save()
    answer = same_cookie(client).get(TODAY)
    assert answer.status_code == 302
    assert answer["Location"].startswith(reverse("account_login"))

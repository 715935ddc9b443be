from __future__ import annotations

import hashlib
from io import StringIO

import pytest
from django.contrib.auth.models import User
from django.core.management import CommandError, call_command
from django.test import Client
from django.urls import reverse

from onward.api import tokens
from onward.api.models import AccessToken

from .conftest import Api

pytestmark = pytest.mark.django_db


def test_a_token_is_stored_only_as_its_hash(alice: User) -> None:
    new = tokens.create_token(alice, "  laptop   script ")
    stored = AccessToken.objects.get()
    assert new.secret.startswith("onw_")
    assert stored.key_hash == hashlib.sha256(new.secret.encode()).hexdigest()
    assert new.secret not in str(list(AccessToken.objects.values()))
    assert stored.name == "laptop script"
    assert stored.prefix == new.secret[:8]


def test_a_token_finds_its_user_until_it_is_revoked(alice: User) -> None:
    new = tokens.create_token(alice, "script")
    assert tokens.find(new.secret) == new.token
    assert tokens.revoke(new.token) is True
    assert tokens.find(new.secret) is None
    assert tokens.revoke(new.token) is False  # already revoked: nothing changes


def test_an_unknown_or_malformed_token_finds_nothing(alice: User) -> None:
    new = tokens.create_token(alice, "script")
    assert tokens.find(new.secret[:-1]) is None
    assert tokens.find(new.secret.removeprefix("onw_")) is None
    assert tokens.find("") is None


def test_the_command_prints_the_token_once_and_it_works(alice: User) -> None:
    out, err = StringIO(), StringIO()
    call_command(
        "token", "create", "--user", "ALICE@example.com", "--name", "cron", "--read-only",
        stdout=out, stderr=err,
    )  # fmt: skip
    secret = out.getvalue().strip()
    assert "only time it is shown" in err.getvalue()
    token = AccessToken.objects.get(user=alice)
    assert (token.name, token.read_only) == ("cron", True)
    assert Api(secret).get("/applications").status_code == 200
    assert Api(secret).post("/people", {"name": "Ana"}).status_code == 403


def test_the_command_lists_and_revokes_without_showing_secrets(alice: User) -> None:
    new = tokens.create_token(alice, "cron")
    listed = StringIO()
    call_command("token", "list", "--user", alice.email, stdout=listed)
    assert "cron" in listed.getvalue() and new.secret not in listed.getvalue()
    call_command("token", "revoke", "--user", alice.email, str(new.token.pk), stdout=StringIO())
    assert Api(new.secret).get("/applications").status_code == 401


def test_the_command_refuses_an_unknown_account_and_another_users_token(
    alice: User, bob: User
) -> None:
    with pytest.raises(CommandError, match=r"No account uses nobody@example\.com"):
        call_command("token", "create", "--user", "nobody@example.com", "--name", "x")
    bobs = tokens.create_token(bob, "bob's")
    with pytest.raises(CommandError, match="has no token"):
        call_command("token", "revoke", "--user", alice.email, str(bobs.token.pk))
    assert tokens.find(bobs.secret) is not None


def test_settings_makes_a_token_shows_it_once_and_revokes_it(
    alice: User, alice_client: Client
) -> None:
    page = reverse("api:tokens")
    made = alice_client.post(page, {"name": "Notebook", "read_only": "on"})
    assert made.status_code == 200
    token = AccessToken.objects.get(user=alice)
    secret = made.context["new"].secret
    assert secret in made.content.decode()
    assert token.read_only and token.key_hash == hashlib.sha256(secret.encode()).hexdigest()
    again = alice_client.get(page).content.decode()
    assert "Notebook" in again and secret not in again
    revoked = alice_client.post(reverse("api:token_revoke", args=[token.pk]), follow=True)
    assert "Revoked “Notebook”" in revoked.content.decode()
    assert Api(secret).get("/people").status_code == 401


def test_settings_asks_for_a_name(alice_client: Client) -> None:
    response = alice_client.post(reverse("api:tokens"), {"name": "  "})
    assert "Give it a name" in response.content.decode()
    assert not AccessToken.objects.exists()


def test_another_user_cannot_revoke_a_token(alice: User, bob_client: Client) -> None:
    new = tokens.create_token(alice, "script")
    response = bob_client.post(reverse("api:token_revoke", args=[new.token.pk]))
    assert response.status_code == 404
    assert tokens.find(new.secret) is not None

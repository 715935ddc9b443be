"""Sign-up, sign-in, verification and reset with django-allauth, by email and password."""

from __future__ import annotations

from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client
from django.urls import reverse

from onward.test import PASSWORD

pytestmark = pytest.mark.django_db


def test_sign_up_by_email_lands_on_today_and_sends_a_verification_mail(client: Client) -> None:
    response = client.post(
        reverse("account_signup"),
        {
            "email": "new@example.com",
            "password1": "quiet-harbour-77",
            "password2": "quiet-harbour-77",
        },
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("plans:today")
    assert get_user_model().objects.filter(email="new@example.com").exists()
    assert len(mail.outbox) == 1
    assert "new@example.com" in mail.outbox[0].to
    assert "/accounts/confirm-email/" in mail.outbox[0].body
    assert client.get(reverse("plans:today")).status_code == 200


def test_sign_up_with_a_taken_email_or_weak_password_is_refused(alice: Any, client: Client) -> None:
    taken = client.post(
        reverse("account_signup"),
        {
            "email": "alice@example.com",
            "password1": "quiet-harbour-77",
            "password2": "quiet-harbour-77",
        },
    )
    assert taken.status_code == 200
    weak = client.post(
        reverse("account_signup"),
        {"email": "x@example.com", "password1": "123", "password2": "123"},
    )
    assert weak.status_code == 200
    assert get_user_model().objects.count() == 1


def test_sign_in_with_email_and_password(alice: Any, client: Client) -> None:
    response = client.post(
        reverse("account_login"), {"login": "alice@example.com", "password": PASSWORD}
    )
    assert response["Location"] == reverse("plans:today")
    wrong = Client().post(
        reverse("account_login"), {"login": "alice@example.com", "password": "no"}
    )
    assert wrong.status_code == 200
    assert "not correct" in wrong.content.decode()


def test_password_reset_mails_a_link(alice: Any, client: Client) -> None:
    client.post(reverse("account_reset_password"), {"email": "alice@example.com"})
    assert len(mail.outbox) == 1
    assert "/accounts/password/reset/key/" in mail.outbox[0].body


def test_landing_and_auth_pages_are_open_to_everyone(client: Client) -> None:
    for name in ["core:landing", "account_login", "account_signup", "account_reset_password"]:
        assert client.get(reverse(name)).status_code == 200


def test_signed_in_user_on_the_landing_page_goes_to_today(alice_client: Client) -> None:
    assert alice_client.get(reverse("core:landing"))["Location"] == reverse("plans:today")


def test_settings_page_sets_the_name_used_to_sign_notes(alice: Any, alice_client: Client) -> None:
    alice_client.post(reverse("core:settings"), {"first_name": "Alicia", "last_name": "Lee"})
    alice.refresh_from_db()
    assert alice.get_full_name() == "Alicia Lee"


def test_sign_in_page_shows_the_demo_account_only_when_make_run_says_so(
    client: Client, settings: Any
) -> None:
    assert "demo account" not in client.get(reverse("account_login")).content.decode()
    # make run sets ONWARD_DEMO_LOGIN="demo@onward.local:onward-demo"
    settings.ONWARD_DEMO_LOGIN = ("demo@onward.local", "onward-demo")
    page = client.get(reverse("account_login")).content.decode()
    assert "demo@onward.local" in page
    assert "onward-demo" in page


def test_sign_up_can_be_closed_for_an_institution(client: Client, settings: Any) -> None:
    settings.ONWARD_OPEN_SIGNUP = False  # ONWARD_OPEN_SIGNUP=0
    page = client.get(reverse("account_signup"))
    assert "Sign-up is closed here" in page.content.decode()
    client.post(
        reverse("account_signup"),
        {
            "email": "new@example.com",
            "password1": "quiet-harbour-77",
            "password2": "quiet-harbour-77",
        },
    )
    assert not get_user_model().objects.filter(email="new@example.com").exists()

"""allauth's pages and emails, and the error pages, in Onward's voice and layout; and the
time zone taken from the browser at sign-up."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.cache import cache
from django.test import Client, RequestFactory
from django.urls import reverse
from django.views.defaults import server_error

from onward.accounts.models import Preferences
from onward.accounts.prefs import preferences_for


@pytest.fixture(autouse=True)
def _fresh_rate_limits() -> None:
    # allauth limits confirmation mails per address in the cache, which outlives a test.
    cache.clear()


STOCK_PHRASES = ["Sign Up", "Sign In", "Then please", "for user", "Hello from", "E-mail"]


def sign_up(client: Client, email: str = "sam@example.com", **extra: str) -> Any:
    data = {"email": email, "password1": "quiet-harbour-77", "password2": "quiet-harbour-77"}
    return client.post(reverse("account_signup"), {**data, **extra})


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "heading"),
    [
        ("account_signup", "Make your account"),
        ("account_login", "Welcome back"),
        ("account_reset_password", "Forgot your password?"),
        ("account_reset_password_done", "Look for the link"),
        ("account_email_verification_sent", "One more step"),
    ],
)
def test_the_account_pages_speak_onwards_words_in_its_layout(
    client: Client, name: str, heading: str
) -> None:
    page = client.get(reverse(name)).content.decode()
    assert heading in page
    assert "Skip to content" in page and "onward/onward.css" in page
    for phrase in STOCK_PHRASES:
        assert phrase not in page, phrase


@pytest.mark.django_db
def test_sign_up_asks_the_browser_for_its_time_zone(client: Client) -> None:
    page = client.get(reverse("account_signup")).content.decode()
    assert re.search(r'<input type="hidden" name="time_zone"[^>]*data-browser-time-zone', page)
    assert "Create my account" in page


@pytest.mark.django_db
def test_the_time_zone_the_browser_reports_is_saved(client: Client) -> None:
    response = sign_up(client, time_zone="America/Sao_Paulo")
    assert response["Location"] == reverse("plans:today")
    user = get_user_model().objects.get(email="sam@example.com")
    assert Preferences.objects.get(user=user).time_zone == "America/Sao_Paulo"


@pytest.mark.django_db
@pytest.mark.parametrize("reported", ["", "Mars/Olympus_Mons", "../../etc/passwd", "x" * 64])
def test_a_time_zone_zoneinfo_does_not_know_falls_back_to_the_default(
    client: Client, settings: Any, reported: str
) -> None:
    settings.ONWARD_DEFAULT_TIME_ZONE = "Europe/Dublin"
    assert sign_up(client, time_zone=reported).status_code == 302
    user = get_user_model().objects.get(email="sam@example.com")
    assert preferences_for(user).time_zone == "Europe/Dublin"


@pytest.mark.django_db
def test_the_confirmation_email_is_onwards_own(client: Client) -> None:
    sign_up(client)
    sent = mail.outbox[0]
    assert sent.subject == "[Onward] Confirm your email"
    assert sent.body.startswith("Hello,\n\nPlease confirm this email for your Onward account")
    assert "/accounts/confirm-email/" in sent.body
    assert sent.body.rstrip().endswith("Onward")
    for phrase in ["Hello from", "testserver!", "user sam", "Thank you for using"]:
        assert phrase not in sent.body, phrase


@pytest.mark.django_db
def test_after_sign_up_the_page_says_where_the_link_went(client: Client) -> None:
    response = sign_up(client)
    today = client.get(response["Location"]).content.decode()
    assert "We sent a link to sam@example.com to confirm it is yours." in today


@pytest.mark.django_db
def test_the_confirmation_page_asks_plainly_and_confirms(client: Client) -> None:
    sign_up(client)
    link = re.search(r"(/accounts/confirm-email/[^/\s]+/)", str(mail.outbox[0].body))
    assert link is not None
    page = client.get(link.group(1)).content.decode()
    assert "Is this you?" in page and "<strong>sam@example.com</strong>" in page
    assert "for user" not in page and "Confirm Email Address" not in page
    client.post(link.group(1))
    user = get_user_model().objects.get(email="sam@example.com")
    assert user.emailaddress_set.get().verified  # type: ignore[attr-defined]


@pytest.mark.django_db
def test_a_worn_out_confirmation_link_says_what_to_do(client: Client) -> None:
    page = client.get("/accounts/confirm-email/not-a-key/").content.decode()
    assert "This link has worn out" in page and "Sign in" in page


@pytest.mark.django_db
def test_the_password_reset_email_and_pages_are_onwards_own(alice: Any, client: Client) -> None:
    response = client.post(reverse("account_reset_password"), {"email": "alice@example.com"})
    assert response["Location"] == reverse("account_reset_password_done")
    sent = mail.outbox[0]
    assert sent.subject == "[Onward] Choose a new password"
    assert "Someone, hopefully you, asked to choose a new password" in sent.body
    assert "Hello from" not in sent.body and "testserver!" not in sent.body
    link = re.search(r"(/accounts/password/reset/key/\S+)", str(sent.body))
    assert link is not None
    page = client.get(link.group(1), follow=True).content.decode()
    assert "Choose a new password" in page and "Save my new password" in page
    worn = client.get("/accounts/password/reset/key/1-nope/", follow=True).content.decode()
    assert "This link has worn out" in worn and "Bad Token" not in worn


@pytest.mark.django_db
def test_a_wrong_password_is_answered_kindly(alice: Any, client: Client) -> None:
    page = client.post(
        reverse("account_login"), {"login": "alice@example.com", "password": "nope"}
    ).content.decode()
    assert "Nearly there. Just one thing first:" in page
    assert "That email or password is not correct. Check for a typo" in page


@pytest.mark.django_db
def test_a_mistyped_address_gets_onwards_404_with_a_way_back(
    client: Client, alice_client: Client
) -> None:
    stranger = client.get("/no-such-page/")
    assert stranger.status_code == 404
    page = stranger.content.decode()
    assert "There's nothing at this address" in page and "Skip to content" in page
    assert f'href="{reverse("core:landing")}"' in page
    signed_in = alice_client.get("/no-such-page/").content.decode()
    assert f'href="{reverse("plans:today")}">Go to Today' in signed_in


@pytest.mark.django_db
def test_a_404_raised_by_a_view_looks_the_same(alice_client: Client) -> None:
    response = alice_client.get(reverse("watch:watch_edit", args=[999]))
    assert response.status_code == 404
    assert "There's nothing at this address" in response.content.decode()


def test_the_500_page_needs_no_request_context_and_no_database() -> None:
    # No `db` fixture: pytest-django fails the test if the page touches the database.
    response = server_error(RequestFactory().get("/"))
    assert response.status_code == 500
    page = response.content.decode()
    assert "Something went wrong on Onward's side" in page
    assert "onward/onward.css" in page and "Server Error" not in page


@pytest.mark.django_db
def test_a_form_sent_without_its_csrf_token_is_explained(alice: Any) -> None:
    response = Client(enforce_csrf_checks=True).post(
        reverse("account_login"), {"login": "alice@example.com", "password": "x"}
    )
    assert response.status_code == 403
    page = response.content.decode()
    assert "Please try that again" in page and "CSRF verification failed" not in page

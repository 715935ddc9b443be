"""Sign-up and password reset say where the link really went: to the inbox only when a
mail server is set up; else to the terminal Onward runs in, or a folder of files."""

from __future__ import annotations

import html
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from django.core import mail
from django.core.cache import cache
from django.test import Client
from django.urls import reverse

pytestmark = pytest.mark.django_db
CONSOLE = "django.core.mail.backends.console.EmailBackend"
FILES = "django.core.mail.backends.filebased.EmailBackend"


@pytest.fixture(autouse=True)
def no_rate_limits() -> Iterator[None]:
    """allauth counts confirmation mails per address in the cache: each test starts afresh."""
    cache.clear()
    yield
    cache.clear()


def sign_up(client: Client) -> str:
    response = client.post(
        reverse("account_signup"),
        {
            "email": "sam@example.com",
            "password1": "quiet-harbour-77",
            "password2": "quiet-harbour-77",
        },
        follow=True,
    )
    return html.unescape(response.content.decode())


def test_with_a_mail_server_sign_up_says_the_link_was_sent(client: Client) -> None:
    page = sign_up(client)
    assert "We sent a link to sam@example.com to confirm it is yours." in page
    assert len(mail.outbox) == 1


def test_in_console_mode_sign_up_says_the_link_is_in_the_terminal(
    client: Client, settings: Any
) -> None:
    settings.MAILERS = {"default": {"BACKEND": CONSOLE}}
    page = sign_up(client)
    assert "We sent" not in page
    assert "Email isn't set up on this Onward" in page
    assert "the link to confirm sam@example.com wasn't emailed to you" in page
    assert "printed in the terminal where Onward runs" in page
    assert "make run" in page


def test_in_file_mode_sign_up_names_the_folder(
    client: Client, settings: Any, tmp_path: Path
) -> None:
    folder = tmp_path / "sent-mail"
    settings.MAILERS = {"default": {"BACKEND": FILES, "OPTIONS": {"file_path": str(folder)}}}
    page = sign_up(client)
    assert "We sent" not in page
    assert f"saved as a file in {folder}" in page
    assert any(folder.iterdir())  # and it really is there


def test_the_confirmation_page_of_mandatory_verification_says_where_too(
    client: Client, settings: Any
) -> None:
    settings.ACCOUNT_EMAIL_VERIFICATION = "mandatory"
    settings.MAILERS = {"default": {"BACKEND": CONSOLE}}
    page = sign_up(client)
    assert "Confirm your email" in page
    assert "printed in the terminal where Onward runs" in page
    assert "We have sent" not in page


def test_a_password_reset_says_where_the_link_went(
    alice: Any, client: Client, settings: Any
) -> None:
    settings.MAILERS = {"default": {"BACKEND": CONSOLE}}
    response = client.post(
        reverse("account_reset_password"), {"email": "alice@example.com"}, follow=True
    )
    page = html.unescape(response.content.decode())
    assert "the link to choose a new password wasn't emailed to you" in page
    assert "We have sent you an email" not in page

"""Settings says, in plain words, whether email is set up, and with a mail server it can
send one test message to the user's own address and say what happened, failures too."""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

from onward.lib import emails
from onward.tests.smtpserver import Outbox, smtp_server

pytestmark = pytest.mark.django_db
SMTP = "django.core.mail.backends.smtp.EmailBackend"


def use_smtp(settings: Any, port: int, password: str = "") -> None:
    settings.MAILERS = {
        "default": {
            "BACKEND": SMTP,
            "OPTIONS": {
                "host": "127.0.0.1",
                "port": port,
                "username": "onward" if password else "",
                "password": password,
                "timeout": 5,
            },
        }
    }


def free_port() -> int:
    """A port on loopback that nothing listens on: a connection to it is refused."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def settings_page(client: Client) -> str:
    return client.get(reverse("core:settings")).content.decode()


def test_console_mail_is_called_not_set_up_with_where_it_goes(
    alice_client: Client, settings: Any
) -> None:
    settings.MAILERS = {"default": {"BACKEND": "django.core.mail.backends.console.EmailBackend"}}
    page = settings_page(alice_client)
    assert "Email isn't set up on this Onward" in page
    assert "printed in the terminal where Onward runs" in page
    assert "“Sending mail”" in page
    assert "Send me a test message" not in page


def test_file_mail_is_called_not_set_up_and_names_the_folder(
    alice_client: Client, settings: Any, tmp_path: Path
) -> None:
    settings.MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.filebased.EmailBackend",
            "OPTIONS": {"file_path": str(tmp_path / "sent-mail")},
        }
    }
    page = settings_page(alice_client)
    assert "Email isn't set up on this Onward" in page
    assert str(tmp_path / "sent-mail") in page
    assert "Send me a test message" not in page


def test_smtp_is_called_set_up_and_offers_a_test_message(
    alice_client: Client, settings: Any
) -> None:
    use_smtp(settings, 2525)
    page = settings_page(alice_client)
    assert "Email is set up." in page
    assert "127.0.0.1:2525" in page
    assert "Send me a test message" in page


def test_the_test_message_reaches_the_users_own_address(
    alice: Any, alice_client: Client, settings: Any
) -> None:
    with smtp_server(Outbox(password="right")) as (port, outbox):
        use_smtp(settings, port, "right")
        response = alice_client.post(reverse("core:mail_test"), follow=True)
    page = response.content.decode()
    assert "The mail server took a test message for alice@example.com" in page
    assert len(outbox.messages) == 1
    assert b"To: Alice Lee <alice@example.com>" in outbox.messages[0]
    assert b"Subject: A test message from Onward" in outbox.messages[0]


@pytest.mark.parametrize(
    ("server", "said"),
    [
        ("wrong-password", "didn&#x27;t accept the user name and password"),
        ("refused-address", "refused the address"),
        ("nothing-listening", "Nothing answered at 127.0.0.1:"),
    ],
)
def test_a_failed_test_message_is_explained_never_a_500(
    alice_client: Client, settings: Any, server: str, said: str
) -> None:
    if server == "nothing-listening":
        use_smtp(settings, free_port())
        response = alice_client.post(reverse("core:mail_test"), follow=True)
    else:
        box = Outbox(password="right", refuse="alice@example.com" if "address" in server else "")
        with smtp_server(box) as (port, outbox):
            use_smtp(settings, port, "wrong" if server == "wrong-password" else "right")
            response = alice_client.post(reverse("core:mail_test"), follow=True)
        assert outbox.messages == []
    assert response.status_code == 200
    page = response.content.decode()
    assert "The test message didn&#x27;t go." in page
    assert said in page


def test_no_test_message_without_a_mail_server(alice_client: Client, settings: Any) -> None:
    settings.MAILERS = {"default": {"BACKEND": "django.core.mail.backends.console.EmailBackend"}}
    response = alice_client.post(reverse("core:mail_test"), follow=True)
    assert "nothing to test" in response.content.decode()
    assert mail.outbox == []


def test_the_test_message_only_takes_a_post(alice_client: Client) -> None:
    assert alice_client.get(reverse("core:mail_test")).status_code == 405


def test_the_test_message_needs_a_signed_in_user(client: Client) -> None:
    response = client.post(reverse("core:mail_test"))
    assert response.status_code == 302
    assert mail.outbox == []


@pytest.mark.parametrize(
    ("backend", "delivers"),
    [
        ("django.core.mail.backends.console.EmailBackend", False),
        ("django.core.mail.backends.filebased.EmailBackend", False),
        ("django.core.mail.backends.dummy.EmailBackend", False),
        ("django.core.mail.backends.smtp.EmailBackend", True),
        ("django.core.mail.backends.locmem.EmailBackend", True),
        ("anymail.backends.postmark.EmailBackend", True),
    ],
)
def test_only_a_backend_that_can_reach_someone_counts_as_set_up(
    settings: Any, backend: str, delivers: bool
) -> None:
    settings.MAILERS = {"default": {"BACKEND": backend}}
    assert emails.status().delivers is delivers

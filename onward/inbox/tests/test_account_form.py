"""The mail account form: only servers Onward may reach, plain text only by name, and the
same plain sentence for every connection problem (security review 2026-11-30, #2)."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from onward.inbox.crypto import encrypt
from onward.inbox.models import MailAccount
from onward.inbox.sync import sync_account

PROBLEM = "We couldn&#x27;t reach that mail server."


def post_account(client: Client, **fields: str) -> Any:
    data = {
        "form": "account",
        "imap-host": "imap.example.com",
        "imap-port": "993",
        "imap-use_ssl": "on",
        "imap-username": "alice",
        "imap-password": "s3cret",
        "imap-folder": "INBOX",
    } | {f"imap-{name}": value for name, value in fields.items()}
    return client.post(reverse("inbox:mail"), {k: v for k, v in data.items() if v != ""})


@pytest.mark.django_db
@pytest.mark.parametrize(
    "host",
    [
        "127.0.0.1",
        "2130706433",
        "0x7f000001",
        "127.1",
        "0",
        "localhost.",
        "[::1]",
        "10.0.0.5",
        "169.254.169.254",
        "999.1.1.1",
    ],
)
def test_a_private_mail_server_is_refused_with_a_plain_sentence(
    alice: Any, alice_client: Client, host: str
) -> None:
    response = post_account(alice_client, host=host, port="8025")
    page = response.content.decode()
    assert response.status_code == 200 and PROBLEM in page
    assert "8025" not in page.replace('value="8025"', "")
    assert not MailAccount.objects.exists()


@pytest.mark.django_db
def test_a_port_that_is_no_port_is_refused(alice: Any, alice_client: Client) -> None:
    post_account(alice_client, port="70000")
    assert not MailAccount.objects.exists()


@pytest.mark.django_db
def test_plain_text_sign_in_is_allowed_for_the_named_host_only(
    alice: Any, alice_client: Client
) -> None:
    post_account(
        alice_client, host="mail.example.org", port="143", use_ssl="", allow_plain_login="on"
    )
    account = MailAccount.objects.get(user=alice)
    assert account.plain_login_host == "mail.example.org" and not account.use_ssl
    page = alice_client.get(reverse("inbox:mail")).content.decode()
    assert "If mail.example.org offers no encryption, send my password" in page
    # A new server starts without the allowance, unless it is given again.
    post_account(alice_client, host="imap.example.net", port="143", use_ssl="")
    account.refresh_from_db()
    assert account.host == "imap.example.net" and account.plain_login_host == ""


@pytest.mark.django_db(transaction=True)
def test_a_failed_sync_shows_the_plain_sentence_not_the_network_details(
    alice: Any, alice_client: Client, settings: Any
) -> None:
    settings.ONWARD_ALLOW_PRIVATE_FETCH = True
    account = MailAccount.objects.create(
        user=alice, host="127.0.0.1", port=9, username="alice", password_encrypted=encrypt("x")
    )
    sync_account(account.pk)
    page = alice_client.get(reverse("inbox:mail")).content.decode()
    assert PROBLEM in page
    assert "Errno" not in page and "refused" not in page.lower()

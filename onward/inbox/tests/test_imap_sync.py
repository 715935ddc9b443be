"""Syncing an IMAP folder, against a real IMAP server on 127.0.0.1 (never a mock)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from onward.inbox.crypto import encrypt
from onward.inbox.models import ImportedMessage, MailAccount
from onward.inbox.sync import sync_account
from onward.inbox.tasks import sync_all_mail
from onward.lib.imap import Folder, ImapError, ImapServer

from . import imapserver
from .mails import alert, human, raw

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def server(settings: Any) -> Iterator[imapserver.Server]:
    # The test server is on loopback and speaks plain IMAP: both allowed explicitly.
    settings.ONWARD_ALLOW_PRIVATE_FETCH = True
    running = imapserver.start(username="alice", password="s3cret pass")
    yield running
    running.shutdown()
    running.server_close()


def account_for(user: Any, server: imapserver.Server, **fields: Any) -> MailAccount:
    defaults = {
        "host": "127.0.0.1",
        "port": server.port,
        "use_ssl": False,
        "plain_login_host": "127.0.0.1",
        "username": "alice",
        "password_encrypted": encrypt("s3cret pass"),
    }
    return MailAccount.objects.create(user=user, **(defaults | fields))


def test_a_sync_imports_new_job_mail_and_remembers_where_it_stopped(
    alice: Any, server: imapserver.Server
) -> None:
    inbox = server.state.folders["INBOX"]
    inbox.add(raw())
    inbox.add(alert())
    account = account_for(alice, server)
    assert sync_account(account.pk) == "Read 2 new messages, 1 to look at."
    account.refresh_from_db()
    assert account.last_uid == 2 and account.uidvalidity == 1 and account.last_error == ""
    assert ImportedMessage.objects.filter(user=alice, source="imap").count() == 1

    inbox.add(human())
    assert sync_account(account.pk) == "Read 1 new message, 1 to look at."
    searches = [c for c in server.state.commands if "SEARCH" in c]
    assert "UID 3:*" in searches[-1]
    assert ImportedMessage.objects.filter(user=alice).count() == 2
    assert sync_account(account.pk) == "Read 0 new messages."


def test_nothing_is_marked_as_read(alice: Any, server: imapserver.Server) -> None:
    server.state.folders["INBOX"].add(raw())
    sync_account(account_for(alice, server).pk)
    fetches = [c for c in server.state.commands if "FETCH" in c]
    assert fetches and all("BODY.PEEK[]" in c for c in fetches)
    assert any(c.split()[1] == "EXAMINE" for c in server.state.commands)


def test_a_renumbered_folder_is_read_again_without_duplicates(
    alice: Any, server: imapserver.Server
) -> None:
    inbox = server.state.folders["INBOX"]
    inbox.add(raw())
    account = account_for(alice, server)
    sync_account(account.pk)
    inbox.uidvalidity = 99
    inbox.add(human())
    sync_account(account.pk)
    account.refresh_from_db()
    assert account.uidvalidity == 99
    assert ImportedMessage.objects.filter(user=alice).count() == 2


def test_the_since_date_limits_the_first_sync(alice: Any, server: imapserver.Server) -> None:
    inbox = server.state.folders["INBOX"]
    inbox.add(raw(when=dt.datetime(2024, 1, 5, tzinfo=dt.UTC), message_id="<old@x>"))
    inbox.add(raw(message_id="<new@x>"))
    sync_account(account_for(alice, server, since=dt.date(2024, 6, 1)).pk)
    assert list(ImportedMessage.objects.values_list("key", flat=True)) == ["new@x"]


def test_a_broken_message_is_skipped_and_the_rest_read(
    alice: Any, server: imapserver.Server
) -> None:
    inbox = server.state.folders["INBOX"]
    inbox.add(b"\x00\x01 not mail")
    inbox.add(raw())
    account = account_for(alice, server)
    assert sync_account(account.pk) == "Read 1 new message, 1 to look at, 1 couldn't be read."
    account.refresh_from_db()
    assert account.last_uid == 2


def test_a_wrong_password_is_explained_and_nothing_moves(
    alice: Any, server: imapserver.Server
) -> None:
    account = account_for(alice, server, password_encrypted=encrypt("wrong"))
    sync_account(account.pk)
    account.refresh_from_db()
    assert account.last_error == "127.0.0.1 didn't accept that username and password."
    assert account.last_uid == 0 and account.syncing_since is None


def test_a_password_saved_under_another_key_asks_for_it_again(
    alice: Any, server: imapserver.Server, settings: Any
) -> None:
    account = account_for(alice, server)
    settings.ONWARD_FIELD_KEY = "a-new-key"
    sync_account(account.pk)
    account.refresh_from_db()
    assert "enter it again" in account.last_error


def test_a_sync_already_running_is_not_started_twice(alice: Any, server: imapserver.Server) -> None:
    account = account_for(alice, server, syncing_since=dt.datetime.now(dt.UTC))
    assert sync_account(account.pk) == "A sync is already running."


def test_the_periodic_job_syncs_every_connected_account(
    alice: Any, bob: Any, server: imapserver.Server
) -> None:
    server.state.folders["INBOX"].add(raw())
    account_for(alice, server)
    account_for(bob, server, password_encrypted="")
    assert sync_all_mail.call_local() == 1
    assert ImportedMessage.objects.filter(user=alice).count() == 1
    assert not ImportedMessage.objects.filter(user=bob).exists()


def test_check_now_runs_the_background_sync(
    alice: Any, alice_client: Client, server: imapserver.Server
) -> None:
    server.state.folders["INBOX"].add(raw())
    account_for(alice, server)
    response = alice_client.post(reverse("inbox:sync"), follow=True)
    assert "Checking for new mail now." in response.content.decode()
    assert ImportedMessage.objects.filter(user=alice).count() == 1
    assert "Read 1 new message" in alice_client.get(reverse("inbox:mail")).content.decode()


def test_a_folder_used_outside_its_with_block_says_so() -> None:
    folder = Folder(ImapServer("127.0.0.1", 1, use_ssl=False, username="a", password="b"))
    with pytest.raises(ImapError, match="isn't open"):
        folder.new_uids(0, None)
    with pytest.raises(ImapError, match="isn't open"):
        list(folder.fetch([1]))

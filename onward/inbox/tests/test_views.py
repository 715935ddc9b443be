"""The Inbox pages: review, paste, upload, settings, connect."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from onward.inbox.models import ConnectTodo, ImportedMessage, InboxSettings, MailAccount
from onward.inbox.parsing import parse
from onward.inbox.services import Importer
from onward.inbox.understand import understand
from onward.pipeline.models import Application, Outcome
from onward.pipeline.services import create_application

from .mails import alert, human, mbox, raw

pytestmark = pytest.mark.django_db
Status = ImportedMessage.Status


def bring_in(user: Any, data: bytes) -> ImportedMessage:
    mail = parse(data)
    message = Importer(user, "cli").add(mail, understand(mail))
    assert message is not None
    return message


def test_the_queue_asks_about_a_rejection_in_plain_words(alice: Any, alice_client: Client) -> None:
    create_application(alice, "Acme Analytics", "Data Analyst")
    bring_in(alice, raw())
    page = alice_client.get(reverse("inbox:queue")).content.decode()
    assert "This looks like a rejection from Acme Analytics for Data Analyst." in page
    assert "Mark it and start the aftercare plan?" in page
    assert "It matches your application for Data Analyst at Acme Analytics." in page
    assert "Yes, start the plan" in page and "Not a rejection" in page and "Ignore" in page


def test_an_empty_queue_says_so_kindly(alice_client: Client) -> None:
    page = alice_client.get(reverse("inbox:queue")).content.decode()
    assert "Nothing to look at." in page


def test_yes_starts_the_plan_and_opens_it(alice: Any, alice_client: Client) -> None:
    application = create_application(alice, "Acme Analytics", "Data Analyst")
    message = bring_in(alice, raw())
    response = alice_client.post(reverse("inbox:decide", args=[message.pk]), {"action": "yes"})
    application.refresh_from_db()
    assert application.outcome == Outcome.REJECTED
    assert response["Location"] == application.rejection.plan.get_absolute_url()


def test_not_a_rejection_and_ignore_change_nothing(alice: Any, alice_client: Client) -> None:
    application = create_application(alice, "Acme Analytics", "Data Analyst")
    first, second = bring_in(alice, raw()), bring_in(alice, raw(message_id="<b@x>"))
    alice_client.post(reverse("inbox:decide", args=[first.pk]), {"action": "no"})
    alice_client.post(reverse("inbox:decide", args=[second.pk]), {"action": "ignore"})
    first.refresh_from_db()
    second.refresh_from_db()
    application.refresh_from_db()
    assert (first.status, second.status) == (Status.DISMISSED, Status.IGNORED)
    assert application.outcome == Outcome.OPEN


def test_an_unknown_action_is_refused_without_change(alice: Any, alice_client: Client) -> None:
    message = bring_in(alice, raw())
    alice_client.post(reverse("inbox:decide", args=[message.pk]), {"action": "delete"})
    message.refresh_from_db()
    assert message.status == Status.PENDING


def test_the_details_page_files_it_under_the_chosen_application(
    alice: Any, alice_client: Client
) -> None:
    other = create_application(alice, "Globex", "Reporting Analyst")
    message = bring_in(alice, raw())
    page = alice_client.get(reverse("inbox:message", args=[message.pk]))
    assert "Reporting Analyst at Globex" in page.content.decode()
    alice_client.post(
        reverse("inbox:message", args=[message.pk]),
        {
            "label": "rejection",
            "application": str(other.pk),
            "company": "",
            "role": "",
            "received_on": "2024-11-06",
        },
    )
    other.refresh_from_db()
    assert other.outcome == Outcome.REJECTED
    assert other.rejection.received_on.isoformat() == "2024-11-06"


def test_a_new_application_needs_a_company(alice: Any, alice_client: Client) -> None:
    message = bring_in(alice, raw())
    response = alice_client.post(
        reverse("inbox:message", args=[message.pk]),
        {
            "label": "rejection",
            "application": "new",
            "company": "",
            "role": "Analyst",
            "received_on": "2024-11-06",
        },
    )
    assert "Add the company, so Onward can file it." in response.content.decode()
    assert not Application.objects.exists()


def test_paste_reads_an_email_without_headers(alice: Any, alice_client: Client) -> None:
    text = "Thank you for your interest in Globex. Unfortunately, the position has been filled."
    response = alice_client.post(reverse("inbox:paste"), {"text": text})
    message = ImportedMessage.objects.get(user=alice)
    assert response["Location"] == message.get_absolute_url()
    assert (message.label, message.company, message.source) == ("rejection", "Globex", "paste")


def test_pasting_the_same_email_twice_opens_the_first(alice: Any, alice_client: Client) -> None:
    first = alice_client.post(reverse("inbox:paste"), {"text": raw().decode()})
    second = alice_client.post(reverse("inbox:paste"), {"text": raw().decode()})
    assert first["Location"] == second["Location"]
    assert ImportedMessage.objects.count() == 1


def test_paste_asks_for_text(alice_client: Client) -> None:
    response = alice_client.post(reverse("inbox:paste"), {"text": ""})
    assert "Paste an email here first." in response.content.decode()


def test_upload_takes_emls_and_an_mbox_and_reports_problems(
    alice: Any, alice_client: Client
) -> None:
    files = [
        SimpleUploadedFile("one.eml", raw()),
        SimpleUploadedFile("box.mbox", mbox(human(), alert(), b"not mail at all\n")),
    ]
    response = alice_client.post(reverse("inbox:upload"), {"upload": files}, follow=True)
    page = response.content.decode()
    assert (
        "Read 3 emails, 2 to look at below, 1 not about your job search (not kept), "
        "1 couldn&#x27;t be read (skipped, see below)." in page
    )
    assert "Skipped box.mbox, message 3 (line" in page
    assert ImportedMessage.objects.filter(user=alice, source="upload").count() == 2


def test_settings_store_the_imap_password_encrypted(
    alice: Any, alice_client: Client, settings: Any
) -> None:
    settings.ONWARD_ALLOW_PRIVATE_FETCH = True  # the server is on this machine
    response = alice_client.post(
        reverse("inbox:mail"),
        {
            "form": "account",
            "imap-host": "127.0.0.1",
            "imap-port": "1",
            "imap-username": "alice",
            "imap-password": "correct horse",
            "imap-folder": "INBOX",
        },
    )
    assert response.status_code == 302
    account = MailAccount.objects.get(user=alice)
    assert account.password_encrypted and "correct horse" not in account.password_encrypted
    from onward.inbox.crypto import decrypt

    assert decrypt(account.password_encrypted) == "correct horse"


def test_the_auto_setting_is_saved(alice: Any, alice_client: Client) -> None:
    alice_client.post(reverse("inbox:mail"), {"form": "prefs", "auto_apply": "on"})
    assert InboxSettings.objects.get(user=alice).auto_apply


def test_connect_done_logs_it_and_opens_the_person(alice: Any, alice_client: Client) -> None:
    message = bring_in(alice, human())
    todo = ConnectTodo.objects.get(user=alice)
    page = alice_client.get(reverse("inbox:connect", args=[todo.pk])).content.decode()
    assert "Connect with Priya Raman" in page
    response = alice_client.post(reverse("inbox:connect_close", args=[todo.pk]), {"state": "done"})
    assert message.person is not None
    assert response["Location"] == message.person.get_absolute_url()
    todo.refresh_from_db()
    assert todo.state == "done"


# Another user's mail is a 404 and changes nothing: onward/tests/isolation covers every
# inbox page with an id.


def test_sync_and_disconnect_without_an_account_are_404(bob_client: Client) -> None:
    assert bob_client.post(reverse("inbox:sync")).status_code == 404
    assert bob_client.post(reverse("inbox:disconnect")).status_code == 404


def test_a_new_mail_account_needs_its_password(alice: Any, alice_client: Client) -> None:
    response = alice_client.post(
        reverse("inbox:mail"),
        {
            "form": "account",
            "imap-host": "imap.example.com",
            "imap-port": "993",
            "imap-username": "alice",
            "imap-password": "",
            "imap-folder": "INBOX",
        },
    )
    assert "Add the password, so Onward can sign in." in response.content.decode()
    assert not MailAccount.objects.exists()


def test_a_saved_password_is_kept_when_left_empty(
    alice: Any, alice_client: Client, settings: Any
) -> None:
    from onward.inbox.crypto import decrypt, encrypt

    settings.ONWARD_ALLOW_PRIVATE_FETCH = True  # the server is on this machine
    MailAccount.objects.create(
        user=alice,
        host="127.0.0.1",
        port=1,
        use_ssl=False,
        username="alice",
        password_encrypted=encrypt("old secret"),
    )
    alice_client.post(
        reverse("inbox:mail"),
        {
            "form": "account",
            "imap-host": "127.0.0.1",
            "imap-port": "2",
            "imap-username": "alice",
            "imap-password": "",
            "imap-folder": "INBOX",
        },
    )
    account = MailAccount.objects.get(user=alice)
    assert account.port == 2 and decrypt(account.password_encrypted) == "old secret"

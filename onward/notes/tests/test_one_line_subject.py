"""A subject with a line break can't become a second header (Bcc: …), and never breaks the
.eml download or sending: the form refuses it in words, and mail is built on one line."""

from __future__ import annotations

from email import message_from_bytes
from typing import Any

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

from onward.notes.models import Note
from onward.notes.services import message_for

from .test_views import open_note

pytestmark = pytest.mark.django_db
INJECTED = "Thanks\r\nBcc: victim@example.com\r\nX-Injected: 1"


def test_the_composer_refuses_a_subject_on_two_lines(alice: Any, alice_client: Client) -> None:
    note = open_note(alice_client, alice)
    response = alice_client.post(note.get_absolute_url(), {"subject": INJECTED, "body": "Hi"})
    assert "Keep the subject on one line." in response.content.decode()
    note.refresh_from_db()
    assert "\n" not in note.subject


def test_the_eml_of_the_page_with_a_two_line_subject_says_why_not(
    alice: Any, alice_client: Client
) -> None:
    note = open_note(alice_client, alice)
    response = alice_client.post(
        reverse("notes:note_eml", args=[note.pk]), {"subject": INJECTED, "body": "Hi"}, follow=True
    )
    assert response.status_code == 200
    assert "Keep the subject on one line." in response.content.decode()


def test_a_note_saved_with_a_line_break_downloads_as_one_header(
    alice: Any, alice_client: Client
) -> None:
    note = open_note(alice_client, alice)
    Note.objects.filter(pk=note.pk).update(subject=INJECTED)  # as saved before this check
    response = alice_client.get(reverse("notes:note_eml", args=[note.pk]))
    assert response.status_code == 200
    message = message_from_bytes(response.content)
    assert message["Subject"] == "Thanks Bcc: victim@example.com X-Injected: 1"
    assert message["Bcc"] is None and message["X-Injected"] is None


def test_a_note_is_sent_with_one_line_headers(alice: Any, alice_client: Client) -> None:
    note = open_note(alice_client, alice)
    Note.objects.filter(pk=note.pk).update(subject=INJECTED)
    note.refresh_from_db()
    note.person.name = "Priya\nBcc: x@example.com"
    message_for(note).send()
    [sent] = mail.outbox
    parsed = message_from_bytes(sent.message().as_bytes())
    assert parsed["Bcc"] is None and parsed["X-Injected"] is None
    assert parsed["Subject"] == "Thanks Bcc: victim@example.com X-Injected: 1"
    assert parsed["To"] == '"Priya Bcc: x@example.com" <priya@acme.example>'

"""A note meets a mail server that fails at each point of the conversation (a real SMTP
server on loopback). Before the body is handed over, a failure is retried and the note
goes once; after it, nothing is retried and the note says it may have been sent."""

from __future__ import annotations

from typing import Any

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

from onward.core.models import SentMail
from onward.notes import services
from onward.notes.models import Note
from onward.people.models import Interaction
from onward.tests.faulty_smtp import Fault

from .test_sending import priya_note

pytestmark = pytest.mark.django_db
PRIYA = "priya@acme.example"


@pytest.mark.parametrize(
    "fault",
    [Fault("mail", "drop"), Fault("mail", "delay", 2), Fault("data-command", "drop")],
    ids=["dropped-before-mail", "no-answer-to-mail", "dropped-after-rcpt"],
)
def test_a_failure_before_the_body_is_retried_and_the_note_goes_once(
    alice: Any, smtp: Any, fault: Fault
) -> None:
    sink = smtp(fault)
    note = priya_note(alice)
    services.queue_email(note)
    with pytest.raises(Exception):  # noqa: B017  the worker's retry comes from the raise
        services.deliver(note.pk)
    note.refresh_from_db()
    assert note.status == Note.Status.QUEUED
    assert sink.to(PRIYA) == []
    assert services.deliver(note.pk) is True  # huey's retry
    assert len(sink.to(PRIYA)) == 1
    note.refresh_from_db()
    assert note.status == Note.Status.SENT


@pytest.mark.parametrize(
    ("fault", "kept"),
    [
        (Fault("data-received", "drop"), 0),
        (Fault("data-queued", "drop"), 1),
        (Fault("data-queued", "delay", 2), 1),
    ],
    ids=["dropped-during-data", "dropped-after-data", "no-250-after-data"],
)
def test_after_the_body_is_handed_over_nothing_is_retried_and_the_note_may_have_been_sent(
    alice: Any, smtp: Any, fault: Fault, kept: int
) -> None:
    sink = smtp(fault)
    note = priya_note(alice)
    services.queue_email(note)
    assert services.deliver(note.pk) is False  # no raise: huey must not retry
    note.refresh_from_db()
    assert note.status == Note.Status.UNSURE
    assert services.deliver(note.pk) is False  # a duplicated job sends nothing either
    assert len(sink.to(PRIYA)) == kept
    assert not Interaction.objects.filter(person=note.person, kind="email").exists()
    assert SentMail.objects.get(key__startswith=f"note:{note.pk}:").state == "unsure"


def test_a_clear_no_after_the_body_is_not_a_maybe(alice: Any, smtp: Any) -> None:
    sink = smtp(Fault("data-received", "refuse"))
    note = priya_note(alice)
    services.queue_email(note)
    with pytest.raises(Exception):  # noqa: B017  the server said no: retrying is safe
        services.deliver(note.pk)
    note.refresh_from_db()
    assert note.status == Note.Status.QUEUED
    assert services.deliver(note.pk) is True
    assert len(sink.to(PRIYA)) == 1


def test_the_note_page_says_it_may_have_been_sent_and_offers_both_ways(
    alice: Any, alice_client: Client, smtp: Any
) -> None:
    smtp(Fault("data-queued", "drop"))
    note = priya_note(alice)
    services.queue_email(note)
    services.deliver(note.pk)
    page = alice_client.get(reverse("notes:note_edit", args=[note.pk])).content.decode()
    assert "May have been sent." in page
    assert reverse("notes:note_sent_after_all", args=[note.pk]) in page
    assert "Send again" in page


def test_send_again_asks_first_then_sends_a_second_copy(
    alice: Any, alice_client: Client, smtp: Any, django_capture_on_commit_callbacks: Any
) -> None:
    sink = smtp(Fault("data-queued", "drop"))
    note = priya_note(alice)
    services.queue_email(note)
    services.deliver(note.pk)
    url = reverse("notes:note_send", args=[note.pk])
    asked = alice_client.get(url).content.decode()
    assert "may already have sent this one" in asked
    note.refresh_from_db()
    assert note.status == Note.Status.UNSURE  # asking changed nothing

    with django_capture_on_commit_callbacks(execute=True):
        alice_client.post(url)  # tests run jobs at once: the second copy goes now
    note.refresh_from_db()
    assert note.status == Note.Status.SENT
    copies = sink.to(PRIYA)
    assert len(copies) == 2
    # The same Message-ID on both, so a mail app can tell they are one note.
    assert copies[0].message["Message-ID"] == copies[1].message["Message-ID"]


def test_mark_as_sent_records_it_and_finishes_the_step(
    alice: Any, alice_client: Client, smtp: Any
) -> None:
    sink = smtp(Fault("data-queued", "drop"))
    note = priya_note(alice)
    services.queue_email(note)
    services.deliver(note.pk)
    alice_client.post(reverse("notes:note_sent_after_all", args=[note.pk]))
    note.refresh_from_db()
    assert note.status == Note.Status.SENT
    assert note.step.state == "done"  # type: ignore[union-attr]
    assert Interaction.objects.filter(person=note.person, kind="email").count() == 1
    assert len(sink.to(PRIYA)) == 1


def test_an_unsure_note_cannot_be_edited_or_marked_by_someone_else(
    alice: Any, bob_client: Client, smtp: Any
) -> None:
    smtp(Fault("data-queued", "drop"))
    note = priya_note(alice)
    services.queue_email(note)
    services.deliver(note.pk)
    assert bob_client.post(reverse("notes:note_sent_after_all", args=[note.pk])).status_code == 404
    note.refresh_from_db()
    assert note.is_locked and note.status == Note.Status.UNSURE
    assert mail.outbox == []

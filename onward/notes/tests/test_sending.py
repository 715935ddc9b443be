"""A note goes out exactly once, is logged with the person, and finishes its step."""

from __future__ import annotations

from typing import Any

import pytest
from django.core import mail

from onward.notes import services
from onward.notes.models import Note
from onward.notes.tasks import resend_stalled_notes, send_note
from onward.people.models import Interaction
from onward.test import PRIYA, TOM, rejected_application

pytestmark = pytest.mark.django_db


def priya_note(user: Any) -> Note:
    step = rejected_application(user, [PRIYA, TOM]).plan.steps.get(person__name="Priya Raman")
    return services.note_for_step(step)


def test_queued_note_is_sent_once_and_logged(
    alice: Any, django_capture_on_commit_callbacks: Any
) -> None:
    note = priya_note(alice)
    with django_capture_on_commit_callbacks(execute=True):
        services.queue_email(note)
    assert len(mail.outbox) == 1
    sent = mail.outbox[0]
    assert sent.to == ["Priya Raman <priya@acme.example>"]
    assert "Priya" in sent.body
    assert sent.extra_headers["Message-ID"] == Note.objects.get(pk=note.pk).message_id
    note.refresh_from_db()
    assert note.status == Note.Status.SENT
    assert note.step.state == "done"  # type: ignore[union-attr]
    assert Interaction.objects.filter(person=note.person, kind="email").count() == 1


def test_a_retried_job_never_sends_twice(
    alice: Any, django_capture_on_commit_callbacks: Any
) -> None:
    note = priya_note(alice)
    with django_capture_on_commit_callbacks(execute=True):
        services.queue_email(note)
    # The worker retries or a second worker picks up the same job: nothing more goes out.
    send_note.call_local(note.pk)
    assert services.deliver(note.pk) is False
    assert len(mail.outbox) == 1
    assert Interaction.objects.filter(person=note.person, kind="email").count() == 1


def test_queueing_twice_is_refused(alice: Any) -> None:
    note = priya_note(alice)
    services.queue_email(note)
    with pytest.raises(services.CannotSend, match="already on its way"):
        services.queue_email(note)


def test_a_failed_send_goes_back_to_the_queue_and_the_retry_sends_once(
    alice: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    note = priya_note(alice)
    services.queue_email(note)
    real_send = services.emails.send

    def refuse(message: Any, on_handover: Any = None) -> None:
        raise ConnectionRefusedError("mail server down")

    monkeypatch.setattr(services.emails, "send", refuse)
    with pytest.raises(ConnectionRefusedError):
        services.deliver(note.pk)
    note.refresh_from_db()
    assert note.status == Note.Status.QUEUED
    assert "mail server down" in note.send_error
    monkeypatch.setattr(services.emails, "send", real_send)
    assert services.deliver(note.pk) is True
    assert services.deliver(note.pk) is False
    assert len(mail.outbox) == 1


def test_stalled_notes_are_requeued_without_double_sending(alice: Any) -> None:
    import datetime as dt

    from django.utils import timezone

    note = priya_note(alice)
    services.queue_email(note)  # the on-commit job never ran: a lost job
    Note.objects.filter(pk=note.pk).update(queued_at=timezone.now() - dt.timedelta(hours=1))
    assert resend_stalled_notes.call_local() == 1
    assert resend_stalled_notes.call_local() == 0
    assert len(mail.outbox) == 1


def test_an_interviewer_without_email_cannot_be_emailed(alice: Any) -> None:
    step = rejected_application(alice, [TOM]).plan.steps.get(kind="thank")
    note = services.note_for_step(step)
    with pytest.raises(services.CannotSend, match="Add Tom's email"):
        services.queue_email(note)
    note.refresh_from_db()
    assert note.status == Note.Status.DRAFT


def test_printing_a_card_logs_it_once_and_finishes_the_step(alice: Any) -> None:
    note = priya_note(alice)
    services.mark_printed(note, "potpourri")
    services.mark_printed(note, "potpourri")
    assert Interaction.objects.filter(person=note.person, kind="card").count() == 1
    assert note.step.state == "done"  # type: ignore[union-attr]


def test_draft_uses_the_interviewers_details_and_future_interest(alice: Any) -> None:
    note = priya_note(alice)
    assert note.body.startswith("Hi Priya") or "Priya" in note.body.split("\n")[0]
    assert "dbt" in note.body
    assert "future" in note.body.lower()


def test_draft_has_no_future_line_when_the_user_did_not_ask(alice: Any) -> None:
    step = rejected_application(alice, [PRIYA], future_interest=False).plan.steps.get(kind="thank")
    note = services.note_for_step(step)
    assert "future" not in note.body.lower()
    assert "consider" not in note.body.lower()

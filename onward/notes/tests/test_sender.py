"""Whose name a note carries: anyone can sign up with anyone's address, so a note goes from
the instance with the person's name and replies to them, unless the operator lets people
send as themselves and the address is one they verified. And a day has a limit."""

from __future__ import annotations

from typing import Any

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.test import Client
from django.urls import reverse

from onward.notes import services
from onward.notes.models import Note
from onward.test import PRIYA, InterviewerInput, rejected_application
from onward.tests.faulty_smtp import faulty_smtp

from .test_sending import priya_note

SAM = InterviewerInput("Sam Ito", "Recruiter", "sam@acme.example", "the team's roadmap")

pytestmark = pytest.mark.django_db


def send_now(note: Note, capture: Any) -> None:
    with capture(execute=True):
        services.queue_email(note)


def test_a_note_goes_from_the_instance_with_the_persons_name_and_replies_to_them(
    alice: Any, settings: Any, django_capture_on_commit_callbacks: Any
) -> None:
    settings.DEFAULT_FROM_EMAIL = "Onward <onward@careers.example>"
    send_now(priya_note(alice), django_capture_on_commit_callbacks)
    sent = mail.outbox[0]
    assert sent.from_email == "Alice Lee via Onward <onward@careers.example>"
    assert sent.reply_to == ["alice@example.com"]


def test_the_envelope_sender_is_the_instance_too(
    alice: Any, settings: Any, django_capture_on_commit_callbacks: Any
) -> None:
    settings.DEFAULT_FROM_EMAIL = "Onward <onward@careers.example>"
    with faulty_smtp() as (port, sink):
        settings.MAILERS = {
            "default": {
                "BACKEND": "onward.lib.smtp.EmailBackend",
                "OPTIONS": {"host": "127.0.0.1", "port": port, "timeout": 5},
            }
        }
        send_now(priya_note(alice), django_capture_on_commit_callbacks)
    [kept] = sink.kept
    assert kept.mail_from == "onward@careers.example"
    assert kept.message["From"] == "Alice Lee via Onward <onward@careers.example>"
    assert kept.message["Reply-To"] == "alice@example.com"


def test_sending_as_the_person_needs_an_address_they_verified(
    alice: Any, settings: Any, django_capture_on_commit_callbacks: Any
) -> None:
    settings.ONWARD_SEND_AS_USER = True
    settings.DEFAULT_FROM_EMAIL = "Onward <onward@careers.example>"
    EmailAddress.objects.update_or_create(
        user=alice, email=alice.email, defaults={"verified": False, "primary": True}
    )
    send_now(priya_note(alice), django_capture_on_commit_callbacks)
    assert mail.outbox[0].from_email == "Alice Lee via Onward <onward@careers.example>"

    EmailAddress.objects.filter(user=alice).update(verified=True)
    note = Note.objects.get(user=alice)
    assert services.message_for(note).from_email == "Alice Lee <alice@example.com>"


def test_without_send_as_user_even_a_verified_address_stays_in_reply_to(
    alice: Any, settings: Any
) -> None:
    settings.DEFAULT_FROM_EMAIL = "Onward <onward@careers.example>"
    EmailAddress.objects.update_or_create(
        user=alice, email=alice.email, defaults={"verified": True, "primary": True}
    )
    message = services.message_for(priya_note(alice))
    assert message.from_email == "Alice Lee via Onward <onward@careers.example>"
    assert message.reply_to == ["alice@example.com"]


def test_the_eml_for_the_persons_own_mail_app_is_from_them(alice: Any) -> None:
    message = services.eml_for(priya_note(alice))
    assert message.from_email == "Alice Lee <alice@example.com>"


def test_the_daily_limit_stops_the_next_note_kindly(alice: Any, settings: Any) -> None:
    settings.ONWARD_DAILY_SEND_LIMIT = 1
    steps = rejected_application(alice, [PRIYA, SAM]).plan.steps
    first = services.note_for_step(steps.get(person__name="Priya Raman"))
    second = services.note_for_step(steps.get(person__name="Sam Ito"))
    services.queue_email(first)
    with pytest.raises(services.CannotSend, match="1 notes today") as refused:
        services.queue_email(second)
    assert "tomorrow" in str(refused.value)
    second.refresh_from_db()
    assert second.status == Note.Status.DRAFT


def test_the_limit_is_said_on_the_note_page(
    alice: Any, alice_client: Client, settings: Any
) -> None:
    settings.ONWARD_DAILY_SEND_LIMIT = 1
    steps = rejected_application(alice, [PRIYA, SAM]).plan.steps
    services.queue_email(services.note_for_step(steps.get(person__name="Priya Raman")))
    second = services.note_for_step(steps.get(person__name="Sam Ito"))
    page = alice_client.post(reverse("notes:note_send", args=[second.pk]), follow=True)
    assert "the most this Onward sends for one person in a day" in page.content.decode()
    second.refresh_from_db()
    assert second.status == Note.Status.DRAFT


def test_one_persons_limit_is_theirs_alone(alice: Any, bob: Any, settings: Any) -> None:
    settings.ONWARD_DAILY_SEND_LIMIT = 1
    services.queue_email(priya_note(alice))
    services.queue_email(priya_note(bob))  # bob's first of the day goes
    assert Note.objects.filter(user=bob, status=Note.Status.QUEUED).count() == 1

"""With no mail server (ONWARD_EMAIL=console, the default, or file) Onward says so before
anything is sent, offers what does reach the person, and never calls a note sent."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

from onward.notes import services
from onward.notes.models import Note
from onward.people.models import Interaction
from onward.plans.models import Step
from onward.test import PRIYA, TOM, rejected_application

pytestmark = pytest.mark.django_db

CONSOLE = "django.core.mail.backends.console.EmailBackend"
FILES = "django.core.mail.backends.filebased.EmailBackend"


@pytest.fixture(params=["console", "file"])
def no_mail_server(request: pytest.FixtureRequest, settings: Any, tmp_path: Path) -> Path:
    """The two settings that keep mail on this machine; returns the folder `file` writes to."""
    folder = tmp_path / "sent-mail"
    backend = CONSOLE if request.param == "console" else FILES
    options = {"file_path": str(folder)} if request.param == "file" else {}
    settings.MAILERS = {"default": {"BACKEND": backend, "OPTIONS": options}}
    return folder


def priya_note(user: Any) -> Note:
    rejected_application(user, [PRIYA, TOM])
    return services.note_for_step(Step.objects.get(person__name="Priya Raman"))


def nothing_was_sent(note: Note, folder: Path) -> None:
    note.refresh_from_db()
    assert note.status == Note.Status.DRAFT
    assert note.sent_at is None
    assert note.step is not None and note.step.state == Step.State.OPEN
    assert not Interaction.objects.filter(person=note.person, kind="email").exists()
    assert mail.outbox == []
    assert not folder.exists() or not any(folder.iterdir())


def test_the_composer_says_email_isnt_set_up_and_offers_the_mail_app(
    alice: Any, alice_client: Client, no_mail_server: Path
) -> None:
    note = priya_note(alice)
    page = alice_client.get(note.get_absolute_url()).content.decode()
    assert "Email isn't set up on this Onward" in page
    assert "Send by email…" not in page
    assert 'href="mailto:priya%40acme.example?subject=' in page
    assert "Download .eml" in page
    assert "I've sent it from my mail app" in page


def test_the_send_page_offers_other_ways_and_no_send_button(
    alice: Any, alice_client: Client, no_mail_server: Path
) -> None:
    note = priya_note(alice)
    page = alice_client.get(reverse("notes:note_send", args=[note.pk])).content.decode()
    assert "Email isn't set up on this Onward" in page
    assert "Yes, send it" not in page
    assert "Open in my mail app" in page
    assert reverse("notes:note_eml", args=[note.pk]) in page
    nothing_was_sent(note, no_mail_server)


def test_posting_send_anyway_sends_nothing_and_says_so(
    alice: Any,
    alice_client: Client,
    no_mail_server: Path,
    django_capture_on_commit_callbacks: Any,
) -> None:
    note = priya_note(alice)
    with django_capture_on_commit_callbacks(execute=True):
        response = alice_client.post(reverse("notes:note_send", args=[note.pk]), follow=True)
    page = response.content.decode()
    assert "nothing was sent" in page
    assert "On its way" not in page
    assert "Sent " not in page
    nothing_was_sent(note, no_mail_server)


def test_the_service_refuses_to_queue_without_a_mail_server(
    alice: Any, no_mail_server: Path
) -> None:
    note = priya_note(alice)
    with pytest.raises(services.CannotSend, match="Email isn't set up"):
        services.queue_email(note)
    nothing_was_sent(note, no_mail_server)


def test_a_note_queued_before_mail_was_turned_off_is_not_called_sent(
    alice: Any, no_mail_server: Path
) -> None:
    note = priya_note(alice)
    Note.objects.filter(pk=note.pk).update(status=Note.Status.QUEUED)
    assert services.deliver(note.pk) is False
    note.refresh_from_db()
    assert note.status == Note.Status.FAILED
    assert "Email isn't set up" in note.send_error
    assert note.step is not None and note.step.state == Step.State.OPEN
    assert not no_mail_server.exists() or not any(no_mail_server.iterdir())


def test_sending_it_from_my_mail_app_finishes_the_step_once(
    alice: Any, alice_client: Client, no_mail_server: Path
) -> None:
    note = priya_note(alice)
    url = reverse("notes:note_mailed", args=[note.pk])
    page = alice_client.post(url, follow=True).content.decode()
    assert "from your mail app" in page
    alice_client.post(url)
    note.refresh_from_db()
    assert note.status == Note.Status.MAILED
    assert note.step is not None and note.step.state == Step.State.DONE
    logged = Interaction.objects.filter(person=note.person, kind="email")
    assert [i.summary for i in logged] == [
        f"Sent a thank-you note from your mail app: {note.subject}"
    ]
    assert mail.outbox == []


def test_a_note_sent_from_the_mail_app_is_never_sent_again_by_onward(
    alice: Any, alice_client: Client
) -> None:
    note = priya_note(alice)  # a mail server is set up here (the tests' outbox)
    alice_client.post(reverse("notes:note_mailed", args=[note.pk]))
    response = alice_client.post(reverse("notes:note_send", args=[note.pk]), follow=True)
    assert "You sent this one from your mail app already." in response.content.decode()
    with pytest.raises(services.CannotSend):
        services.queue_email(Note.objects.get(pk=note.pk))
    assert mail.outbox == []


def test_a_note_on_its_way_cannot_be_marked_as_sent_from_the_mail_app(
    alice: Any, alice_client: Client
) -> None:
    note = priya_note(alice)
    services.queue_email(note)
    Note.objects.filter(pk=note.pk).update(status=Note.Status.SENDING)
    alice_client.post(reverse("notes:note_mailed", args=[note.pk]))
    assert Note.objects.get(pk=note.pk).status == Note.Status.SENDING


def test_marking_another_users_note_as_sent_is_404(
    alice: Any, bob_client: Client, no_mail_server: Path
) -> None:
    note = priya_note(alice)
    assert bob_client.post(reverse("notes:note_mailed", args=[note.pk])).status_code == 404
    nothing_was_sent(note, no_mail_server)


def test_with_a_mail_server_the_composer_offers_sending(alice: Any, alice_client: Client) -> None:
    note = priya_note(alice)
    page = alice_client.get(note.get_absolute_url()).content.decode()
    assert "Send by email…" in page
    assert "Email isn't set up" not in page

from __future__ import annotations

import io
from typing import Any

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from pypdf import PdfReader

from onward.notes.models import Note
from onward.plans.models import Step
from onward.test import PRIYA, TOM, rejected_application

pytestmark = pytest.mark.django_db


def open_note(client: Client, user: Any, who: str = "Priya Raman") -> Note:
    rejected_application(user, [PRIYA, TOM])
    step = Step.objects.get(person__name=who)
    response = client.get(reverse("notes:note_for_step", args=[step.pk]))
    note = Note.objects.get(step=step)
    assert response["Location"] == note.get_absolute_url()
    return note


def test_composer_shows_the_draft_and_what_it_drew_on(alice: Any, alice_client: Client) -> None:
    note = open_note(alice_client, alice)
    page = alice_client.get(note.get_absolute_url()).content.decode()
    assert "A note to Priya Raman" in page
    assert "their move to dbt" in page
    assert "It reads well" in page


def test_tone_check_flags_asking_for_reasons_live(alice: Any, alice_client: Client) -> None:
    note = open_note(alice_client, alice)
    response = alice_client.post(
        reverse("notes:note_check", args=[note.pk]),
        {"body": "Hi Priya, could you tell me why I was not selected?"},
        HTTP_HX_REQUEST="true",
    )
    assert 'data-code="asks-for-reasons"' in response.content.decode()
    note.refresh_from_db()
    assert "why I was not selected" not in note.body


def test_saving_an_edit_keeps_the_users_words(alice: Any, alice_client: Client) -> None:
    note = open_note(alice_client, alice)
    alice_client.post(note.get_absolute_url(), {"subject": "Thanks", "body": "Hi Priya, thanks!"})
    note.refresh_from_db()
    assert (note.subject, note.body) == ("Thanks", "Hi Priya, thanks!")


def test_an_empty_note_is_refused(alice: Any, alice_client: Client) -> None:
    note = open_note(alice_client, alice)
    before = note.body
    response = alice_client.post(note.get_absolute_url(), {"subject": "Thanks", "body": "   "})
    assert "The note is empty" in response.content.decode()
    note.refresh_from_db()
    assert note.body == before


def test_switching_shape_redrafts_as_a_card(alice: Any, alice_client: Client) -> None:
    note = open_note(alice_client, alice)
    alice_client.post(reverse("notes:note_redraft", args=[note.pk]), {"shape": "card"})
    note.refresh_from_db()
    assert note.shape == "card"
    assert len(note.body.split()) <= 60


def test_send_asks_first_then_sends_once(
    alice: Any, alice_client: Client, django_capture_on_commit_callbacks: Any
) -> None:
    note = open_note(alice_client, alice)
    confirm = alice_client.get(reverse("notes:note_send", args=[note.pk]))
    assert "Yes, send it" in confirm.content.decode()
    assert len(mail.outbox) == 0
    with django_capture_on_commit_callbacks(execute=True):
        alice_client.post(reverse("notes:note_send", args=[note.pk]))
        alice_client.post(reverse("notes:note_send", args=[note.pk]))
    assert len(mail.outbox) == 1
    note.refresh_from_db()
    assert note.status == "sent"


def test_sending_to_someone_without_email_explains_what_to_do(
    alice: Any, alice_client: Client
) -> None:
    note = open_note(alice_client, alice, "Tom Okafor")
    response = alice_client.post(reverse("notes:note_send", args=[note.pk]), follow=True)
    assert "Add Tom&#x27;s email to send this, or print it as a card instead." in (
        response.content.decode()
    )
    note.refresh_from_db()
    assert note.status == "draft"
    assert len(mail.outbox) == 0


def test_eml_download_is_a_real_message(alice: Any, alice_client: Client) -> None:
    note = open_note(alice_client, alice)
    response = alice_client.get(reverse("notes:note_eml", args=[note.pk]))
    assert response["Content-Type"] == "message/rfc822"
    raw = response.content.decode()
    assert "To: Priya Raman <priya@acme.example>" in raw
    assert "Subject: " + note.subject in raw
    assert "X-Unsent: 1" in raw.splitlines()  # mail apps open it as a draft


def test_only_the_downloaded_eml_is_marked_unsent(alice: Any, alice_client: Client) -> None:
    from onward.notes.services import message_for

    note = open_note(alice_client, alice)
    assert "X-Unsent" not in message_for(note).message().as_string()


def test_card_pdf_carries_the_message(alice: Any, alice_client: Client) -> None:
    note = open_note(alice_client, alice)
    alice_client.post(reverse("notes:note_redraft", args=[note.pk]), {"shape": "card"})
    response = alice_client.get(
        reverse("notes:note_card", args=[note.pk]), {"theme": "chalkboard", "format": "a2-folded"}
    )
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == (
        'attachment; filename="card-priya-raman-chalkboard-a2-folded.pdf"'
    )
    reader = PdfReader(io.BytesIO(response.content))
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "Priya" in text


def test_an_a2_and_an_a6_card_download_under_different_names(
    alice: Any, alice_client: Client
) -> None:
    note = open_note(alice_client, alice)
    alice_client.post(reverse("notes:note_redraft", args=[note.pk]), {"shape": "card"})
    names = {
        alice_client.get(
            reverse("notes:note_card", args=[note.pk]), {"theme": "potpourri", "format": fmt}
        )["Content-Disposition"]
        for fmt in ("a2-folded", "a6-postcard")
    }
    assert names == {
        'attachment; filename="card-priya-raman-potpourri-a2-folded.pdf"',
        'attachment; filename="card-priya-raman-potpourri-a6-postcard.pdf"',
    }


def test_the_card_form_shows_how_to_print_and_fold_and_waits_while_it_renders(
    alice: Any, alice_client: Client
) -> None:
    note = open_note(alice_client, alice)
    page = alice_client.get(note.get_absolute_url()).content.decode()
    assert 'data-download data-busy="Making your card…"' in page
    assert "How to print and fold the A2 card" in page
    assert "double-sided, flipping on the short edge" in page


def test_card_with_unknown_theme_is_refused_kindly(alice: Any, alice_client: Client) -> None:
    note = open_note(alice_client, alice)
    response = alice_client.get(
        reverse("notes:note_card", args=[note.pk]),
        {"theme": "glitter", "format": "a2-folded"},
        follow=True,
    )
    assert "Pick one of the card designs" in response.content.decode()


def test_envelope_needs_an_address(alice: Any, alice_client: Client) -> None:
    note = open_note(alice_client, alice)
    response = alice_client.get(reverse("notes:note_envelope", args=[note.pk]), follow=True)
    assert "postal address" in response.content.decode()
    note.person.postal_address = "Acme Ltd\n1 High Street\nLeeds LS1 1AA"
    note.person.save()
    response = alice_client.get(reverse("notes:note_envelope", args=[note.pk]))
    assert response["Content-Type"] == "application/pdf"


def test_marking_a_card_sent_finishes_the_step(alice: Any, alice_client: Client) -> None:
    note = open_note(alice_client, alice)
    alice_client.post(reverse("notes:note_printed", args=[note.pk]), {"theme": "potpourri"})
    note.refresh_from_db()
    assert note.status == "printed"
    assert note.step.state == "done"  # type: ignore[union-attr]

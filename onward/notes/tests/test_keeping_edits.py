"""What is on screen is what goes out: the draft is kept as it is typed, and the .eml and
the card carry the text on screen even when Save was never pressed."""

from __future__ import annotations

import email
import io
from pathlib import Path
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse
from pypdf import PdfReader

from onward.notes import services
from onward.notes.models import Note
from onward.plans.models import Step
from onward.test import PRIYA, TOM, rejected_application

pytestmark = pytest.mark.django_db

EDIT = "P.S. The dbt migration story stayed with me."


def priya_note(user: Any) -> Note:
    rejected_application(user, [PRIYA, TOM])
    return services.note_for_step(Step.objects.get(person__name="Priya Raman"))


def on_screen(note: Note) -> dict[str, str]:
    """The composer's fields after the user typed, before any Save."""
    return {"subject": note.subject, "body": f"{note.body}\n\n{EDIT}"}


def eml_body(raw: bytes) -> str:
    message = email.message_from_bytes(raw)
    part = message.get_payload(decode=True)
    assert isinstance(part, bytes)
    return part.decode()


def pdf_text(raw: bytes) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(raw)).pages)


def test_autosave_keeps_the_text_as_typed_and_says_saved(alice: Any, alice_client: Client) -> None:
    note = priya_note(alice)
    response = alice_client.post(
        reverse("notes:note_autosave", args=[note.pk]), on_screen(note), HTTP_HX_REQUEST="true"
    )
    assert response.status_code == 200
    assert ">Saved</span>" in response.content.decode()
    assert "data-saved" in response.content.decode()
    note.refresh_from_db()
    assert note.body.endswith(EDIT)


def test_the_eml_made_after_an_autosave_has_the_edit(alice: Any, alice_client: Client) -> None:
    note = priya_note(alice)
    alice_client.post(reverse("notes:note_autosave", args=[note.pk]), on_screen(note))
    raw = alice_client.get(reverse("notes:note_eml", args=[note.pk])).content
    assert EDIT in eml_body(raw)


def test_the_eml_carries_the_text_on_screen_without_save(alice: Any, alice_client: Client) -> None:
    note = priya_note(alice)
    response = alice_client.post(reverse("notes:note_eml", args=[note.pk]), on_screen(note))
    assert response["Content-Type"] == "message/rfc822"
    assert EDIT in eml_body(response.content)
    note.refresh_from_db()
    assert note.body.endswith(EDIT)  # and it is kept, so the page and the file agree


def test_the_card_carries_the_text_on_screen_without_save(alice: Any, alice_client: Client) -> None:
    note = priya_note(alice)
    response = alice_client.post(
        reverse("notes:note_card", args=[note.pk]),
        {**on_screen(note), "theme": "potpourri", "format": "a6-postcard"},
    )
    assert response["Content-Type"] == "application/pdf"
    assert "dbt migration story" in pdf_text(response.content)


def test_an_empty_note_on_screen_makes_no_eml_and_says_why(
    alice: Any, alice_client: Client
) -> None:
    note = priya_note(alice)
    before = note.body
    response = alice_client.post(
        reverse("notes:note_eml", args=[note.pk]), {"subject": "Hi", "body": " "}, follow=True
    )
    assert "The note is empty" in response.content.decode()
    note.refresh_from_db()
    assert note.body == before


def test_autosave_keeps_nothing_empty_and_says_so_quietly(alice: Any, alice_client: Client) -> None:
    note = priya_note(alice)
    before = note.body
    response = alice_client.post(
        reverse("notes:note_autosave", args=[note.pk]), {"subject": "Hi", "body": ""}
    )
    assert "Not saved yet: The note is empty" in response.content.decode()
    assert "data-saved" not in response.content.decode()
    note.refresh_from_db()
    assert note.body == before


def test_autosave_refuses_another_users_note(alice: Any, bob_client: Client) -> None:
    note = priya_note(alice)
    before = note.body
    response = bob_client.post(reverse("notes:note_autosave", args=[note.pk]), on_screen(note))
    assert response.status_code == 404
    note.refresh_from_db()
    assert note.body == before


@pytest.mark.parametrize("status", [Note.Status.QUEUED, Note.Status.SENDING, Note.Status.SENT])
def test_autosave_refuses_a_note_on_its_way_or_sent(
    alice: Any, alice_client: Client, status: str
) -> None:
    note = priya_note(alice)
    before = note.body
    Note.objects.filter(pk=note.pk).update(status=status)
    response = alice_client.post(reverse("notes:note_autosave", args=[note.pk]), on_screen(note))
    assert response.status_code == 409
    note.refresh_from_db()
    assert note.body == before


def test_a_sent_note_downloads_as_it_was_sent_whatever_is_posted(
    alice: Any, alice_client: Client
) -> None:
    note = priya_note(alice)
    Note.objects.filter(pk=note.pk).update(status=Note.Status.SENT)
    response = alice_client.post(reverse("notes:note_eml", args=[note.pk]), on_screen(note))
    assert EDIT not in eml_body(response.content)
    assert Note.objects.get(pk=note.pk).body == note.body


def test_autosave_only_takes_a_post(alice: Any, alice_client: Client) -> None:
    note = priya_note(alice)
    assert alice_client.get(reverse("notes:note_autosave", args=[note.pk])).status_code == 405


def test_the_composer_autosaves_and_warns_before_leaving(alice: Any, alice_client: Client) -> None:
    note = priya_note(alice)
    page = alice_client.get(note.get_absolute_url()).content.decode()
    assert 'id="note-form" data-unsaved-warning' in page
    assert f'hx-post="{reverse("notes:note_autosave", args=[note.pk])}"' in page
    assert 'hx-trigger="input delay:1s from:#note-form"' in page
    # The card and the .eml are submitted with the note's own fields, so with its text.
    assert f'formaction="{reverse("notes:note_eml", args=[note.pk])}"' in page
    assert f'formaction="{reverse("notes:note_card", args=[note.pk])}" formmethod="post"' in page
    script = (
        Path(__file__).resolve().parents[2] / "core" / "static" / "onward" / "onward.js"
    ).read_text()
    assert 'addEventListener("beforeunload"' in script

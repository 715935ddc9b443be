"""Notes are signed with the user's name: drafted signed, signed once a name is given,
and sent with it as the display name. Without a name nothing dangles."""

from __future__ import annotations

from email import message_from_bytes
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from onward.notes import services
from onward.notes.drafts import signed
from onward.notes.models import Note
from onward.plans.models import Step
from onward.test import PRIYA, UserFactory, rejected_application

pytestmark = pytest.mark.django_db


def unnamed(**fields: Any) -> Any:
    return UserFactory.create(first_name="", last_name="", **fields)


def first_note(user: Any) -> Note:
    rejected_application(user, [PRIYA])
    return services.note_for_step(Step.objects.get(plan__user=user, person__name="Priya Raman"))


def name(user: Any, first: str) -> None:
    user.first_name = first
    user.save(update_fields=["first_name"])


# --- signed(): the pure rule --------------------------------------------------------


@pytest.mark.parametrize(
    ("ending", "shape", "signed_ending"),
    [
        ("Thank you.", "short", "Thank you.\n\nBest regards,\nSam"),
        ("Thank you.", "warm", "Thank you.\n\nWarm regards,\nSam"),
        ("Thank you.", "card", "Thank you.\n\nWarmly,\nSam"),
        ("Thanks!\n\nBest regards,", "short", "Thanks!\n\nBest regards,\nSam"),
        ("Thanks.\n\nCheers", "short", "Thanks.\n\nCheers\nSam"),
        ("Thanks.\n\nAll the best,\n", "short", "Thanks.\n\nAll the best,\nSam"),
    ],
)
def test_signed_puts_the_name_under_a_sign_off_or_adds_one(
    ending: str, shape: str, signed_ending: str
) -> None:
    assert signed(f"Hi Priya,\n\n{ending}", shape, "Sam") == f"Hi Priya,\n\n{signed_ending}"


@pytest.mark.parametrize(
    "body",
    ["Hi Priya,\n\nThanks.\n\nWarmly,\nSam", "Hi Priya,\n\nThanks.\n\nS.", "Hi Priya,\n\n-- S", ""],
)
def test_signed_leaves_a_note_that_already_ends_its_own_way(body: str) -> None:
    assert signed(body, "short", "Sam") == body


def test_signed_without_a_name_changes_nothing() -> None:
    assert signed("Hi Priya,\n\nThank you.", "short", "  ") == "Hi Priya,\n\nThank you."


# --- drafts and the name ------------------------------------------------------------


def test_a_draft_is_signed_with_the_users_name(alice: Any) -> None:
    assert first_note(alice).body.endswith("Best regards,\nAlice Lee")


def test_without_a_name_the_draft_has_no_empty_sign_off() -> None:
    body = first_note(unnamed()).body
    assert body.endswith("all the best.")
    assert "regards," not in body


def test_naming_yourself_signs_the_drafts_you_already_have() -> None:
    user = unnamed()
    note = first_note(user)
    name(user, "Sam")
    note.refresh_from_db()
    assert note.body.endswith("I wish you and the team all the best.\n\nBest regards,\nSam")


def test_naming_yourself_never_rewrites_a_sent_note_or_someone_elses() -> None:
    user, other = unnamed(), unnamed()
    sent, theirs = first_note(user), first_note(other)
    Note.objects.filter(pk=sent.pk).update(status=Note.Status.SENT)
    name(user, "Sam")
    sent.refresh_from_db()
    theirs.refresh_from_db()
    assert "Sam" not in sent.body and "Sam" not in theirs.body


def test_a_save_that_is_not_about_the_name_leaves_drafts_alone() -> None:
    user = unnamed()
    note = first_note(user)
    user.first_name = "Sam"  # set but saved only with the login time, as a sign-in does
    user.save(update_fields=["last_login"])
    note.refresh_from_db()
    assert "Sam" not in note.body


def test_the_settings_page_name_signs_drafts_too(client: Client) -> None:
    user = unnamed()
    note = first_note(user)
    client.force_login(user)
    client.post(reverse("core:settings"), {"first_name": "Sam", "last_name": "Rivera"})
    note.refresh_from_db()
    assert note.body.endswith("Best regards,\nSam Rivera")


# --- the .eml and the composer ------------------------------------------------------


def eml_from(client: Client, note: Note) -> str:
    response = client.get(reverse("notes:note_eml", args=[note.pk]))
    return str(message_from_bytes(response.content)["From"])


def test_the_eml_is_from_the_user_by_name(alice: Any, alice_client: Client) -> None:
    assert eml_from(alice_client, first_note(alice)) == "Alice Lee <alice@example.com>"


def test_the_eml_gets_the_name_once_it_is_given(client: Client) -> None:
    user = unnamed(username="sam.rivera@example.com")
    note = first_note(user)
    client.force_login(user)
    assert eml_from(client, note) == "sam.rivera@example.com"
    name(user, "Sam")
    assert eml_from(client, note) == "Sam <sam.rivera@example.com>"


def test_the_composer_suggests_adding_your_name_when_it_is_missing(client: Client) -> None:
    user = unnamed()
    note = first_note(user)
    client.force_login(user)
    page = client.get(note.get_absolute_url()).content.decode()
    link = reverse("accounts:first_name") + f"?next={note.get_absolute_url()}"
    assert "Your notes aren't signed yet." in page
    assert f'href="{link}"' in page
    assert "It reads well" in page  # no name is not a fault in the note itself


def test_the_composer_says_who_signs_when_the_name_is_there(
    alice: Any, alice_client: Client
) -> None:
    page = alice_client.get(first_note(alice).get_absolute_url()).content.decode()
    assert "Signed \u201cAlice Lee\u201d." in page
    assert "aren't signed yet" not in page

"""Learning from the person: a correction teaches Onward that sender's kind of mail."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from onward.inbox.learning import template_of
from onward.inbox.models import ImportedMessage, Label, SenderLesson
from onward.inbox.parsing import parse
from onward.inbox.services import Importer
from onward.inbox.understand import understand

from .mails import mbox, raw

pytestmark = pytest.mark.django_db
Status = ImportedMessage.Status
GREENHOUSE = "Acme Analytics Talent Team via Greenhouse <no-reply@us.greenhouse-mail.io>"
NOT_A_REJECTION = "You told Onward mail like this is not a rejection."


def note_for(name: str, day: int, *, sender: str = GREENHOUSE) -> bytes:
    """The same template each time: only the name, the date and the Message-ID change."""
    return raw(
        sender=sender,
        subject=f"Your application to Acme Analytics, {name}",
        body=f"Hi {name},\n\nThank you for your interest in Acme Analytics. On {day} March "
        "we have decided to move forward with other candidates.\n\nBest,\nThe Acme team\n",
        message_id=f"<{name.lower()}-{day}@greenhouse.example>",
        when=dt.datetime(2026, 3, day, 9, 0, tzinfo=dt.UTC),
    )


def bring_in(user: Any, data: bytes) -> ImportedMessage:
    mail = parse(data)
    message = Importer(user, "cli", keep_other=True).add(mail, understand(mail))
    assert message is not None
    return message


def say_not_a_rejection(client: Client, message: ImportedMessage) -> None:
    client.post(reverse("inbox:decide", args=[message.pk]), {"action": "no"})


def test_the_template_leaves_out_names_dates_and_numbers() -> None:
    one = template_of("Your application to Acme, Jane (ref 1234)", "Hi Jane, on 3 March we met")
    other = template_of("RE: Your application to Globex, Omar (ref 99)", "Hi Omar, on 9 May we met")
    assert one == other
    assert one != template_of("Your interview at Acme", "Hi Jane, on 3 March we met")


def test_not_a_rejection_means_the_next_similar_mail_is_not_called_one(
    alice: Any, alice_client: Client
) -> None:
    first = bring_in(alice, note_for("Alex", 2))
    assert first.label == Label.REJECTION
    say_not_a_rejection(alice_client, first)
    later = bring_in(alice, note_for("Sam", 20))
    assert later.label == Label.OTHER
    assert later.reason == NOT_A_REJECTION
    assert later.status == Status.LOGGED
    page = alice_client.get(later.get_absolute_url()).content.decode()
    assert NOT_A_REJECTION in page


def test_the_queue_says_what_it_learned_and_offers_undo(alice: Any, alice_client: Client) -> None:
    message = bring_in(alice, note_for("Alex", 2))
    response = alice_client.post(
        reverse("inbox:decide", args=[message.pk]), {"action": "no"}, follow=True
    )
    page = response.content.decode()
    lesson = SenderLesson.objects.get(user=alice)
    assert (
        "Got it — mail like this from us.greenhouse-mail.io won't be called a rejection again."
        in page
    )
    assert reverse("inbox:undo_lesson", args=[lesson.pk]) in page
    # said once: the next visit does not repeat it
    assert "Got it" not in alice_client.get(reverse("inbox:queue")).content.decode()


def test_undo_puts_the_email_back_and_forgets_the_lesson(alice: Any, alice_client: Client) -> None:
    message = bring_in(alice, note_for("Alex", 2))
    say_not_a_rejection(alice_client, message)
    lesson = SenderLesson.objects.get(user=alice)
    response = alice_client.post(reverse("inbox:undo_lesson", args=[lesson.pk]))
    assert response["Location"] == reverse("inbox:queue")
    message.refresh_from_db()
    assert (message.status, message.label, message.decided_at) == (
        Status.PENDING,
        Label.REJECTION,
        None,
    )
    assert not SenderLesson.objects.filter(user=alice).exists()
    assert bring_in(alice, note_for("Sam", 20)).label == Label.REJECTION


def test_undo_is_post_only_and_only_for_the_owner(
    alice: Any, alice_client: Client, bob_client: Client
) -> None:
    message = bring_in(alice, note_for("Alex", 2))
    say_not_a_rejection(alice_client, message)
    lesson = SenderLesson.objects.get(user=alice)
    address = reverse("inbox:undo_lesson", args=[lesson.pk])
    assert alice_client.get(address).status_code == 405
    assert bob_client.post(address).status_code == 404
    assert bob_client.post(reverse("inbox:forget_lesson", args=[lesson.pk])).status_code == 404
    message.refresh_from_db()
    assert message.status == Status.DISMISSED
    assert SenderLesson.objects.filter(pk=lesson.pk).exists()


def test_its_a_rejection_on_the_details_page_teaches_the_other_way(
    alice: Any, alice_client: Client
) -> None:
    quiet = raw(
        sender="Dana Lee <dana@globex.example>",
        subject="Following up, Alex",
        body="Hi Alex,\n\nThanks for the chat last week about the team at Globex. "
        "Hope your week is going well.\n\nDana\n",
        message_id="<q1@globex.example>",
    )
    message = bring_in(alice, quiet)
    assert message.label != Label.REJECTION
    alice_client.post(
        message.get_absolute_url(),
        {
            "label": "rejection",
            "application": "new",
            "company": "Globex",
            "role": "Analyst",
            "received_on": "2026-03-02",
        },
    )
    lesson = SenderLesson.objects.get(user=alice)
    assert (lesson.label, lesson.domain) == (Label.REJECTION, "globex.example")
    again = raw(
        sender="Dana Lee <dana@globex.example>",
        subject="Following up, Sam",
        body="Hi Sam,\n\nThanks for the chat last week about the team at Globex. "
        "Hope your week is going well.\n\nDana\n",
        message_id="<q2@globex.example>",
    )
    later = bring_in(alice, again)
    assert later.label == Label.REJECTION
    assert later.reason == "You told Onward mail like this is a rejection."


def test_forget_on_the_settings_page_drops_the_lesson(alice: Any, alice_client: Client) -> None:
    say_not_a_rejection(alice_client, bring_in(alice, note_for("Alex", 2)))
    lesson = SenderLesson.objects.get(user=alice)
    page = alice_client.get(reverse("inbox:mail")).content.decode()
    assert "What Onward has learned" in page and NOT_A_REJECTION in page
    response = alice_client.post(reverse("inbox:forget_lesson", args=[lesson.pk]))
    assert response["Location"] == reverse("inbox:mail")
    assert not SenderLesson.objects.filter(user=alice).exists()
    assert bring_in(alice, note_for("Sam", 20)).label == Label.REJECTION


def test_another_users_lessons_never_apply(alice: Any, alice_client: Client, bob: Any) -> None:
    say_not_a_rejection(alice_client, bring_in(alice, note_for("Alex", 2)))
    theirs = bring_in(bob, note_for("Sam", 20))
    assert (theirs.label, theirs.reason) == (Label.REJECTION, "")


def test_a_different_sender_is_not_affected(alice: Any, alice_client: Client) -> None:
    say_not_a_rejection(alice_client, bring_in(alice, note_for("Alex", 2)))
    elsewhere = bring_in(alice, note_for("Sam", 20, sender="Hiring <jobs@globex.example>"))
    assert (elsewhere.label, elsewhere.reason) == (Label.REJECTION, "")


def test_not_a_rejection_leaves_a_next_step_from_that_sender_alone(
    alice: Any, alice_client: Client
) -> None:
    say_not_a_rejection(alice_client, bring_in(alice, note_for("Alex", 2)))
    lesson = SenderLesson.objects.get(user=alice)
    assert (lesson.label, lesson.was_label) == (Label.OTHER, Label.REJECTION)
    invite = raw(
        sender=GREENHOUSE,
        subject="Your application to Acme Analytics, Sam",
        body="Hi Sam,\n\nThank you for your interest in Acme Analytics. We would love to "
        "invite you to an interview next week. Please pick a time.\n",
        message_id="<invite@greenhouse.example>",
    )
    assert bring_in(alice, invite).reason == ""


def _import_mail_lines(*args: str) -> list[dict[str, Any]]:
    out = io.StringIO()
    call_command("import_mail", *args, "--json", stdout=out, stderr=io.StringIO())
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_a_dry_run_for_a_user_reads_with_their_lessons_as_the_import_does(
    alice: Any, alice_client: Client, bob: Any, tmp_path: Path
) -> None:
    say_not_a_rejection(alice_client, bring_in(alice, note_for("Alex", 2)))
    path = tmp_path / "later.mbox"
    path.write_bytes(mbox(note_for("Sam", 20), note_for("Kim", 21)))
    anyone = _import_mail_lines(str(path), "--dry-run")
    looked = _import_mail_lines(str(path), "--dry-run", "--user", "alice@example.com")
    bobs = _import_mail_lines(str(path), "--dry-run", "--user", "bob@example.com")
    assert [line["label"] for line in anyone] == ["rejection", "rejection"]
    assert [line["label"] for line in bobs] == ["rejection", "rejection"]
    assert [line["label"] for line in looked] == ["other", "other"]
    assert all(list(line) == list(anyone[0]) for line in looked)  # the same keys, in order
    saved = _import_mail_lines(str(path), "--user", "alice@example.com")
    assert saved == looked
    kept = ImportedMessage.objects.filter(user=alice, subject__endswith="Sam").get()
    assert (kept.label, kept.reason) == (Label.OTHER, NOT_A_REJECTION)

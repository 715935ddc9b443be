"""Sending a note that asks why or reads as bitter takes a deliberate extra step;
the composer shows how many findings there are right under the text box."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

from onward.notes.models import Note
from onward.plans.models import Step
from onward.test import PRIYA, TOM, rejected_application

pytestmark = pytest.mark.django_db

ASKS_WHY = (
    "Dear Priya,\n\nThank you for our conversation about your move to dbt. "
    "I'd love to know what tipped the decision.\n\nBest regards,\nAlice"
)
BITTER = (
    "Dear Priya,\n\nThank you for our conversation about your move to dbt. "
    "I was clearly the best candidate.\n\nBest regards,\nAlice"
)
EXCITED = (
    "Dear Priya!\n\nThank you for our conversation about your move to dbt! "
    "I hope we stay in touch!\n\nBest regards,\nAlice"
)


def note_saying(client: Client, user: Any, body: str) -> Note:
    rejected_application(user, [PRIYA, TOM])
    step = Step.objects.get(person__name="Priya Raman")
    client.get(reverse("notes:note_for_step", args=[step.pk]))
    note = Note.objects.get(step=step)
    note.body = body
    note.save()
    return note


def send_page(client: Client, note: Note) -> str:
    return client.get(reverse("notes:note_send", args=[note.pk])).content.decode()


def main_button(page: str) -> str:
    """The text of the one filled (not quiet) button or button-styled link in the main area."""
    main = page.split('<main id="main"', 1)[1]
    filled = re.findall(
        r'<(?:a|button)\s+class="button"[^>]*>([^<]+)<|<button\s+type="submit">([^<]+)<', main
    )
    labels = [a or b for a, b in filled]
    assert len(labels) == 1, labels
    return labels[0].strip()


@pytest.mark.parametrize("body", [ASKS_WHY, BITTER])
def test_a_note_that_asks_why_or_reads_bitter_makes_keep_editing_the_main_button(
    alice: Any, alice_client: Client, body: str
) -> None:
    page = send_page(alice_client, note_saying(alice_client, alice, body))
    assert main_button(page) == "Keep editing"
    assert "Yes, send it" not in page
    assert re.search(r'<input type="checkbox" name="as_it_is" value="yes" required', page)
    assert re.search(r'<button class="quiet" type="submit">Send it anyway</button>', page)
    assert "Before this goes to Priya" in page


def test_sending_it_without_the_tick_sends_nothing_and_says_what_to_do(
    alice: Any, alice_client: Client, django_capture_on_commit_callbacks: Any
) -> None:
    note = note_saying(alice_client, alice, ASKS_WHY)
    with django_capture_on_commit_callbacks(execute=True):
        response = alice_client.post(reverse("notes:note_send", args=[note.pk]))
    assert response.status_code == 400
    assert "Tick \u201cSend it as it is\u201d first, or keep editing." in response.content.decode()
    assert mail.outbox == []
    note.refresh_from_db()
    assert note.status == Note.Status.DRAFT


def test_ticking_send_it_as_it_is_sends_it_once(
    alice: Any, alice_client: Client, django_capture_on_commit_callbacks: Any
) -> None:
    note = note_saying(alice_client, alice, BITTER)
    with django_capture_on_commit_callbacks(execute=True):
        alice_client.post(reverse("notes:note_send", args=[note.pk]), {"as_it_is": "yes"})
        alice_client.post(reverse("notes:note_send", args=[note.pk]), {"as_it_is": "yes"})
    assert len(mail.outbox) == 1
    assert "clearly the best candidate" in mail.outbox[0].body
    note.refresh_from_db()
    assert note.status == Note.Status.SENT


def test_minor_findings_still_send_with_one_click(
    alice: Any, alice_client: Client, django_capture_on_commit_callbacks: Any
) -> None:
    note = note_saying(alice_client, alice, EXCITED)
    page = send_page(alice_client, note)
    assert 'data-code="exclamations"' in page
    assert main_button(page) == "Yes, send it"
    assert "as_it_is" not in page
    with django_capture_on_commit_callbacks(execute=True):
        alice_client.post(reverse("notes:note_send", args=[note.pk]))
    assert len(mail.outbox) == 1


def test_the_send_page_lists_asking_why_before_the_rest(alice: Any, alice_client: Client) -> None:
    body = ASKS_WHY.replace("Dear Priya", "Hi there") + " [Company]"
    page = send_page(alice_client, note_saying(alice_client, alice, body))
    codes = re.findall(r'data-code="([a-z-]+)"', page)
    assert codes[0] == "asks-for-reasons"
    assert set(codes[1:]) == {"placeholder-left", "missing-name"}
    assert 'class="finding finding-serious" data-code="asks-for-reasons"' in page


# --- the count under the text box ---------------------------------------------------


def test_the_composer_shows_a_count_under_the_text_box_that_jumps_to_the_findings(
    alice: Any, alice_client: Client
) -> None:
    note = note_saying(alice_client, alice, BITTER + " [Company]")
    page = alice_client.get(note.get_absolute_url()).content.decode()
    textarea_end = page.index("</textarea>")
    count = page.index('id="findings-count"')
    assert textarea_end < count < page.index('id="findings"')
    assert re.search(r'<a href="#findings">2 things to look at <span aria-hidden="true">', page)


def test_the_live_check_updates_the_count_out_of_band(alice: Any, alice_client: Client) -> None:
    note = note_saying(alice_client, alice, ASKS_WHY)
    check = reverse("notes:note_check", args=[note.pk])
    html = alice_client.post(check, {"body": BITTER}, HTTP_HX_REQUEST="true").content.decode()
    assert 'id="findings-count" class="findings-count" hx-swap-oob="true"' in html
    assert '<a href="#findings">1 thing to look at' in html
    clean = BITTER.replace(" I was clearly the best candidate.", "")
    html = alice_client.post(check, {"body": clean}, HTTP_HX_REQUEST="true").content.decode()
    assert re.search(r'hx-swap-oob="true">Nothing to look at\.</p>', html)


def test_the_words_a_finding_points_at_are_quoted_once(alice: Any, alice_client: Client) -> None:
    note = note_saying(alice_client, alice, ASKS_WHY)
    check = reverse("notes:note_check", args=[note.pk])
    html = alice_client.post(check, {"body": ASKS_WHY}, HTTP_HX_REQUEST="true").content.decode()
    assert "<q>what tipped the decision</q>" in html
    assert "\u201c<q>" not in html and "&ldquo;<q>" not in html
    assert html.count("what tipped the decision") == 1

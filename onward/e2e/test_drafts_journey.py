"""Drafts fit to send, in a real browser: the welcome asks your name, the draft for an
interviewer without notes of their own reads as sentences, and it is signed."""

from __future__ import annotations

import datetime as dt
import re
from email import message_from_bytes
from pathlib import Path
from typing import Any

import pytest
from django.utils import timezone

from onward.notes.topics import LEFT_OUT

from .conftest import AXE, new_page, shoot
from .test_accessibility import axe_problems
from .test_journeys import sign_up

pytestmark = pytest.mark.django_db(transaction=True)
PANEL_NOTES = "Walked the panel through my checkout redesign case study."


def record_a_panel(page: Any, notes: str) -> None:
    """Northwind, a panel with Maya (her own topics) and Daniel (none), and the news."""
    page.get_by_role("link", name="I just got a rejection").click()
    page.get_by_label("Company").fill("Northwind Labs")
    page.get_by_label("Role").fill("Senior Product Designer")
    page.get_by_label("Where it stands").select_option("interview")
    page.get_by_role("button", name="Save").click()
    page.get_by_label("Date").fill((timezone.localdate() - dt.timedelta(days=3)).isoformat())
    page.get_by_label("What you talked about").fill(notes)
    page.locator("#id_people-0-name").fill("Maya Chen")
    page.locator("#id_people-0-email").fill("maya@northwind.example")
    page.locator("#id_people-0-topics").fill("their design system")
    page.get_by_text("Add person 2").click()
    page.locator("#id_people-1-name").fill("Daniel Okoye")
    page.get_by_role("button", name="Save the interview").click()
    page.get_by_label("How far did you get?").select_option("interview")
    page.get_by_role("button", name="Save and see my plan").click()
    page.get_by_text("Saved. That one stings. Give yourself today.").wait_for()


def no_axe_problems(page: Any) -> None:
    if AXE.exists():  # axe-core comes from npm; the journey itself needs only Chromium
        assert axe_problems(page) == []


def open_note(page: Any, who: str) -> Any:
    # The next steps show their buttons on the plan; a folded step's title opens it.
    page.locator("li.step", has_text=f"Thank {who}").get_by_role(
        "link", name=re.compile(f"^(Write the note|Thank {who})$")
    ).first.click()
    return page.get_by_label("Your note")


def test_a_named_user_thanks_the_interviewer_without_notes_in_sentences(
    browser: Any, live_server: Any, viewport: str
) -> None:
    base = live_server.url
    page = new_page(browser, viewport)
    sign_up(page, base, f"sam-{viewport}@example.com")
    page.get_by_label("First, what's your first name?").fill("Sam")
    shoot(page, "welcome-name", viewport)
    page.get_by_role("button", name="Save my name").click()
    page.get_by_text("Welcome, Sam. I'm sorry you're here").wait_for()

    record_a_panel(page, PANEL_NOTES)
    body = open_note(page, "Daniel Okoye")
    draft = body.input_value()
    assert "our conversation about my checkout redesign case study." in draft
    assert "about Walked" not in draft
    assert draft.endswith("Best regards,\nSam")
    page.get_by_text("It reads well").wait_for()
    page.get_by_text("The draft picks out \u201cmy checkout redesign case study\u201d.").wait_for()
    page.get_by_text("Signed \u201cSam\u201d.").wait_for()
    shoot(page, "note-drew-on", viewport)

    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Card", exact=True).click()
    page.get_by_text("Started again from the card draft.").wait_for()
    card = page.get_by_label("Your note").input_value()
    assert "I enjoyed our conversation about my checkout redesign case study." in card
    assert card.endswith("Warmly,\nSam")
    page.get_by_text("It reads well").wait_for()
    assert page.outside_requests == []
    assert page.csp_violations == []


def test_notes_that_fit_no_sentence_stay_out_and_the_composer_says_why_then_signs(
    browser: Any, live_server: Any, viewport: str
) -> None:
    base = live_server.url
    page = new_page(browser, viewport)
    sign_up(page, base, f"unnamed-{viewport}@example.com")
    page.get_by_label("First, what's your first name?").wait_for()
    no_axe_problems(page)
    record_a_panel(page, "Walked the panel through.")  # skipping the name question
    plan = page.url
    body = open_note(page, "Daniel Okoye")
    draft = body.input_value()
    assert "Walked" not in draft and "I enjoyed learning about your team's work" in draft
    assert draft.endswith("all the best.")  # no "Best regards," with nobody under it
    page.get_by_text(LEFT_OUT["shapeless"]).wait_for()
    page.get_by_text("Your notes aren't signed yet.").wait_for()
    page.get_by_text("It reads well").wait_for()
    shoot(page, "note-unsigned", viewport)
    no_axe_problems(page)

    page.get_by_role("link", name="Add your first name").click()
    no_axe_problems(page)
    shoot(page, "first-name", viewport)
    page.get_by_label("Your first name").fill("Sam")
    page.get_by_role("button", name="Save my name").click()
    page.get_by_text("Thank you, Sam. Your notes are signed with it.").wait_for()
    assert page.get_by_label("Your note").input_value().endswith("Best regards,\nSam")

    page.goto(plan)  # Daniel has no email address; Maya's note goes as an .eml
    assert open_note(page, "Maya Chen").input_value().endswith("Best regards,\nSam")
    with page.expect_download() as download:
        page.get_by_role("button", name="Download .eml").click()
    message = message_from_bytes(Path(download.value.path()).read_bytes())
    assert message["From"] == f"Sam <unnamed-{viewport}@example.com>"
    assert page.outside_requests == []
    assert page.csp_violations == []

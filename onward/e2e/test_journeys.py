"""Whole journeys in a real browser, as a person would take them."""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path
from typing import Any

import pytest
from django.utils import timezone
from pypdf import PdfReader

from onward.demo.data import build_demo
from onward.notes.models import Note
from onward.plans.models import Step

from .conftest import new_page, shoot, sign_in

pytestmark = pytest.mark.django_db(transaction=True)
PASSWORD = "quiet-harbour-77"


def sign_up(page: Any, base: str, email: str) -> None:
    page.goto(base + "/")
    page.get_by_role("link", name="Get started").click()
    page.locator("input[name=email]").fill(email)
    page.locator("input[name=password1]").fill(PASSWORD)
    page.locator("input[name=password2]").fill(PASSWORD)
    page.get_by_role("button", name="Create my account").click()
    page.wait_for_url(base + "/today/")


def record_rejection_with_two_interviewers(page: Any, viewport: str) -> None:
    page.get_by_role("link", name="I just got a rejection").click()
    page.get_by_label("Company").fill("Acme Analytics")
    page.get_by_label("Role").fill("Data Analyst")
    page.get_by_label("Where it stands").select_option("interview")
    shoot(page, "new-application", viewport)
    page.get_by_role("button", name="Save").click()

    page.get_by_label("Date").fill((timezone.localdate() - dt.timedelta(days=3)).isoformat())
    page.get_by_label("What you talked about").fill("A case study on churn.")
    page.locator("#id_people-0-name").fill("Priya Raman")
    page.locator("#id_people-0-title").fill("Analytics Manager")
    page.locator("#id_people-0-email").fill("priya@acme.example")
    page.locator("#id_people-0-topics").fill("their move to dbt")
    page.get_by_text("Add person 2").click()
    page.locator("#id_people-1-name").fill("Tom Okafor")
    page.locator("#id_people-1-topics").fill("the streaming pipeline")
    shoot(page, "interview-form", viewport)
    page.get_by_role("button", name="Save the interview").click()

    page.get_by_label("How far did you get?").select_option("interview")
    shoot(page, "rejection-form", viewport)
    page.get_by_role("button", name="Save and see my plan").click()
    page.get_by_text("Saved. That one stings. Give yourself today.").wait_for()


def write_note_fixing_a_finding(page: Any, who: str) -> None:
    page.locator("li.step", has_text=f"Thank {who}").get_by_role(
        "link", name="Write the note"
    ).click()
    # Typing before htmx has set up the page would send no check: wait for it, as a
    # person does without noticing.
    page.wait_for_load_state("load")
    body = page.get_by_label("Your note")
    draft = body.input_value()
    assert who.split()[0] in draft
    body.fill(draft + "\nCould you tell me why I was not selected?")
    page.locator('[data-code="asks-for-reasons"]').wait_for()
    body.fill(draft)
    # A new user may not have given a name yet: sign the note, as the check suggests.
    if draft.rstrip().endswith(","):
        page.locator('[data-code="missing-signature"]').wait_for()
        body.fill(draft.rstrip() + "\nSam")
    page.get_by_text("It reads well").wait_for()
    page.get_by_role("button", name="Save the note").click()
    page.get_by_text("Saved. It reads well.").wait_for()


def test_a_new_user_thanks_two_interviewers_by_email_and_by_card(
    browser: Any, live_server: Any, viewport: str, mailoutbox: list[Any]
) -> None:
    base = live_server.url
    page = new_page(browser, viewport)
    sign_up(page, base, f"new-{viewport}@example.com")
    page.get_by_text("I'm sorry you're here").wait_for()
    shoot(page, "welcome", viewport)
    record_rejection_with_two_interviewers(page, viewport)
    shoot(page, "plan", viewport)

    write_note_fixing_a_finding(page, "Priya Raman")
    shoot(page, "note", viewport)
    page.get_by_role("link", name="Send by email…").click()
    shoot(page, "send-confirm", viewport)

    def to_priya() -> list[Any]:
        return [m for m in mailoutbox if m.to == ["Priya Raman <priya@acme.example>"]]

    assert to_priya() == []  # nothing goes before the user says yes
    page.get_by_role("button", name="Yes, send it").click()
    page.get_by_text("On its way to Priya").wait_for()
    assert len(to_priya()) == 1

    write_note_fixing_a_finding(page, "Tom Okafor")
    page.get_by_text("Add Tom's email to send this, or print it as a card instead.").wait_for()
    page.get_by_text("Potpourri").click()
    page.get_by_label("Size").select_option("a6-postcard")
    with page.expect_download() as download:
        page.get_by_role("button", name="Download the card (PDF)").click()
    pdf = PdfReader(io.BytesIO(Path(download.value.path()).read_bytes()))
    assert len(pdf.pages) == 2
    assert "Tom" in pdf.pages[1].extract_text()
    page.get_by_role("button", name="I've sent the card").click()

    page.get_by_role("link", name="Today").click()
    done = page.locator("section", has_text="Done this week")
    done.get_by_text("Thank Priya Raman").wait_for()
    done.get_by_text("Thank Tom Okafor").wait_for()
    assert page.locator(".todo-card", has_text="Thank").count() == 0
    shoot(page, "today-after", viewport)
    assert Note.objects.get(person__name="Tom Okafor").status == "printed"
    assert len(to_priya()) == 1
    assert page.outside_requests == []
    assert page.csp_violations == []


def test_the_demo_user_works_through_today(browser: Any, live_server: Any, viewport: str) -> None:
    base = live_server.url
    user = build_demo("demo@onward.local", "onward-demo")
    page = new_page(browser, viewport)
    sign_in(page, base, "demo@onward.local", "onward-demo")
    shoot(page, "today", viewport)

    first = page.locator(".todo-card").first
    assert "Pause" in first.inner_text()
    first.get_by_role("link", name="Check in", exact=True).click()
    page.get_by_text("Okay", exact=True).click()
    page.get_by_label("A few words").fill("Tired, but fine")
    shoot(page, "checkin", viewport)
    page.get_by_role("button", name="Save my check-in").click()
    page.get_by_text("Thank you for checking in.").wait_for()

    page.get_by_role("link", name="Today").click()
    reflect = page.locator(".todo-card", has_text="Ask a mentor for advice").first
    reflect.get_by_role("button", name="Mark done").click()
    page.get_by_text("Done: Ask a mentor for advice").wait_for()
    page.locator(".messages").get_by_role("button", name="Undo").click()
    page.get_by_text("Back on your list: Ask a mentor for advice.").wait_for()

    page.locator(".todo-card", has_text="Thank").first.get_by_role(
        "button", name=re.compile("^Move to ")
    ).click()
    page.get_by_text("No rush.").wait_for()
    assert Step.objects.filter(plan__user=user, snoozed_times=1).count() == 1
    for name, path in [("applications", "/applications/"), ("people", "/people/")]:
        page.goto(base + path)
        shoot(page, name, viewport)
    assert page.outside_requests == []
    assert page.csp_violations == []

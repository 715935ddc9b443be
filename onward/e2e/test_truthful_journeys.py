"""Onward says only what is true: with no mail server nothing is ever called sent, a mentor
link on this computer says it only works here, and what is on screen is what goes out."""

from __future__ import annotations

import email
import io
import re
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from onward.demo.data import build_demo
from onward.notes.models import Note
from onward.pipeline.models import Rejection
from onward.plans.models import Step
from onward.reflect.models import MentorReply

from .conftest import new_page, shoot, sign_in
from .test_journeys import record_rejection_with_two_interviewers, sign_up

pytestmark = pytest.mark.django_db(transaction=True)

CONSOLE = {"default": {"BACKEND": "django.core.mail.backends.console.EmailBackend"}}
# What the app must never say while no mail server is set up ("I've sent it from my mail
# app" is the user's own button, and stays).
CLAIMS = re.compile(r"On its way|We sent|Already sent|Send by email|\bSent\b")


def claims_on(page: Any) -> list[str]:
    return CLAIMS.findall(page.locator("main").inner_text())


def download(page: Any, click: Any) -> bytes:
    with page.expect_download() as started:
        click()
    return Path(started.value.path()).read_bytes()


def test_with_no_mail_server_nothing_is_called_sent_and_other_ways_are_offered(
    browser: Any, live_server: Any, settings: Any, viewport: str
) -> None:
    settings.MAILERS = CONSOLE
    base = live_server.url
    page = new_page(browser, viewport)
    sign_up(page, base, f"no-mail-{viewport}@example.com")
    page.get_by_text("Email isn't set up on this Onward, so the link to confirm").wait_for()
    page.get_by_text("printed in the terminal where Onward runs").wait_for()
    assert claims_on(page) == []
    record_rejection_with_two_interviewers(page, viewport)

    page.locator("li.step", has_text="Thank Priya Raman").get_by_role(
        "link", name="Write the note"
    ).click()
    page.get_by_text("Email isn't set up on this Onward").first.wait_for()
    shoot(page, "note-no-mail", viewport)
    assert page.get_by_role("link", name="Send by email…").count() == 0
    mail_app = page.get_by_role("link", name="Open in my mail app")
    assert (mail_app.get_attribute("href") or "").startswith("mailto:priya%40acme.example?")
    raw = download(page, page.get_by_role("button", name="Download .eml").click)
    assert "To: Priya Raman <priya@acme.example>" in raw.decode()
    assert page.get_by_role("button", name="Download the card (PDF)").is_visible()
    assert claims_on(page) == []

    note = Note.objects.get(person__name="Priya Raman")
    page.goto(base + f"/notes/{note.pk}/send/")
    page.get_by_role("heading", name="Send this to Priya from your mail app").wait_for()
    shoot(page, "send-no-mail", viewport)
    assert page.get_by_role("button", name="Yes, send it").count() == 0
    assert claims_on(page) == []

    page.goto(base + note.step.plan.get_absolute_url())  # type: ignore[union-attr]
    assert (
        page.locator("li.step", has_text="Thank Priya Raman")
        .get_by_role("link", name="Write the note")
        .is_visible()
    )
    for path in ["/today/", "/settings/"]:
        page.goto(base + path)
        assert claims_on(page) == [], path
    page.get_by_text("Email isn't set up on this Onward").wait_for()
    assert page.get_by_role("button", name="Send me a test message").count() == 0
    shoot(page, "settings-no-mail", viewport)

    note.refresh_from_db()
    assert note.status == Note.Status.DRAFT and note.sent_at is None
    assert note.step is not None and note.step.state == Step.State.OPEN
    assert page.outside_requests == []
    assert page.csp_violations == []


def test_a_mentor_link_on_this_computer_says_so_and_another_way_works(
    browser: Any, live_server: Any
) -> None:
    base = live_server.url  # http://localhost:<port>: only this computer can open it
    user = build_demo("demo@onward.local", "onward-demo")
    acme = Rejection.objects.get(user=user, application__company__name="Acme Analytics")
    page = new_page(browser)
    sign_in(page, base, "demo@onward.local", "onward-demo")
    page.goto(base + acme.plan.get_absolute_url())
    page.locator("li.step", has_text="Ask a mentor").get_by_role(
        "link", name="Ask a mentor"
    ).click()
    page.get_by_text("A private link only works on this computer.").wait_for()
    assert page.get_by_text("opens it on any device").count() == 0
    shoot(page, "mentor-composer-local", "desktop")
    page.get_by_text("Dana Li").first.click()
    page.get_by_role("button", name="Create the private link").click()
    page.get_by_text("Your link is ready").wait_for()
    page.get_by_text("A private link only works on this computer.").wait_for()
    shoot(page, "mentor-link-local", "desktop")
    assert page.get_by_role("link", name="Open it in my email app").count() == 0
    assert acme.plan.steps.get(kind=Step.Kind.MENTOR).state == Step.State.OPEN

    email_it = page.get_by_role("link", name="Email it to Dana")
    assert (email_it.get_attribute("href") or "").startswith("mailto:dana")
    raw = download(page, page.get_by_role("link", name="Download .eml").click)
    letter = email.message_from_bytes(raw)
    text = next(p for p in letter.walk() if p.get_content_type() == "text/plain")
    body = text.get_payload(decode=True).decode()  # type: ignore[union-attr]
    assert "HOW THE INTERVIEWS WENT" in body and "Data Analyst" in body
    pdf = download(page, page.get_by_role("link", name="Download a PDF").click)
    words = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "would value your advice" in " ".join(words.split())
    page.get_by_role("button", name="I've sent it to Dana").click()
    page.get_by_text("Done: you asked Dana.").wait_for()
    assert acme.plan.steps.get(kind=Step.Kind.MENTOR).state == Step.State.DONE

    page.get_by_text("Did Dana answer by email? Paste it here").wait_for()
    paste = page.locator("#paste-reply")
    if paste.get_attribute("open") is None:
        paste.locator("summary").click()
    paste.get_by_label("Their advice").fill("Lead with the dbt story. <b>Numbers</b> first.")
    paste.get_by_role("button", name="Keep their advice").click()
    page.get_by_text("Kept Dana's advice.").wait_for()
    page.get_by_text("Lead with the dbt story. <b>Numbers</b> first.").wait_for()
    shoot(page, "mentor-pasted-reply", "desktop")
    assert MentorReply.objects.filter(share=None, body__startswith="Lead with").count() == 1
    assert page.outside_requests == []
    assert page.csp_violations == []


def test_an_edit_reaches_the_eml_and_the_card_without_save_and_leaving_asks_first(
    browser: Any, live_server: Any, viewport: str
) -> None:
    base = live_server.url
    page = new_page(browser, viewport)
    sign_up(page, base, f"edits-{viewport}@example.com")
    record_rejection_with_two_interviewers(page, viewport)
    page.locator("li.step", has_text="Thank Priya Raman").get_by_role(
        "link", name="Write the note"
    ).click()
    body = page.get_by_label("Your note")
    body.press("Control+End")
    body.press_sequentially("\nP.S. UNSAVED EDIT HERE")
    # At once, before the autosave: the download carries what is on screen.
    raw = download(page, page.get_by_role("button", name="Download .eml").click)
    payload = email.message_from_bytes(raw).get_payload(decode=True)
    assert isinstance(payload, bytes)
    assert "UNSAVED EDIT HERE" in payload.decode()

    body.press_sequentially(" AND MORE")
    asked: list[str] = []

    def answer(dialog: Any) -> None:
        asked.append(dialog.type)
        dialog.dismiss()  # "Stay on this page"

    page.on("dialog", answer)
    page.get_by_role("link", name="Today").click()
    page.wait_for_timeout(500)
    assert asked == ["beforeunload"]
    assert "/notes/" in page.url  # still here, the words still on screen
    assert body.input_value().endswith("AND MORE")

    page.locator("#save-state", has_text="Saved").wait_for()
    shoot(page, "note-autosaved", viewport)
    note = Note.objects.get(person__name="Priya Raman")
    assert "UNSAVED EDIT HERE AND MORE" in note.body
    page.get_by_role("link", name="Today").click()  # saved now: nothing to ask
    page.wait_for_url(base + "/today/")
    assert asked == ["beforeunload"]

    page.goto(base + note.get_absolute_url())
    pdf = download(page, page.get_by_role("button", name="Download the card (PDF)").click)
    words = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "AND MORE" in " ".join(words.split())
    assert page.outside_requests == []
    assert page.csp_violations == []

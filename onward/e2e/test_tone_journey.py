"""On a phone, the tone check is seen while typing, and a bitter note isn't one tap from sent."""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse

from onward.notes.models import Note
from onward.plans.models import Step
from onward.test import PASSWORD, PRIYA, TOM, UserFactory, rejected_application

from .conftest import AXE, VIEWPORTS, new_page, shoot, sign_in
from .test_accessibility import axe_problems

pytestmark = pytest.mark.django_db(transaction=True)


def on_screen(page: Any, selector: str) -> bool:
    """Whether the element's top edge is inside the visible part of the page."""
    top = page.locator(selector).evaluate("el => el.getBoundingClientRect().top")
    return 0 <= top < VIEWPORTS["phone"]["height"]


def test_on_a_phone_a_bitter_line_shows_a_count_that_jumps_to_the_findings_and_keep_editing_leads(
    browser: Any, live_server: Any, mailoutbox: list[Any]
) -> None:
    base = live_server.url
    user = UserFactory.create(username="sam@example.com", first_name="Sam", last_name="Rivera")
    rejected_application(user, [PRIYA, TOM])
    step = Step.objects.get(person__name="Priya Raman")
    page = new_page(browser, "phone")
    sign_in(page, base, "sam@example.com", PASSWORD)
    page.goto(base + reverse("notes:note_for_step", args=[step.pk]))
    body = page.get_by_label("Your note")
    draft = body.input_value()
    count = page.locator("#findings-count")
    count.get_by_text("Nothing to look at.").wait_for()

    body.fill(draft.replace("Best regards", "I was clearly the best candidate. Best regards", 1))
    link = count.get_by_role("link", name="1 thing to look at")
    link.wait_for()
    shoot(page, "note-count", "phone")
    # What a phone shows while typing (the README's picture), not the whole page.
    shoot(page, "note-count-screen", "phone", full_page=False)
    # The count sits under the text box, on screen while typing; the findings don't.
    assert on_screen(page, "#findings-count")
    assert not on_screen(page, "#findings")

    link.click()
    page.wait_for_url("**#findings")
    finding = page.locator('#findings [data-code="negative-tone"]')
    finding.get_by_text("measures you against").wait_for()
    assert on_screen(page, "#findings")
    shoot(page, "note-findings", "phone")
    if AXE.exists():
        assert axe_problems(page) == []

    page.get_by_role("button", name="Save the note").click()
    page.get_by_text("Saved. Have a look at the suggestions before you send it.").wait_for()
    page.get_by_role("link", name="Send by email…").click()
    page.get_by_role("heading", name="Before this goes to Priya").wait_for()
    keep = page.get_by_role("link", name="Keep editing")
    assert keep.get_attribute("class") == "button"  # filled: the main button
    send = page.get_by_role("button", name="Send it anyway")
    assert "quiet" in (send.get_attribute("class") or "")
    shoot(page, "send-confirm-serious", "phone")
    if AXE.exists():
        assert axe_problems(page) == []

    send.click()  # not ticked: the browser asks for the tick, and nothing goes
    assert page.get_by_label("Send it as it is").evaluate("el => !el.validity.valid")
    assert mailoutbox == []
    assert Note.objects.get(person__name="Priya Raman").status == Note.Status.DRAFT

    keep.click()
    page.get_by_label("Your note").wait_for()
    assert mailoutbox == []
    assert page.outside_requests == []
    assert page.csp_violations == []

"""Words being written are never lost without a word: the mentor request asks before the
page is left with unsaved text, and stops asking once the text is sent along."""

from __future__ import annotations

from typing import Any

import pytest

from onward.demo.data import build_demo
from onward.pipeline.models import Rejection

from .conftest import new_page, sign_in

pytestmark = pytest.mark.django_db(transaction=True)


def test_leaving_the_mentor_request_with_unsaved_words_asks_first(
    browser: Any, live_server: Any
) -> None:
    base = live_server.url
    user = build_demo("demo@onward.local", "onward-demo")
    acme = Rejection.objects.get(user=user, application__company__name="Acme Analytics")
    page = new_page(browser, "phone")
    sign_in(page, base, "demo@onward.local", "onward-demo")
    page.goto(base + acme.plan.get_absolute_url())
    page.locator("li.step", has_text="Ask a mentor").get_by_role(
        "link", name="Ask a mentor"
    ).click()
    composer = page.url
    asked: list[str] = []

    def answer(dialog: Any) -> None:
        asked.append(dialog.type)
        dialog.dismiss()  # "Stay on this page"

    page.on("dialog", answer)
    # Nothing typed yet: leaving is free.
    page.get_by_role("link", name="Today").first.click()
    page.wait_for_url(base + "/today/")
    assert asked == []

    page.goto(composer)
    message = page.get_by_role("textbox", name="Your message")
    message.press("Control+End")
    message.press_sequentially("\nMY OWN WORDS")
    page.get_by_role("link", name="Today").first.click()
    page.wait_for_timeout(500)
    assert asked == ["beforeunload"]
    assert page.url == composer
    assert message.input_value().endswith("MY OWN WORDS")

    # Sent back with a problem to fix: the words are still unsaved.
    page.get_by_text("Someone else").click()
    page.get_by_label("Their email").fill("not an address")
    page.get_by_role("button", name="Create the private link").click()
    page.wait_for_url(composer)
    page.get_by_text("Enter a valid email address").first.wait_for()
    page.get_by_role("link", name="Today").first.click()
    page.wait_for_timeout(500)
    assert asked == ["beforeunload", "beforeunload"]

    assert page.get_by_role("textbox", name="Your message").input_value().endswith("MY OWN WORDS")
    page.get_by_label("Their email").fill("")
    page.get_by_role("button", name="Create the private link").click()
    page.get_by_text("Your link is ready").wait_for()
    page.get_by_role("link", name="Today").first.click()
    page.wait_for_url(base + "/today/")
    assert asked == ["beforeunload", "beforeunload"]
    assert page.csp_violations == []

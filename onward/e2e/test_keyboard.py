"""The main journey without a mouse: Tab to each control, then type or press Enter/Space."""

from __future__ import annotations

from typing import Any

import pytest

from onward.plans.models import Step

from .conftest import new_page

pytestmark = pytest.mark.django_db(transaction=True)
PASSWORD = "quiet-harbour-77"


FOCUSED = """([css, text]) => {
    const el = document.activeElement;
    return !!el && el.matches(css) && (!text || el.textContent.includes(text));
}"""


def tab_to(page: Any, selector: str, text: str = "", limit: int = 150) -> None:
    """Press Tab until the focused element matches; fails if the keyboard can't get there."""
    page.wait_for_load_state()
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(FOCUSED, [selector, text]):
            return
    raise AssertionError(f"Tab never reached {selector} {text}")


def type_into(page: Any, selector: str, text: str) -> None:
    tab_to(page, selector)
    page.keyboard.type(text)


def test_the_journey_works_with_the_keyboard_alone(browser: Any, live_server: Any) -> None:
    base = live_server.url
    page = new_page(browser)
    page.goto(base + "/accounts/signup/")
    type_into(page, "input[name=email]", "keys@example.com")
    type_into(page, "input[name=password1]", PASSWORD)
    type_into(page, "input[name=password2]", PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_url(base + "/today/")

    tab_to(page, "a[href*='then=rejection']")
    page.keyboard.press("Enter")
    page.wait_for_url("**/applications/new/**")
    type_into(page, "#id_company", "Acme")
    type_into(page, "#id_role", "Analyst")
    tab_to(page, "button[type=submit]")
    page.keyboard.press("Enter")

    page.wait_for_url("**/interviews/new/**")
    tab_to(page, "#id_held_on")
    page.keyboard.type("11102026")  # the date field takes digits in month/day/year order
    type_into(page, "#id_people-0-name", "Priya Raman")
    type_into(page, "#id_people-0-email", "priya@acme.example")
    type_into(page, "#id_people-0-topics", "their move to dbt")
    tab_to(page, "button[type=submit]")
    page.keyboard.press("Enter")

    page.wait_for_url("**/rejection/")
    tab_to(page, "button[type=submit]")
    page.keyboard.press("Enter")
    page.wait_for_url("**/plans/**")

    tab_to(page, "a", "Write the note")
    page.keyboard.press("Enter")
    page.wait_for_url("**/notes/**")
    tab_to(page, "a", "Send by email")
    page.keyboard.press("Enter")
    page.wait_for_url("**/send/")
    tab_to(page, "button", "Yes, send it")
    page.keyboard.press("Enter")
    page.get_by_text("On its way to Priya").wait_for()

    tab_to(page, "li.step button", "Mark done")
    page.keyboard.press("Space")
    page.get_by_text("Nicely handled").wait_for()
    assert Step.objects.filter(kind="thank", state="done").count() == 1
    assert Step.objects.filter(state="done").count() >= 2

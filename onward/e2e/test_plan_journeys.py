"""The plan without dead ends: Today leads to each step, a done step to what it made, the
plan folds on a phone, and the chapter ends on a page of its own."""

from __future__ import annotations

import re
from typing import Any

import pytest

from onward.demo.data import build_demo
from onward.plans.models import AftercarePlan, Step

from .conftest import new_page, shoot, sign_in

pytestmark = pytest.mark.django_db(transaction=True)
EMAIL, PASSWORD = "demo@onward.local", "onward-demo"


def acme_plan(user: Any) -> AftercarePlan:
    return AftercarePlan.objects.get(
        user=user, rejection__application__company__name="Acme Analytics"
    )


def test_each_thing_on_today_opens_its_step(browser: Any, live_server: Any) -> None:
    base = live_server.url
    user = build_demo(EMAIL, PASSWORD)
    page = new_page(browser)
    sign_in(page, base, EMAIL, PASSWORD)

    # A card's title opens the step's page, like its button.
    page.locator(".todo-card h3 a", has_text="Thank Priya Raman").click()
    page.get_by_role("heading", name="A note to Priya Raman").wait_for()

    # A row under "Coming up" opens its step too.
    page.get_by_role("link", name="Today").click()
    coming = page.locator("section", has_text="Coming up")
    coming.get_by_role("link", name="Know your strengths").first.click()
    page.get_by_role("heading", name="Know your strengths").wait_for()
    assert "/strengths/" in page.url
    page.get_by_role("link", name="How the questions were written").click()
    page.get_by_role("heading", name="How the strengths inventory works").wait_for()

    # And Today leads back to each plan.
    page.get_by_role("link", name="Today").click()
    page.locator("section", has_text="Your plans").get_by_role(
        "link", name=re.compile("Acme Analytics")
    ).click()
    page.get_by_role("heading", name="Your next few days").wait_for()
    assert page.url.endswith(acme_plan(user).get_absolute_url())
    assert page.outside_requests == []
    assert page.csp_violations == []


def test_a_done_step_leads_to_what_it_made_and_a_card_to_the_next_step(
    browser: Any, live_server: Any
) -> None:
    base = live_server.url
    user = build_demo(EMAIL, PASSWORD)
    page = new_page(browser)
    sign_in(page, base, EMAIL, PASSWORD)

    # An older plan: every finished step links to what it produced.
    quillon = AftercarePlan.objects.get(user=user, rejection__application__company__name="Quillon")
    page.goto(base + quillon.get_absolute_url())
    page.get_by_role("link", name="Read your debrief").click()
    page.wait_for_url("**/reflect/debriefs/**")
    page.go_back()
    page.get_by_role("link", name="See the note you sent").click()
    page.get_by_text("Sent from your mail app").first.wait_for()
    assert "/notes/" in page.url

    # A card printed for Priya: the note then offers the plan's next step.
    page.goto(base + acme_plan(user).get_absolute_url())
    page.locator("li.step", has_text="Thank Priya Raman").get_by_role(
        "link", name="Write the note"
    ).click()
    note_url = page.url
    page.get_by_role("button", name="I've sent the card").click()
    page.get_by_text("A card for Priya is a real gift").wait_for()
    done = page.locator("li.step", has_text="Thank Priya Raman")
    done.get_by_role("link", name="See the note on your card").wait_for()
    page.goto(note_url)
    shoot(page, "note-next-step", "desktop")
    nxt = page.locator(".next-step a")
    title = nxt.inner_text()
    assert title.startswith("Thank ")
    nxt.click()
    page.get_by_role("heading", name=f"A note to {title.removeprefix('Thank ')}").wait_for()
    assert page.outside_requests == []
    assert page.csp_violations == []


def test_the_plan_folds_to_the_next_steps_on_a_phone(browser: Any, live_server: Any) -> None:
    base = live_server.url
    user = build_demo(EMAIL, PASSWORD)
    plan = acme_plan(user)
    page = new_page(browser, "phone")
    sign_in(page, base, EMAIL, PASSWORD)
    page.goto(base + plan.get_absolute_url())
    total = plan.steps.count()
    page.get_by_text(re.compile(rf"\d of {total} done")).wait_for()
    shoot(page, "plan-folded", "phone")

    # Two steps with their buttons; the others are one line each, nothing to press but "More".
    mark_done = page.get_by_role("button", name="Mark done")
    assert sum(1 for i in range(mark_done.count()) if mark_done.nth(i).is_visible()) == 2
    assert page.get_by_role("button", name="Later").count() == 0
    assert page.evaluate("document.documentElement.scrollWidth") <= 375

    later = page.locator("li.step-folded", has_text="Find the silver lining")
    later.locator(".step-menu > summary").click()
    later.get_by_role("button", name=re.compile("^Move to ")).click()
    page.get_by_text("No rush.").wait_for()
    moved = Step.objects.get(plan=plan, kind=Step.Kind.SILVER_LINING)
    assert moved.snoozed_times == 1
    later = page.locator("li.step-folded", has_text="Find the silver lining")
    later.locator(".step-menu > summary").click()
    later.get_by_role("button", name="Mark done").click()
    page.get_by_text("Done: Find the silver lining").wait_for()
    assert page.outside_requests == []
    assert page.csp_violations == []


def test_closing_the_chapter_looks_back_and_asks_first(
    browser: Any, live_server: Any, viewport: str
) -> None:
    base = live_server.url
    user = build_demo(EMAIL, PASSWORD)
    # A plan a week on: notes sent, a debrief written, the mentor not asked yet.
    plan = AftercarePlan.objects.get(
        user=user, rejection__application__company__name="Fernwood Labs"
    )
    page = new_page(browser, viewport)
    sign_in(page, base, EMAIL, PASSWORD)
    page.goto(base + plan.get_absolute_url())
    page.locator("li.step", has_text="Close this chapter").get_by_role(
        "link", name="Close this chapter"
    ).click()
    page.get_by_role("heading", name="Before you close this chapter").wait_for()
    for heading in ("What you did", "Who you thanked", "What you learned", "Your next step"):
        page.get_by_role("heading", name=heading).wait_for()
    page.get_by_role("heading", name="People you'll keep in touch with").wait_for()
    page.locator(".chapter").get_by_role("link", name="Read your debrief").wait_for()
    page.locator(".chapter").get_by_role("link", name="Marcus Bell", exact=True).wait_for()
    still_open = page.locator(".still-open")
    still_open.get_by_role("link", name="Ask a mentor for advice").wait_for()
    shoot(page, "chapter-ask", viewport)

    page.get_by_role("button", name="Close it anyway").click()
    page.get_by_text("Chapter closed. You handled it with grace.").wait_for()
    page.get_by_role("heading", name="Chapter closed").wait_for()
    shoot(page, "chapter-closed", viewport)
    assert not plan.steps.filter(state=Step.State.OPEN).exists()

    page.get_by_role("link", name="See the plan").click()
    page.get_by_role("heading", name="Chapter closed").wait_for()
    page.get_by_role("link", name="Look back at this chapter").first.click()
    page.get_by_role("heading", name="What you did").wait_for()
    assert page.outside_requests == []
    assert page.csp_violations == []

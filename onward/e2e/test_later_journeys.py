"""Journeys that later issues added: a mentor replies through a private link, and a
rejection email brought into the inbox starts the plan."""

from __future__ import annotations

from typing import Any

import pytest

from onward.demo.data import build_demo
from onward.pipeline.models import Rejection

from .conftest import new_page, shoot, sign_in

pytestmark = pytest.mark.django_db(transaction=True)

REJECTION_EMAIL = """From: Northwind Health Talent <talent@northwind-health.example>
To: demo@onward.local
Subject: Your application for Senior Data Analyst
Date: Tue, 24 Nov 2026 10:12:00 +0000
Message-ID: <e2e-rejection-1@northwind-health.example>

Dear Alex,

Thank you for your interest in the Senior Data Analyst role at Northwind Health and
for the time you spent with us. After careful consideration, we have decided to move
forward with other candidates whose experience more closely matches our needs.

We wish you every success in your search.

Kind regards,
The Northwind Health Talent Team
"""


def test_a_mentor_replies_from_a_phone_through_the_private_link(
    browser: Any, live_server: Any, settings: Any
) -> None:
    # The shortest wait a person must take before sending, at one second rather than
    # three: the browser waits it out, and the services' tests check the rule itself.
    settings.ONWARD_REPLY_MIN_SECONDS = 1
    base = live_server.url
    user = build_demo("demo@onward.local", "onward-demo")
    acme = Rejection.objects.get(user=user, application__company__name="Acme Analytics")
    page = new_page(browser)
    sign_in(page, base, "demo@onward.local", "onward-demo")
    page.goto(base + acme.application.get_absolute_url())
    page.get_by_role("link", name="Open your plan").click()
    page.locator("li.step", has_text="Ask a mentor").get_by_role(
        "link", name="Ask a mentor"
    ).click()
    page.get_by_text("Dana Li").first.click()
    shoot(page, "mentor-request", "desktop")
    page.get_by_role("button", name="Create the private link").click()
    page.get_by_text("Your link is ready").wait_for()
    link = page.locator("#share-link").input_value()
    assert link.startswith(base)
    request_page = page.get_by_role("link", name="Done").get_attribute("href")

    mentor = new_page(browser, "phone")
    mentor.goto(link)
    shoot(mentor, "mentor-share", "phone")
    mentor.get_by_label("Your name").fill("Dana Li")
    mentor.get_by_role("textbox", name="Your advice").fill(
        "Lead with the dbt migration story. <script>x</script>"
    )
    mentor.wait_for_timeout(1200)  # a human takes a moment; faster replies are taken for bots
    mentor.get_by_role("button", name="Send my advice").click()
    mentor.get_by_text("will see your advice soon").wait_for()
    assert mentor.locator("script", has_text="x").count() == 0

    page.goto(base + "/today/")
    folded = page.locator("summary", has_text="more, whenever you like")
    if folded.count():
        folded.click()
    page.locator(f"li:has(a[href='{request_page}'])", has_text="replied").get_by_role(
        "link", name="Read the reply"
    ).click()
    page.get_by_text("Lead with the dbt migration story. <script>x</script>").wait_for()
    assert page.outside_requests == [] and mentor.outside_requests == []
    assert page.csp_violations == [] and mentor.csp_violations == []


def test_a_pasted_rejection_email_starts_the_plan_after_a_yes(
    browser: Any, live_server: Any
) -> None:
    base = live_server.url
    user = build_demo("demo@onward.local", "onward-demo")
    page = new_page(browser)
    sign_in(page, base, "demo@onward.local", "onward-demo")
    page.get_by_role("link", name="Inbox").click()
    shoot(page, "inbox", "desktop")
    page.goto(base + "/inbox/paste/")
    page.get_by_label("The email").fill(REJECTION_EMAIL)
    page.get_by_role("button", name="Read it").click()
    shoot(page, "inbox-message", "desktop")
    assert page.get_by_label("A rejection").is_checked()
    assert page.get_by_label("Company").input_value() == "Northwind Health"
    assert page.get_by_label("Role").input_value() == "Senior Data Analyst"
    # Nothing changes before the user says yes.
    assert not Rejection.objects.filter(application__company__name="Northwind Health").exists()
    page.get_by_role("button", name="Save and update").click()
    page.get_by_text("Your next few days").wait_for()
    rejection = Rejection.objects.get(user=user, application__company__name="Northwind Health")
    assert rejection.application.role == "Senior Data Analyst"
    assert rejection.channel == "email"


def test_a_watch_alert_leads_to_a_note_to_the_people_met_there(
    browser: Any, live_server: Any
) -> None:
    base = live_server.url
    build_demo("demo@onward.local", "onward-demo")
    page = new_page(browser, "phone")
    sign_in(page, base, "demo@onward.local", "onward-demo")
    alert = page.locator("li[data-kind=alert]").first
    assert "Acme Analytics is hiring" in alert.inner_text()
    alert.get_by_role("link", name="Have a look").click()
    shoot(page, "watch-alert", "phone")
    page.get_by_role("button", name="Write to Priya").click()
    page.get_by_text("A note to Priya Raman").wait_for()
    body = page.get_by_label("Your note").input_value()
    assert "hiring" in body or "role" in body
    page.get_by_text("It reads well").wait_for()
    assert page.outside_requests == []
    assert page.csp_violations == []

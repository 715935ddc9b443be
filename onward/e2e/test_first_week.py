"""The first week, smoothed (issue 11, part 4): the mentor's form says what's missing where
the eye is, a link made once stays made once, a careers page leads to its job board, the
stock pages speak Onward's words, sign-up takes the browser's time zone, and a card
download says it is working."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from pypdf import PdfReader

from onward.accounts.prefs import preferences_for
from onward.demo.data import build_demo
from onward.notes.models import Note
from onward.notes.services import note_for_step, redraft
from onward.reflect.models import Share
from onward.test import PRIYA, rejected_application
from onward.watch.models import Watch
from onward.watch.tests.fakeboards import (
    FakeBoards,
    careers_page,
    greenhouse_embed,
    vendor_settings,
)

from .conftest import new_page, shoot, sign_in

pytestmark = pytest.mark.django_db(transaction=True)
PASSWORD = "quiet-harbour-77"


def in_view(page: Any, selector: str) -> bool:
    box = page.locator(selector).bounding_box()
    height = page.viewport_size["height"]
    return box is not None and box["y"] >= 0 and box["y"] + box["height"] <= height


def test_a_mentor_who_sends_an_empty_reply_on_a_phone_sees_what_to_fix(
    browser: Any, live_server: Any, settings: Any
) -> None:
    # The shortest wait a person must take before sending, at one second rather than
    # three: the browser waits it out, and the services' tests check the rule itself.
    settings.ONWARD_REPLY_MIN_SECONDS = 1
    base = live_server.url
    build_demo("demo@onward.local", "onward-demo")
    page = new_page(browser)
    sign_in(page, base, "demo@onward.local", "onward-demo")
    page.goto(base + "/reflect/")
    page.get_by_role("link", name="Dana Li").first.click()
    page.get_by_role("button", name="Create a new link").click()
    page.get_by_text("Your link is ready").wait_for()
    link = page.locator("#share-link").input_value()
    made = Share.objects.count()
    # Reloading the page makes no second link, and shows this one no more.
    page.reload()
    page.get_by_text("That link was shown once").wait_for()
    assert Share.objects.count() == made
    assert link not in page.content()

    mentor = new_page(browser, "phone")
    mentor.goto(link)
    mentor.wait_for_timeout(1200)  # faster replies are taken for bots
    mentor.get_by_role("button", name="Send my advice").click()
    summary = mentor.locator("[data-error-summary]")
    summary.wait_for()
    assert mentor.evaluate("window.scrollY") > 1000  # it jumped down to the form
    assert in_view(mentor, "[data-error-summary]")
    assert mentor.evaluate("document.activeElement.id") == "problems"
    assert "Nearly there. Just two things first:" in summary.inner_text()
    shoot(mentor, "mentor-reply-problems", "phone")
    shoot(mentor, "mentor-reply-problems", "phone-viewport", full_page=False)
    summary.get_by_role("link", name="Write a few words of advice first").click()
    assert mentor.evaluate("document.activeElement.name") == "body"
    mentor.get_by_role("textbox", name="Your advice").fill("Lead with the dbt story.")
    mentor.get_by_label("Your name").fill("Dana Li")
    mentor.wait_for_timeout(1200)
    mentor.get_by_role("button", name="Send my advice").click()
    mentor.get_by_text("will see your advice soon").wait_for()
    assert mentor.outside_requests == [] and mentor.csp_violations == []


@pytest.fixture
def company_site(settings: Any) -> Iterator[FakeBoards]:
    """A company's own site and its job boards, on 127.0.0.1."""
    server = FakeBoards().start()
    for name, value in vendor_settings(server.url).items():
        setattr(settings, name, value)
    settings.ONWARD_ALLOW_PRIVATE_FETCH = True
    settings.ONWARD_WATCH_TIMEOUT = 5
    yield server
    server.stop()


def test_a_careers_page_leads_to_its_job_board(
    browser: Any, live_server: Any, company_site: FakeBoards
) -> None:
    base = live_server.url
    user = build_demo("demo@onward.local", "onward-demo")
    step = rejected_application(user, [PRIYA], company="Northwind Labs").plan.steps.get(
        kind="watch"
    )
    empty = company_site.page("/about/jobs", careers_page("<p>Write to jobs@northwind.test</p>"))
    careers = company_site.page("/careers", careers_page(greenhouse_embed("northwindlabs")))
    page = new_page(browser, "phone")
    sign_in(page, base, "demo@onward.local", "onward-demo")
    page.goto(base + f"/steps/{step.pk}/watch/")
    field = page.get_by_label("Their careers page or job board")
    field.fill(empty)
    page.get_by_role("button", name="Start watching").click()
    page.get_by_text("found no job board it knows").wait_for()
    page.get_by_role("button", name="Remind me every two weeks").wait_for()
    shoot(page, "watch-no-board", "phone")
    field.fill(careers)
    field.press("Enter")  # the form's own button, not the reminder's
    page.get_by_text(
        "Found it: Northwind Labs lists its roles on their Greenhouse board."
    ).wait_for()
    watch = Watch.objects.get(user=user, company__name="Northwind Labs")
    assert watch.board is not None and watch.board.token == "northwindlabs"
    assert page.outside_requests == [] and page.csp_violations == []


def test_a_mistyped_address_shows_onwards_404(browser: Any, live_server: Any) -> None:
    base = live_server.url
    build_demo("demo@onward.local", "onward-demo")
    page = new_page(browser, "phone")
    sign_in(page, base, "demo@onward.local", "onward-demo")
    response = page.goto(base + "/applications/nope/")
    assert response is not None and response.status == 404
    page.get_by_role("heading", name="There's nothing at this address").wait_for()
    shoot(page, "not-found", "phone")
    page.get_by_role("link", name="Go to Today").click()
    page.wait_for_url(base + "/today/")
    assert page.csp_violations == []


def test_sign_up_takes_the_browsers_time_zone(browser: Any, live_server: Any) -> None:
    base = live_server.url
    page = new_page(browser, "phone", timezone_id="America/Sao_Paulo")
    page.goto(base + "/accounts/signup/")
    page.get_by_role("heading", name="Make your account").wait_for()
    shoot(page, "signup", "phone")
    page.get_by_label("Your email").fill("sam@example.com")
    page.get_by_label("Choose a password").fill(PASSWORD)
    page.get_by_label("The same password again").fill(PASSWORD)
    page.get_by_role("button", name="Create my account").click()
    page.wait_for_url(base + "/today/")
    page.get_by_text("We sent a link to sam@example.com").wait_for()
    user = get_user_model().objects.get(email="sam@example.com")
    assert preferences_for(user).time_zone == "America/Sao_Paulo"
    assert page.csp_violations == []


def test_a_card_download_says_it_is_working_and_names_its_size(
    browser: Any, live_server: Any
) -> None:
    base = live_server.url
    user = build_demo("demo@onward.local", "onward-demo")
    step = rejected_application(user, [PRIYA], company="Brightline").plan.steps.get(kind="thank")
    note = note_for_step(step)
    redraft(note, Note.Shape.CARD)
    page = new_page(browser)
    sign_in(page, base, "demo@onward.local", "onward-demo")
    page.goto(base + note.get_absolute_url())
    page.get_by_text("How to print and fold the A2 card").click()
    page.get_by_text("flipping on the short edge").wait_for()
    page.get_by_label("Size").select_option("a6-postcard")
    # Hold the card's answer back a moment, to see the button while it waits.
    page.route("**/card/**", lambda route: (page.wait_for_timeout(800), route.continue_()))
    button = page.get_by_role("button", name="Download the card (PDF)")
    with page.expect_download() as download:
        button.click()
        busy = page.get_by_role("button", name="Making your card…")
        busy.wait_for()
        assert busy.is_disabled()
    assert download.value.suggested_filename.endswith("-a6-postcard.pdf")
    assert len(PdfReader(io.BytesIO(Path(download.value.path()).read_bytes())).pages) == 2
    page.get_by_role("button", name="Download the card (PDF)").wait_for()
    assert page.csp_violations == [] and page.outside_requests == []

"""The journeys' CSP check notices what Chromium blocks (a guard against a silent pass)."""

from __future__ import annotations

from typing import Any

import pytest

from onward.demo.data import build_demo
from onward.notes.services import note_for_step
from onward.plans.models import Step

from .conftest import new_page, sign_in

PAGE = """<!doctype html><html lang="en"><title>t</title>
<p style="color: red">styled inline</p><script>document.title = "ran"</script></html>"""


def test_an_inline_style_or_script_is_blocked_and_noticed(browser: Any) -> None:
    page = new_page(browser)
    # Answered by Playwright itself: nothing listens on port 9, and nothing leaves.
    page.route(
        "http://127.0.0.1:9/",
        lambda route: route.fulfill(
            body=PAGE,
            content_type="text/html",
            headers={"Content-Security-Policy": "default-src 'self'"},
        ),
    )
    page.goto("http://127.0.0.1:9/")
    assert page.title() == "t"  # the script did not run
    assert any("inline style" in text for text in page.csp_violations)
    assert any("inline script" in text for text in page.csp_violations)


@pytest.mark.django_db(transaction=True)
def test_starting_a_note_again_still_asks_first(browser: Any, live_server: Any) -> None:
    # The question comes from a static script now that inline onsubmit code is blocked.
    user = build_demo("demo@onward.local", "onward-demo")
    step = Step.objects.filter(plan__user=user, kind="thank", state="open").first()
    assert step is not None
    note = note_for_step(step)
    base = live_server.url
    page = new_page(browser)
    sign_in(page, base, "demo@onward.local", "onward-demo")
    page.goto(base + note.get_absolute_url())
    target, label = ("warm", "Warm email") if note.shape != "warm" else ("short", "Short email")
    button = page.get_by_role("button", name=label, exact=True)
    asked: list[str] = []

    def answer(dialog: Any) -> None:
        asked.append(dialog.message)
        if len(asked) == 1:
            dialog.dismiss()
        else:
            dialog.accept()

    page.on("dialog", answer)
    button.click()
    page.wait_for_timeout(300)
    note.refresh_from_db()
    assert note.shape != target  # the answer was no: nothing changed
    with page.expect_navigation():
        button.click()
    note.refresh_from_db()
    assert note.shape == target
    assert len(asked) == 2 and "Your edits to this one will be replaced" in asked[0]
    assert page.csp_violations == []

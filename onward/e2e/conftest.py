"""Browser tests: Playwright drives Debian's Chromium against the app on loopback.

Skipped, with a message, on a machine without Chromium; `.ci/run` installs it.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest


def _chromium() -> Path:
    """Debian's headless shell (package chromium-headless-shell) where it is installed:
    the same Blink and V8 as full Chromium without the desktop browser around them, it
    takes some 40 % less CPU over the browser tests than full Chromium's headless mode.
    Full Chromium otherwise; ONWARD_CHROMIUM names another."""
    if "ONWARD_CHROMIUM" in os.environ:
        return Path(os.environ["ONWARD_CHROMIUM"])
    shell = Path("/usr/bin/chromium-headless-shell")
    return shell if shell.exists() else Path("/usr/bin/chromium")


CHROMIUM = _chromium()
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
SCREENSHOTS = ARTIFACTS / "screenshots"
AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
VIEWPORTS = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 375, "height": 812}}

# Playwright's sync API keeps an event loop running in this thread; the ORM calls the
# tests make between page actions are still plain synchronous code.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "onward/e2e/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)
            if not CHROMIUM.exists():
                item.add_marker(
                    pytest.mark.skip(
                        reason=f"browser tests need Chromium at {CHROMIUM} "
                        "(apt-get install chromium-headless-shell; .ci/run does this)"
                    )
                )


class _Shared:
    """One Playwright and one Chromium for browser tests run one after another (each
    worker starts with them: see onward/conftest.py): launching them costs a second or
    more.

    A test's first page opens in a browser context kept from one test to the next (per
    set of context options), emptied of cookies in between: a fresh context costs
    Chromium a third of a second, and its first page fetches and reads every stylesheet,
    script and font again. Any further page in the same test (a mentor beside the user)
    gets a fresh context of its own, so the two never share a session. Every page and
    fresh context is closed when its test ends."""

    playwright: Any = None
    browser: Any = None
    kept: dict[str, Any] = {}  # context options: the context kept for them
    pages: list[Any] = []  # this test's pages
    fresh: list[Any] = []  # this test's contexts of its own


def _launch() -> Any:
    if _Shared.browser is None:
        from playwright.sync_api import sync_playwright

        _Shared.playwright = sync_playwright().start()
        _Shared.browser = _Shared.playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
            ],
        )
    return _Shared.browser


def _end_test() -> None:
    while _Shared.pages:
        _Shared.pages.pop().close()
    while _Shared.fresh:
        _Shared.fresh.pop().close()
    for context in _Shared.kept.values():
        context.clear_cookies()


def _close() -> None:
    _Shared.kept = {}
    if _Shared.playwright is not None:
        try:
            _Shared.browser.close()
        finally:
            _Shared.playwright.stop()
            _Shared.playwright = _Shared.browser = None


def _is_browser_test(item: pytest.Item | None) -> bool:
    return item is not None and "onward/e2e/" in str(item.fspath)


@pytest.hookimpl(trylast=True)
def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None) -> None:
    if _is_browser_test(item) and _Shared.browser is not None:
        _end_test()
    # Closed as soon as the next test is not a browser test: Playwright's sync API keeps
    # an event loop running while it is open, and later tests that start their own loop
    # (asyncio.run) must not see it.
    if _is_browser_test(item) and not _is_browser_test(nextitem):
        _close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    yield _launch()


@pytest.fixture(params=list(VIEWPORTS))
def viewport(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def new_page(browser: Any, viewport: str = "desktop", **options: Any) -> Any:
    key = repr(sorted(options.items()))
    if _Shared.pages:
        context = browser.new_context(accept_downloads=True, **options)
        _Shared.fresh.append(context)
    elif key in _Shared.kept:
        context = _Shared.kept[key]
    else:
        context = _Shared.kept[key] = browser.new_context(accept_downloads=True, **options)
    context.set_default_timeout(15_000)
    page = context.new_page()
    page.set_viewport_size(VIEWPORTS[viewport])
    _Shared.pages.append(page)
    # Nothing may leave the machine: any request off loopback fails the test.
    outside: list[str] = []
    page.on(
        "request",
        lambda request: (
            outside.append(request.url)
            if not re.match(
                r"^(https?://(127\.0\.0\.1|localhost)(:\d+)?/|data:|blob:|about:)", request.url
            )
            else None
        ),
    )
    page.outside_requests = outside
    # The Content-Security-Policy forbids inline script and style: Chromium reports what
    # it blocked on the console, and the journeys check that nothing was.
    blocked: list[str] = []
    page.on(
        "console",
        lambda message: (
            blocked.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    page.csp_violations = blocked
    return page


def _readme_shots() -> frozenset[str]:
    """The screenshots `make readme-images` copies into docs/images (read from the
    Makefile, so the two lists can't drift apart)."""
    makefile = Path(__file__).resolve().parents[2] / "Makefile"
    return frozenset(re.findall(r"test-artifacts/screenshots/(\S+\.png)", makefile.read_text()))


README_SHOTS = _readme_shots()
# Every screenshot with ONWARD_SCREENSHOTS=1; otherwise only the README's: a full-page
# PNG costs Chromium a tenth of a second or more to draw and encode, and the other fifty
# or so are only there to look at (some 10 CPU-seconds a run).
ALL_SHOTS = os.environ.get("ONWARD_SCREENSHOTS", "") not in ("", "0")


def shoot(page: Any, name: str, viewport: str, *, full_page: bool = True) -> None:
    """Keep a screenshot of a page (git-ignored) at test-artifacts/screenshots/
    NAME-VIEWPORT.png: the whole page, or what the screen shows with full_page=False.
    Taken when `make readme-images` copies it, or for all with ONWARD_SCREENSHOTS=1."""
    file = f"{name}-{viewport}.png"
    if not (ALL_SHOTS or file in README_SHOTS):
        return
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / file), full_page=full_page)


def sign_in(page: Any, base: str, email: str, password: str, *, by_form: bool = False) -> None:
    """Signed in as `email`, on Today. By the sign-in form where a test asks for it (the
    accessibility walk does); otherwise with the session a sign-in with that password
    makes on the server, its cookie handed to the browser: the form costs the browser
    two more page loads in every test, and the form itself is not what those test."""
    if by_form:
        page.goto(base + "/accounts/login/")
        page.locator("input[name=login]").fill(email)
        page.locator("input[name=password]").fill(password)
        page.get_by_role("button", name="Sign in").click()
        page.wait_for_url(base + "/today/")
        return
    from django.conf import settings
    from django.test import Client

    client = Client()
    assert client.login(username=email, password=password), f"{email} can't sign in"
    cookie = client.cookies[settings.SESSION_COOKIE_NAME].value
    page.context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": cookie, "url": base}])
    page.goto(base + "/today/")
    assert page.url == base + "/today/", page.url

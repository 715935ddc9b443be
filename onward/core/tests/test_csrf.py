"""Today's CSRF token (core.csrf.token_for) is Django's kind of token, made more cheaply:
Django's own check accepts it, with or without a CSRF cookie to begin with, and each
response carries a fresh mask of the same secret."""

from __future__ import annotations

import re

from django.contrib.auth.models import User
from django.middleware.csrf import CSRF_ALLOWED_CHARS, CSRF_TOKEN_LENGTH
from django.test import Client
from django.urls import reverse

from onward.core.csrf import random_chars
from onward.plans.models import Step
from onward.test import PRIYA, rejected_application


def test_random_characters_come_from_the_token_alphabet_only() -> None:
    drawn = [random_chars(32) for _ in range(200)]
    assert all(len(s) == 32 and set(s) <= set(CSRF_ALLOWED_CHARS) for s in drawn)
    assert len(set(drawn)) == 200
    # Every character turns up: none is left out by the way bytes are mapped to them.
    assert set("".join(drawn)) == set(CSRF_ALLOWED_CHARS)


def _token(page: str) -> str:
    found = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
    assert found is not None
    return found.group(1)


def test_a_first_visit_without_a_csrf_cookie_gets_a_token_that_works(alice: User) -> None:
    step = rejected_application(alice, [PRIYA]).plan.steps.get(kind=Step.Kind.PAUSE)
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(alice)
    assert "csrftoken" not in strict.cookies
    page = strict.get(reverse("plans:today"))
    token = _token(page.content.decode())
    assert len(token) == CSRF_TOKEN_LENGTH and "csrftoken" in page.cookies
    done = strict.post(reverse("plans:step_done", args=[step.pk]), {"csrfmiddlewaretoken": token})
    assert done.status_code == 302
    step.refresh_from_db()
    assert step.state == Step.State.DONE


def test_each_response_masks_the_same_secret_afresh(alice: User) -> None:
    steps = rejected_application(alice, [PRIYA]).plan.steps.filter(state=Step.State.OPEN)
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(alice)
    strict.get(reverse("plans:today"))  # the cookie
    first = _token(strict.get(reverse("plans:today")).content.decode())
    second = _token(strict.get(reverse("plans:today")).content.decode())
    assert first != second
    for token, step in zip((first, second), steps[:2], strict=True):
        answer = strict.post(
            reverse("plans:step_done", args=[step.pk]), {"csrfmiddlewaretoken": token}
        )
        assert answer.status_code == 302
    refused = strict.post(
        reverse("plans:step_done", args=[steps[2].pk]), {"csrfmiddlewaretoken": "x" * 64}
    )
    assert refused.status_code == 403


def test_today_leaves_a_csrf_cookie_the_browser_sent_as_it_is(alice: User) -> None:
    step = rejected_application(alice, [PRIYA]).plan.steps.get(kind=Step.Kind.PAUSE)
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(alice)
    first = strict.get(reverse("plans:today"))
    secret = first.cookies["csrftoken"].value
    again = strict.get(reverse("plans:today"))
    assert "csrftoken" not in again.cookies  # not sent again: the browser's stays
    assert strict.cookies["csrftoken"].value == secret
    done = strict.post(
        reverse("plans:step_done", args=[step.pk]),
        {"csrfmiddlewaretoken": _token(again.content.decode())},
    )
    assert done.status_code == 302


def test_other_pages_still_renew_the_csrf_cookie_as_django_does(alice: User) -> None:
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(alice)
    strict.get(reverse("plans:today"))
    settings_page = strict.get(reverse("core:settings"))
    assert "csrftoken" in settings_page.cookies

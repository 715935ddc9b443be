"""With no mail server the watch never offers to email: it says so plainly and points at
what does reach the person, Today and the calendar feed."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from onward.plans.models import Step
from onward.test import PRIYA, rejected_application
from onward.watch.models import Watch
from onward.watch.services import WatchInput, save_watch

pytestmark = pytest.mark.django_db

CONSOLE = "django.core.mail.backends.console.EmailBackend"


@pytest.fixture
def no_mail_server(settings: Any) -> None:
    settings.MAILERS = {"default": {"BACKEND": CONSOLE}}


def watch_step(user: Any) -> Step:
    return rejected_application(user, [PRIYA]).plan.steps.get(kind="watch")


def test_with_mail_set_up_the_watch_offers_to_email_at_once(
    alice: Any, alice_client: Client
) -> None:
    page = alice_client.get(reverse("watch:watch_for_step", args=[watch_step(alice).pk]))
    text = page.content.decode()
    assert 'name="email_immediately"' in text
    assert "can't email you" not in text


def test_without_mail_the_watch_says_so_and_points_at_today_and_the_calendar(
    alice: Any, alice_client: Client, no_mail_server: None
) -> None:
    page = alice_client.get(reverse("watch:watch_for_step", args=[watch_step(alice).pk]))
    text = page.content.decode()
    assert 'name="email_immediately"' not in text
    assert "Onward can't email you about new roles" in text
    assert reverse("plans:today") in text
    assert reverse("accounts:preferences") + "#calendar" in text


def test_without_mail_a_posted_email_choice_is_not_taken_as_a_promise(
    alice: Any, alice_client: Client, no_mail_server: None
) -> None:
    step = watch_step(alice)
    alice_client.post(
        reverse("watch:watch_for_step", args=[step.pk]),
        {"careers_url": "https://jobs.lever.co/acme", "keywords": "BI", "email_immediately": "on"},
    )
    watch = Watch.objects.get(user=alice)
    assert watch.email_immediately is False
    listing = alice_client.get(reverse("watch:watch_list")).content.decode()
    assert "emails you at once" not in listing


def test_without_mail_an_earlier_email_choice_is_kept_but_not_claimed(
    alice: Any, alice_client: Client, settings: Any
) -> None:
    watch = save_watch(
        alice, WatchInput("Acme", "https://jobs.lever.co/acme", email_immediately=True)
    )
    settings.MAILERS = {"default": {"BACKEND": CONSOLE}}
    assert (
        "emails you at once" not in alice_client.get(reverse("watch:watch_list")).content.decode()
    )
    alice_client.post(
        reverse("watch:watch_edit", args=[watch.pk]),
        {"careers_url": "https://jobs.lever.co/acme", "keywords": "BI"},
    )
    watch.refresh_from_db()
    # Kept for the day email is set up; nothing on screen says it happens now.
    assert (watch.keywords, watch.email_immediately) == ("BI", True)

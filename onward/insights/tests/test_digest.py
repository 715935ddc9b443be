"""The email digest: due at the user's hour in their time zone, once per period (daylight
saving included), with a one-click unsubscribe that works without signing in."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from typing import Any
from unittest import mock

import pytest
import time_machine
from django.core import mail
from django.test import Client
from django.urls import reverse

from onward.accounts.models import Preferences
from onward.accounts.prefs import preferences_for
from onward.insights import tasks
from onward.insights.digest import period_due, send_due_digests
from onward.insights.models import DigestSent
from onward.test import rejected_application
from onward.tests.faulty_smtp import Fault

pytestmark = pytest.mark.django_db


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute, tzinfo=dt.UTC)


def html_of(message: Any) -> str:
    html, kind = message.alternatives[0]
    assert kind == "text/html"
    return str(html)


def prefs(digest: str = "daily", hour: int = 8, zone: str = "UTC", weekday: int = 0) -> Preferences:
    return Preferences(digest=digest, digest_hour=hour, time_zone=zone, digest_weekday=weekday)


# --- When a digest is due: pure arithmetic ----------------------------------------------


def test_a_daily_digest_is_due_from_its_local_hour() -> None:
    p = prefs(zone="America/New_York")  # UTC-4 in June
    assert period_due(p, utc(2025, 6, 2, 11, 59)) is None  # 07:59 there
    assert period_due(p, utc(2025, 6, 2, 12, 0)) == "day:2025-06-02"
    assert period_due(p, utc(2025, 6, 3, 3, 0)) == "day:2025-06-02"  # 23:00, still the 2nd


def test_a_weekly_digest_is_due_on_its_day_only() -> None:
    p = prefs("weekly", weekday=4, zone="Europe/Paris")  # Fridays
    assert period_due(p, utc(2025, 6, 5, 9)) is None  # a Thursday
    assert period_due(p, utc(2025, 6, 6, 9)) == "week:2025-W23"
    # The ISO week of 29 December 2025 (a Monday) is the first of 2026.
    assert period_due(prefs("weekly", weekday=0), utc(2025, 12, 29, 9)) == "week:2026-W01"


def test_an_off_digest_is_never_due() -> None:
    assert period_due(prefs("off"), utc(2025, 6, 2, 12)) is None


def test_a_half_hour_time_zone_still_gets_its_digest() -> None:
    p = prefs(zone="Asia/Kolkata")  # UTC+5:30
    assert period_due(p, utc(2025, 6, 2, 2, 5)) is None  # 07:35
    assert period_due(p, utc(2025, 6, 2, 2, 30)) == "day:2025-06-02"  # 08:00


def test_on_the_spring_switch_the_missing_hour_counts_as_passed() -> None:
    # New York skips 2:00-3:00 on 9 March 2025; a 2:00 digest goes at 3:00.
    p = prefs(hour=2, zone="America/New_York")
    assert period_due(p, utc(2025, 3, 9, 6, 30)) is None  # 01:30 EST
    assert period_due(p, utc(2025, 3, 9, 7, 0)) == "day:2025-03-09"  # 03:00 EDT


def test_on_the_autumn_switch_the_repeated_hour_is_one_period() -> None:
    p = prefs(hour=1, zone="America/New_York")
    first = period_due(p, utc(2025, 11, 2, 5, 0))  # 01:00 EDT
    second = period_due(p, utc(2025, 11, 2, 6, 0))  # 01:00 EST, an hour later
    assert first == second == "day:2025-11-02"


# --- Sending: once per period -----------------------------------------------------------


def subscribe(user: Any, digest: str = "daily", hour: int = 8, zone: str = "UTC") -> Preferences:
    p = preferences_for(user)
    p.digest, p.digest_hour, p.time_zone = digest, hour, zone
    p.save()
    return p


@pytest.fixture
def busy_alice(alice: Any) -> Any:
    with time_machine.travel(utc(2025, 6, 1, 7), tick=False):
        rejected_application(alice)
    return alice


def test_the_digest_lists_whats_due_with_links_and_a_one_click_unsubscribe(
    busy_alice: Any,
) -> None:
    p = subscribe(busy_alice)
    with time_machine.travel(utc(2025, 6, 2, 8, 5), tick=False):
        assert send_due_digests() == 1
    [message] = mail.outbox
    assert message.to == ["alice@example.com"]
    assert message.subject.startswith("Today in Onward: ")
    unsubscribe = "http://127.0.0.1:8000" + reverse(
        "insights:digest_unsubscribe", args=[p.unsubscribe_token]
    )
    assert message.extra_headers["List-Unsubscribe"] == f"<{unsubscribe}>"
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert "Thank Priya Raman" in message.body
    assert "Thank Tom Okafor" in message.body
    assert unsubscribe in message.body
    html = html_of(message)
    assert "Thank Priya Raman" in html and unsubscribe in html
    assert "Reflect on how it went" in message.body  # coming up on the 3rd
    assert "reject" not in message.body.lower()


def test_never_twice_in_the_same_period(busy_alice: Any) -> None:
    subscribe(busy_alice)
    for hour in (8, 9, 15, 23):
        with time_machine.travel(utc(2025, 6, 2, hour, 5), tick=False):
            send_due_digests()
    assert len(mail.outbox) == 1
    with time_machine.travel(utc(2025, 6, 3, 8, 5), tick=False):
        send_due_digests()
    assert len(mail.outbox) == 2
    assert DigestSent.objects.filter(user=busy_alice).count() == 2


def test_the_repeated_autumn_hour_sends_once(busy_alice: Any) -> None:
    subscribe(busy_alice, hour=1, zone="America/New_York")
    with time_machine.travel(utc(2025, 11, 2, 5, 5), tick=False):
        assert send_due_digests() == 1
    with time_machine.travel(utc(2025, 11, 2, 6, 5), tick=False):
        assert send_due_digests() == 0
    assert len(mail.outbox) == 1


def test_nothing_due_means_no_email(alice: Any) -> None:
    subscribe(alice)
    with time_machine.travel(utc(2025, 6, 2, 8, 5), tick=False):
        assert send_due_digests() == 0
    assert mail.outbox == []
    assert DigestSent.objects.get(user=alice).items == 0


def test_a_failed_send_is_tried_again_the_next_hour(busy_alice: Any) -> None:
    subscribe(busy_alice)
    with (
        time_machine.travel(utc(2025, 6, 2, 8, 5), tick=False),
        mock.patch("django.core.mail.EmailMessage.send", side_effect=OSError("no server")),
    ):
        assert send_due_digests() == 0
    assert not DigestSent.objects.exists()
    with time_machine.travel(utc(2025, 6, 2, 9, 5), tick=False):
        assert send_due_digests() == 1
    assert len(mail.outbox) == 1


def test_one_users_failure_does_not_stop_the_others(busy_alice: Any, bob: Any) -> None:
    subscribe(busy_alice)
    subscribe(bob)
    with time_machine.travel(utc(2025, 6, 1, 7), tick=False):
        rejected_application(bob)
    real_send = mail.EmailMessage.send

    def flaky(message: Any, *args: Any, **kwargs: Any) -> int:
        if message.to == ["alice@example.com"]:
            raise OSError("mailbox full")
        return real_send(message, *args, **kwargs)

    with (
        time_machine.travel(utc(2025, 6, 2, 8, 5), tick=False),
        mock.patch("django.core.mail.EmailMessage.send", flaky),
    ):
        assert send_due_digests() == 1
    assert [m.to for m in mail.outbox] == [["bob@example.com"]]


def test_a_weekly_digest_looks_a_week_ahead(busy_alice: Any) -> None:
    subscribe(busy_alice, "weekly")
    p = preferences_for(busy_alice)
    p.digest_weekday = 0  # Monday 2 June 2025
    p.save()
    with time_machine.travel(utc(2025, 6, 2, 8, 5), tick=False):
        assert send_due_digests() == 1
    body = mail.outbox[0].body
    assert mail.outbox[0].subject == "Your week ahead in Onward"
    assert "Find the silver lining" in body  # due Sunday 8 June
    with time_machine.travel(utc(2025, 6, 3, 8, 5), tick=False):
        assert send_due_digests() == 0


def test_gentle_mode_keeps_the_word_out_of_the_digest(busy_alice: Any) -> None:
    p = subscribe(busy_alice)
    p.gentle_mode = True
    p.save()
    with time_machine.travel(utc(2025, 6, 2, 8, 5), tick=False):
        send_due_digests()
    message = mail.outbox[0]
    assert "reject" not in (str(message.body) + html_of(message)).lower()


def test_no_digest_for_a_deactivated_account(busy_alice: Any) -> None:
    subscribe(busy_alice)
    busy_alice.is_active = False
    busy_alice.save()
    with time_machine.travel(utc(2025, 6, 2, 8, 5), tick=False):
        assert send_due_digests() == 0


def test_the_worker_runs_the_job_every_hour(busy_alice: Any) -> None:
    subscribe(busy_alice)
    every = tasks.send_digests.task_class().validate_datetime
    assert every(dt.datetime(2025, 6, 2, 8, 5))
    assert every(dt.datetime(2025, 6, 2, 23, 5)) and not every(dt.datetime(2025, 6, 2, 8, 0))
    with time_machine.travel(utc(2025, 6, 2, 8, 5), tick=False):
        assert tasks.send_digests.call_local() == 1


# --- Unsubscribing without signing in ---------------------------------------------------


def test_opening_the_unsubscribe_link_only_asks(alice: Any, client: Client) -> None:
    # Mail scanners open every link in a message: a GET changes nothing.
    p = subscribe(alice, "weekly")
    response = client.get(reverse("insights:digest_unsubscribe", args=[p.unsubscribe_token]))
    assert response.status_code == 200
    page = response.content.decode()
    assert "Stop the digest emails?" in page
    assert 'name="unsubscribe"' in page
    assert preferences_for(alice).digest == "weekly"


def test_the_pages_button_unsubscribes_and_can_turn_it_back_on_without_signing_in(
    alice: Any,
) -> None:
    browser = Client(enforce_csrf_checks=True)
    p = subscribe(alice, "weekly")
    url = reverse("insights:digest_unsubscribe", args=[p.unsubscribe_token])
    browser.get(url)
    csrf = {"csrfmiddlewaretoken": browser.cookies["csrftoken"].value}
    response = browser.post(url, {"unsubscribe": "1", **csrf})
    assert "No more digest emails." in response.content.decode()
    assert preferences_for(alice).digest == "off"
    response = browser.post(url, {"resubscribe": "weekly", **csrf})
    assert "Your digest is back on." in response.content.decode()
    assert preferences_for(alice).digest == "weekly"


@pytest.mark.parametrize("form", [{"unsubscribe": "1"}, {"resubscribe": "daily"}])
def test_another_site_cannot_post_the_pages_form(alice: Any, form: dict[str, str]) -> None:
    forger = Client(enforce_csrf_checks=True)
    p = subscribe(alice, "weekly")
    url = reverse("insights:digest_unsubscribe", args=[p.unsubscribe_token])
    response = forger.post(url, form, headers={"origin": "http://evil.example"})
    assert response.status_code == 403
    assert preferences_for(alice).digest == "weekly"


def test_a_mail_apps_one_click_post_unsubscribes(alice: Any, client: Client) -> None:
    p = subscribe(alice)
    response = client.post(
        reverse("insights:digest_unsubscribe", args=[p.unsubscribe_token]),
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200
    assert preferences_for(alice).digest == "off"


def test_a_post_that_is_neither_is_refused(alice: Any, client: Client) -> None:
    p = subscribe(alice)
    response = client.post(
        reverse("insights:digest_unsubscribe", args=[p.unsubscribe_token]), {"x": "1"}
    )
    assert response.status_code == 400
    assert preferences_for(alice).digest == "daily"


def test_every_answer_at_the_unsubscribe_address_stays_out_of_caches_and_search_engines(
    alice: Any, client: Client
) -> None:
    url = reverse("insights:digest_unsubscribe", args=[subscribe(alice).unsubscribe_token])
    answers = [
        client.get(url),
        client.post(url, {"x": "1"}),
        client.post(url, {"unsubscribe": "1"}),
        client.post(url, {"List-Unsubscribe": "One-Click"}),
        client.post(url, {"resubscribe": "weekly"}),
    ]
    assert [answer.status_code for answer in answers] == [200, 400, 200, 200, 200]
    for answer in answers:
        directives = {part.strip() for part in answer["Cache-Control"].split(",")}
        assert {"private", "no-store", "no-cache", "max-age=0"} <= directives
        assert "noindex" in answer["X-Robots-Tag"]
        assert answer["Referrer-Policy"] == "same-origin"


@pytest.mark.parametrize("token", ["nope", "x" * 43])
def test_a_wrong_token_changes_nothing(token: str, alice: Any, client: Client) -> None:
    subscribe(alice)
    assert client.get(reverse("insights:digest_unsubscribe", args=[token])).status_code == 404
    assert (
        client.post(
            reverse("insights:digest_unsubscribe", args=[token]), {"List-Unsubscribe": "One-Click"}
        ).status_code
        == 404
    )
    assert preferences_for(alice).digest == "daily"


def test_bobs_token_only_ever_unsubscribes_bob(alice: Any, bob: Any, client: Client) -> None:
    subscribe(alice)
    p = subscribe(bob)
    client.post(
        reverse("insights:digest_unsubscribe", args=[p.unsubscribe_token]), {"unsubscribe": "1"}
    )
    assert (preferences_for(alice).digest, preferences_for(bob).digest) == ("daily", "off")


def test_the_preview_shows_what_the_digest_would_say(busy_alice: Any, client: Client) -> None:
    client.force_login(busy_alice)
    with time_machine.travel(utc(2025, 6, 2, 10), tick=False):
        page = client.get(reverse("insights:digest_preview")).content.decode()
    assert "Thank Priya Raman" in page and "The digest is off." in page


def test_the_preview_is_only_ever_your_own(busy_alice: Any, bob_client: Client) -> None:
    with time_machine.travel(utc(2025, 6, 2, 10), tick=False):
        page = bob_client.get(reverse("insights:digest_preview")).content.decode()
    assert "Priya" not in page and "no email would go out" in page


def test_time_zone_names_are_real(alice: Any) -> None:
    assert preferences_for(alice).zone == zoneinfo.ZoneInfo("UTC")
    broken = Preferences(time_zone="Nowhere/Land")
    assert broken.zone == zoneinfo.ZoneInfo("UTC")


def test_the_database_itself_refuses_a_second_digest_for_a_period(alice: Any) -> None:
    from django.db import IntegrityError, transaction

    DigestSent.objects.create(user=alice, period="day:2025-06-02")
    with pytest.raises(IntegrityError), transaction.atomic():
        DigestSent.objects.create(user=alice, period="day:2025-06-02")
    DigestSent.objects.create(user=alice, period="day:2025-06-03")


def test_a_claim_taken_by_another_worker_is_respected(busy_alice: Any) -> None:
    from onward.core.models import SentMail

    # Another worker holds this period's digest, its lease still running.
    subscribe(busy_alice)
    SentMail.objects.create(
        key=f"digest:{busy_alice.pk}:day:2025-06-02",
        kind="digest",
        message_id="<held@onward.local>",
        state=SentMail.State.SENDING,
        lease_until=utc(2025, 6, 2, 8, 15),
    )
    with time_machine.travel(utc(2025, 6, 2, 8, 5), tick=False):
        assert send_due_digests() == 0
    assert mail.outbox == []


def test_a_new_role_at_a_watched_company_is_in_the_digest(alice: Any) -> None:
    from onward.watch.models import Alert, Board, Posting, Watch

    with time_machine.travel(utc(2025, 6, 1, 7), tick=False):
        rejection = rejected_application(alice, company="Acme Analytics")
        board = Board.objects.create(vendor="greenhouse", token="acme", company_name="Acme")
        watch = Watch.objects.create(
            user=alice, company=rejection.application.company, board=board, rejection=rejection
        )
        posting = Posting.objects.create(board=board, vendor_id="1", title="Product Analyst")
        Alert.objects.create(user=alice, posting=posting, watch=watch)
    subscribe(alice)
    with time_machine.travel(utc(2025, 6, 2, 8, 5), tick=False):
        assert send_due_digests() == 1
    [message] = mail.outbox
    assert "Acme Analytics is hiring a Product Analyst" in message.body


@pytest.mark.parametrize(
    "backend",
    [
        "django.core.mail.backends.console.EmailBackend",
        "django.core.mail.backends.filebased.EmailBackend",
    ],
)
def test_no_digest_is_claimed_as_sent_when_mail_reaches_no_one(
    busy_alice: Any, settings: Any, tmp_path: Any, backend: str
) -> None:
    settings.MAILERS = {"default": {"BACKEND": backend, "OPTIONS": {}}}
    if "filebased" in backend:
        settings.MAILERS["default"]["OPTIONS"] = {"file_path": str(tmp_path / "mail")}
    subscribe(busy_alice)
    with time_machine.travel(utc(2025, 6, 2, 8, 5), tick=False):
        assert send_due_digests() == 0
    assert not DigestSent.objects.exists()
    assert not (tmp_path / "mail").exists()


def test_the_preview_and_preferences_say_a_digest_cant_arrive_without_mail(
    alice: Any, alice_client: Client, settings: Any
) -> None:
    subscribe(alice)
    settings.MAILERS = {"default": {"BACKEND": "django.core.mail.backends.console.EmailBackend"}}
    preview = alice_client.get(reverse("insights:digest_preview")).content.decode()
    assert "so no digest goes out" in preview
    assert "It arrives" not in preview
    prefs = alice_client.get(reverse("accounts:preferences")).content.decode()
    assert "a digest can't reach you yet" in prefs


def test_a_digest_the_server_never_confirmed_is_not_sent_again(busy_alice: Any, smtp: Any) -> None:
    sink = smtp(Fault("data-queued", "delay", 2))
    subscribe(busy_alice)
    with time_machine.travel(utc(2025, 6, 2, 8, 5), tick=False):
        assert send_due_digests() == 0
    with time_machine.travel(utc(2025, 6, 2, 9, 5), tick=False):
        assert send_due_digests() == 0  # the next hour doesn't try again
    assert len(sink.to("alice@example.com")) == 1
    assert DigestSent.objects.filter(user=busy_alice, period="day:2025-06-02").exists()

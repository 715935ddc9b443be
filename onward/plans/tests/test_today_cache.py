"""Today is cached per user (plans.today.cached_today), and never stale: each way its data
changes, through a page or behind it (the worker, a service, a bulk insert), shows on the
very next visit, and so does the turn of the user's day.

These tests commit like the real server does (transaction=True): inside a transaction
Today is always worked out afresh, so only committed data can reach the cache.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
import time_machine
from django.contrib.auth.models import User
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from onward.accounts.models import Preferences
from onward.core import remembered, versions
from onward.demo.volume import Volume, fill
from onward.inbox.parsing import parse
from onward.inbox.services import Importer
from onward.inbox.tests.mails import human
from onward.inbox.understand import understand
from onward.people.models import Interaction, Person
from onward.plans.models import Step
from onward.test import PRIYA, UserFactory, rejected_application
from onward.watch.fetching import Outcome
from onward.watch.models import Alert, Board, Posting
from onward.watch.services import WatchInput, save_watch
from onward.watch.store import make_alerts, record

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def user() -> User:
    return UserFactory.create(username="carol@example.com", first_name="Carol")


@pytest.fixture
def client(user: User) -> Client:
    signed_in = Client()
    signed_in.force_login(user)
    return signed_in


def today(client: Client) -> str:
    response = client.get(reverse("plans:today"))
    assert response.status_code == 200
    return response.content.decode()


def queries(client: Client) -> int:
    with CaptureQueriesContext(connection) as captured:
        today(client)
    return len(captured)


def test_a_second_visit_with_nothing_changed_comes_from_the_cache(
    user: User, client: Client
) -> None:
    rejected_application(user)
    worked_out = queries(client)
    cached = queries(client)
    assert "Acme" in today(client)
    # Session, user and the version (preferences come from the cache too): the
    # twenty-odd queries are not made.
    assert cached <= 5 < worked_out, (cached, worked_out)
    versions.changed([user.pk])
    assert queries(client) > 10  # the version moved on: worked out again


def test_a_step_marked_done_leaves_today(user: User, client: Client) -> None:
    plan = rejected_application(user, [PRIYA]).plan
    step = plan.steps.get(kind=Step.Kind.PAUSE)
    assert f'action="{reverse("plans:step_done", args=[step.pk])}"' in today(client)
    client.post(reverse("plans:step_done", args=[step.pk]), {"next": "/today/"})
    page = today(client)
    assert f'action="{reverse("plans:step_done", args=[step.pk])}"' not in page
    assert "Done this week" in page


def test_a_step_changed_behind_the_page_shows(user: User, client: Client) -> None:
    """A service outside any request (as the worker or a command would call it)."""
    plan = rejected_application(user, [PRIYA]).plan
    step = plan.steps.get(kind=Step.Kind.PAUSE)
    assert step.title in today(client)
    step.title = "A quiet walk first"
    step.save()
    assert "A quiet walk first" in today(client)


def test_a_touch_logged_moves_the_reminder_off_today(user: User, client: Client) -> None:
    person = Person.objects.create(user=user, name="Dana Mills", keep_in_touch_days=30)
    Interaction.objects.create(
        user=user,
        person=person,
        happened_at=timezone.now() - dt.timedelta(days=60),
        summary="Coffee",
    )
    assert "A light touch with Dana Mills" in today(client)
    client.post(
        reverse("keep_in_touch:person_reminder", args=[person.pk]),
        {"action": "log", "touch": "update", "subject": "Hi", "body": "Hello Dana"},
    )
    assert Interaction.objects.filter(person=person).count() == 2
    assert "A light touch with Dana Mills" not in today(client)


def test_a_rejection_recorded_brings_its_plan(user: User, client: Client) -> None:
    assert "Your plans" not in today(client)
    rejected_application(user, [PRIYA], company="Globex")
    page = today(client)
    assert "Your plans" in page
    assert "Globex" in page


def test_an_imported_email_shows_at_once(user: User, client: Client) -> None:
    assert "to look at" not in today(client)
    mail = parse(human())
    Importer(user, "cli").add(mail, understand(mail))
    assert "One email to look at" in today(client)


def test_records_added_in_bulk_show(user: User, client: Client) -> None:
    """bulk_create sends no signal; the writers that use it move the version on."""
    before = today(client)
    fill(user, Volume(applications=2, people=1, interactions=1, open_plans=1, messages=0))
    after = today(client)
    assert "Your plans" not in before
    assert "Your plans" in after


def test_the_workers_alerts_and_a_moved_board_show(user: User, client: Client) -> None:
    rejection = rejected_application(user, [PRIYA])
    watch = save_watch(user, WatchInput("Acme", "https://jobs.lever.co/acme"), rejection=rejection)
    assert watch.board is not None
    assert "Acme is hiring" not in today(client)
    posting = Posting.objects.create(
        board=watch.board,
        vendor_id="p1",
        title="Data Analyst",
        url="https://jobs.lever.co/acme/p1",
        first_seen_at=timezone.now() + dt.timedelta(seconds=1),
    )
    make_alerts(watch.board, [posting.pk])  # the poller's bulk insert
    assert Alert.objects.filter(user=user).count() == 1
    assert "Acme is hiring" in today(client)
    assert "A job board you watch has moved" not in today(client)
    record(
        [Outcome(board_id=watch.board.pk, kind="gone", error="404")],
        timezone.now(),
        dt.timedelta(hours=1),
    )
    assert Board.objects.get(pk=watch.board.pk).status == Board.Status.GONE
    assert "A job board you watch has moved" in today(client)


def test_the_next_day_is_worked_out_for_that_day(user: User, client: Client) -> None:
    plan = rejected_application(user, [PRIYA]).plan
    step = plan.steps.get(kind=Step.Kind.PAUSE)
    later = plan.steps.exclude(due_on=step.due_on).order_by("due_on").first()
    assert later is not None
    with time_machine.travel(timezone.now(), tick=False):
        first = today(client)
    assert "Coming up" in first
    # The day the later step falls due, with nothing changed in between.
    moment = timezone.make_aware(dt.datetime.combine(later.due_on, dt.time(9)))
    with time_machine.travel(moment, tick=False):
        page = today(client)
    assert f'action="{reverse("plans:step_done", args=[later.pk])}"' in page


def test_each_user_sees_only_their_own_today(user: User, client: Client) -> None:
    rejected_application(user, [PRIYA], company="Carols Co")
    assert "Carols Co" in today(client)
    other = UserFactory.create(username="dave@example.com")
    theirs = Client()
    theirs.force_login(other)
    page = today(theirs)
    assert "Carols Co" not in page
    rejected_application(other, [PRIYA], company="Daves Co")
    assert "Daves Co" in today(theirs)
    assert "Daves Co" not in today(client)


def test_a_failed_write_leaves_the_cache_right(user: User, client: Client) -> None:
    """A rolled-back transaction moves nothing on, and what it wrote never shows."""
    today(client)
    with pytest.raises(RuntimeError), transaction.atomic():
        rejected_application(user, [PRIYA], company="Never Co")
        raise RuntimeError("rolled back")
    assert "Never Co" not in today(client)
    rejected_application(user, [PRIYA], company="Later Co")
    assert "Later Co" in today(client)


def test_a_cached_page_carries_a_working_csrf_token(user: User) -> None:
    """The kept HTML has a stand-in where the token goes; each response gets its own."""
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(user)
    step = rejected_application(user, [PRIYA]).plan.steps.get(kind=Step.Kind.PAUSE)
    today(strict)
    page = today(strict)  # from the cache
    assert "csrf-stand-in" not in page
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
    assert token is not None
    done = strict.post(
        reverse("plans:step_done", args=[step.pk]),
        {"csrfmiddlewaretoken": token.group(1), "next": "/today/"},
    )
    assert done.status_code == 302
    step.refresh_from_db()
    assert step.state == Step.State.DONE


def _without_tokens(page: str) -> str:
    return re.sub(r'(csrfmiddlewaretoken" value="|"X-CSRFToken": ")[^"]+', r"\1", page)


def test_a_page_from_the_cache_is_the_page_worked_out(user: User, client: Client) -> None:
    rejected_application(user, [PRIYA])
    worked_out = today(client)  # the first visit also makes the preferences
    assert _without_tokens(today(client)) == _without_tokens(worked_out)
    assert queries(client) <= 3  # session, user, version: the rest comes from the cache
    assert _without_tokens(today(client)) == _without_tokens(worked_out)


def test_preferences_changed_behind_the_page_show(user: User, client: Client) -> None:
    assert "I just got a rejection" in today(client)
    assert "I just got a rejection" in today(client)  # the page and preferences cached
    prefs = Preferences.objects.get(user=user)
    prefs.gentle_mode = True
    prefs.time_zone = "Asia/Tokyo"
    prefs.save()
    assert "it's a no" in today(client)
    form = client.get(reverse("accounts:preferences")).content.decode()
    assert re.search(r'<option value="Asia/Tokyo"[^>]*selected', form)


def test_a_message_shows_on_a_page_from_the_cache(user: User, client: Client) -> None:
    step = rejected_application(user, [PRIYA]).plan.steps.get(kind=Step.Kind.PAUSE)
    phone = Client()
    phone.force_login(user)
    client.post(reverse("plans:step_done", args=[step.pk]), {"next": "/today/"})
    today(phone)  # the phone works the new page out first and keeps it
    with CaptureQueriesContext(connection) as captured:
        page = today(client)
    assert len(captured) < 10  # the kept page, with this browser's message in its layout
    assert "Nicely handled" in page
    assert f'action="{reverse("plans:step_done", args=[step.pk])}"' not in page
    assert "Nicely handled" not in today(client)
    assert "Nicely handled" not in today(phone)


def test_the_user_and_their_version_come_in_one_query(user: User, client: Client) -> None:
    """The version a visit files Today under is read with the user (accounts.backends), in
    the same query: a change made behind the page moves it on for the very next visit."""
    rejected_application(user, [PRIYA], company="First Co")
    today(client)
    with CaptureQueriesContext(connection) as captured:
        assert "First Co" in today(client)
    reads = [q["sql"] for q in captured if "core_dataversion" in q["sql"]]
    assert len(reads) == 1 and "auth_user" in reads[0], reads  # no second trip for it
    # Behind the page (a service, the worker): only the version row moves.
    rejected_application(user, [PRIYA], company="Second Co")
    assert "Second Co" in today(client)
    versions.changed([user.pk])
    with CaptureQueriesContext(connection) as captured:
        today(client)
    assert len(captured) > 10  # the new version was read, so the page was worked out again


def test_the_kept_page_comes_in_the_same_cache_trip_as_the_preferences(
    user: User, client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One read of the cache for the preferences and the page together. (The entry is
    filed under the version alone and only used for the day it was made for: see
    test_the_next_day_is_worked_out_for_that_day.)"""
    rejected_application(user, [PRIYA])
    worked_out = today(client)
    reads: list[list[str]] = []
    read_many, read_one = remembered.read_many, remembered.read

    def counted_many(keys: list[str]) -> dict[str, object]:
        reads.append(keys)
        return read_many(keys)

    def counted(key: str) -> object:
        reads.append([key])
        return read_one(key)

    monkeypatch.setattr(remembered, "read_many", counted_many)
    monkeypatch.setattr(remembered, "read", counted)
    assert _without_tokens(today(client)) == _without_tokens(worked_out)
    assert len(reads) == 1, reads
    assert any(":preferences:" in k for k in reads[0]) and any(
        k.endswith(":page") for k in reads[0]
    )


def test_gentle_mode_turned_on_shows_on_a_page_kept_under_the_same_version(
    user: User, client: Client
) -> None:
    """The kept page records the gentle mode it was made with; a page made without it is
    never shown to someone who has it on, even if the version had not moved."""
    from django.core.cache import cache

    from onward.accounts import prefs

    assert "I just got a rejection" in today(client)
    assert "I just got a rejection" in today(client)  # from the cache
    # Turned on without moving the version, and the kept preferences dropped: only the
    # page entry's own record of gentle mode can tell it is the wrong page now.
    Preferences.objects.filter(user=user).update(gentle_mode=True)
    cache.delete(prefs.preferences_key(user.pk))
    assert "it's a no" in today(client)

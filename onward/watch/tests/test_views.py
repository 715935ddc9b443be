"""The watch pages: the plan's step, the list, changing a watch, alerts on Today."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from onward.plans.models import Step
from onward.test import PRIYA, rejected_application
from onward.watch.models import Alert, AlertNote, Board, Posting, Watch
from onward.watch.services import WatchInput, save_watch

from .fakeboards import FakeBoards

pytestmark = pytest.mark.django_db


def watch_step(user: Any, **kwargs: Any) -> Step:
    return rejected_application(user, [PRIYA], **kwargs).plan.steps.get(kind="watch")


def test_the_plans_watch_step_opens_the_watch_page(alice: Any, alice_client: Client) -> None:
    step = watch_step(alice)
    assert step.action_label == "Set up the watch"
    opened = alice_client.get(reverse("plans:step_open", args=[step.pk]))
    assert opened["Location"] == reverse("watch:watch_for_step", args=[step.pk])
    page = alice_client.get(opened["Location"]).content.decode()
    assert "Keep an eye on Acme" in page
    assert 'value="Data Analyst"' in page  # the keywords default to the rejected role


def test_setting_up_the_watch_from_the_plan(alice: Any, alice_client: Client) -> None:
    step = watch_step(alice)
    response = alice_client.post(
        reverse("watch:watch_for_step", args=[step.pk]),
        {
            "careers_url": "https://jobs.lever.co/acme",
            "keywords": "Data Analyst, analytics",
            "locations": "London",
            "remote": "on",
        },
    )
    assert response["Location"] == step.plan.get_absolute_url()
    watch = Watch.objects.get()
    assert watch.board is not None
    assert (watch.board.vendor, watch.board.token) == ("lever", "acme")
    assert watch.rejection == step.plan.rejection
    assert watch.company.name == "Acme"
    assert (watch.keywords, watch.locations, watch.remote) == (
        "Data Analyst, analytics",
        "London",
        True,
    )
    step.refresh_from_db()
    assert step.state == Step.State.DONE
    message = alice_client.get(step.plan.get_absolute_url()).content.decode()
    assert "Watching Acme. Onward checks their Lever board every 6 hours" in message


def test_an_unrecognised_address_is_explained_and_nothing_is_saved(
    alice: Any, alice_client: Client
) -> None:
    step = watch_step(alice)
    response = alice_client.post(
        reverse("watch:watch_for_step", args=[step.pk]),
        {"careers_url": "https://acme.example/jobs"},
    )
    assert response.status_code == 200
    page = response.content.decode()
    # Onward tried the page itself (tests never leave this machine: the name resolves to
    # nothing), said so, and offered the reminder instead.
    assert "We couldn&#x27;t read that page." in page
    assert 'name="remind"' in page
    assert not Watch.objects.exists() and not Board.objects.exists()
    step.refresh_from_db()
    assert step.state == Step.State.OPEN


def test_the_user_can_say_which_board_it_is(alice: Any, alice_client: Client) -> None:
    step = watch_step(alice)
    alice_client.post(
        reverse("watch:watch_for_step", args=[step.pk]), {"careers_url": "acme", "vendor": "ashby"}
    )
    assert Watch.objects.get().board == Board.objects.get(vendor="ashby")


def test_no_watch_when_they_would_not_work_there_again(alice: Any, alice_client: Client) -> None:
    rejection = rejected_application(alice, [PRIYA], would_work_there=False)
    assert not rejection.plan.steps.filter(kind="watch").exists()
    # Even reached some other way, the page refuses kindly and saves nothing.
    step = rejection.plan.steps.first()
    assert step is not None
    Step.objects.filter(pk=step.pk).update(kind=Step.Kind.WATCH)
    page = alice_client.get(reverse("watch:watch_for_step", args=[step.pk])).content.decode()
    assert "you wouldn&#x27;t want to work at Acme again" in page
    alice_client.post(
        reverse("watch:watch_for_step", args=[step.pk]),
        {"careers_url": "https://jobs.lever.co/acme"},
    )
    assert not Watch.objects.exists()
    new = alice_client.post(
        reverse("watch:watch_new"), {"company": "Acme", "careers_url": "https://jobs.lever.co/acme"}
    )
    assert new.status_code == 302 and not Watch.objects.exists()


def test_watching_a_company_from_the_list(alice: Any, alice_client: Client) -> None:
    empty = alice_client.get(reverse("watch:watch_list")).content.decode()
    assert "not watching any company yet" in empty
    alice_client.post(
        reverse("watch:watch_new"),
        {"company": "Northwind", "careers_url": "https://apply.workable.com/northwind/"},
    )
    page = alice_client.get(reverse("watch:watch_list")).content.decode()
    assert "Northwind" in page and "any role · anywhere" in page
    assert "the first check is coming up" in page


def board_of(watch: Watch) -> Board:
    assert watch.board is not None
    return watch.board


def test_the_list_shows_boards_in_trouble_and_how_to_fix_them(
    alice: Any, alice_client: Client
) -> None:
    gone = save_watch(alice, WatchInput("Acme", "https://jobs.lever.co/acme"))
    Board.objects.filter(pk=board_of(gone).pk).update(status="gone", last_error="It answered 404.")
    moved = save_watch(alice, WatchInput("Brightline", "https://jobs.ashbyhq.com/bright"))
    Board.objects.filter(pk=board_of(moved).pk).update(status="moved")
    page = alice_client.get(reverse("watch:watch_list")).content.decode()
    assert "This board isn't there any more." in page
    assert "This board has moved." in page
    today = alice_client.get(reverse("plans:today")).content.decode()
    assert "A job board you watch has moved or closed" in today
    alice_client.post(reverse("watch:watch_check_again", args=[gone.pk]))
    board = board_of(gone)
    board.refresh_from_db()
    assert board.status == "ok" and board.next_poll_at is None


def test_changing_a_watch_and_moving_it_to_a_new_board(alice: Any, alice_client: Client) -> None:
    watch = save_watch(alice, WatchInput("Acme", "https://jobs.lever.co/acme"))
    alice_client.post(
        reverse("watch:watch_edit", args=[watch.pk]),
        {"careers_url": "https://jobs.lever.co/acme", "keywords": "BI", "email_immediately": "on"},
    )
    watch.refresh_from_db()
    assert (watch.keywords, watch.email_immediately) == ("BI", True)
    alice_client.post(
        reverse("watch:watch_edit", args=[watch.pk]),
        {"careers_url": "https://job-boards.greenhouse.io/acme", "keywords": "BI"},
    )
    watch.refresh_from_db()
    assert watch.board is not None
    assert (watch.board.vendor, watch.board.token) == ("greenhouse", "acme")
    assert Board.objects.count() == 2  # the old board stays for anyone else watching it


def test_stopping_a_watch(alice: Any, alice_client: Client) -> None:
    watch = save_watch(alice, WatchInput("Acme", "https://jobs.lever.co/acme"))
    alice_client.post(reverse("watch:watch_stop", args=[watch.pk]))
    assert not Watch.objects.exists()


def _alert(user: Any) -> Alert:
    rejection = rejected_application(user, [PRIYA])
    watch = save_watch(user, WatchInput("Acme", "https://jobs.lever.co/acme"), rejection=rejection)
    posting, _ = Posting.objects.get_or_create(
        board=watch.board,
        vendor_id="p1",
        defaults={
            "title": "Product Analyst",
            "location": "London",
            "url": "https://jobs.lever.co/acme/p1",
        },
    )
    return Alert.objects.create(user=user, watch=watch, posting=posting)


def test_an_alert_shows_on_today_and_opens_with_the_people_to_write_to(
    alice: Any, alice_client: Client, bob_client: Client
) -> None:
    alert = _alert(alice)
    today = alice_client.get(reverse("plans:today")).content.decode()
    assert "Acme is hiring a Product Analyst" in today
    assert reverse("watch:alert_detail", args=[alert.pk]) in today
    assert "Acme is hiring" not in bob_client.get(reverse("plans:today")).content.decode()
    page = alice_client.get(reverse("watch:alert_detail", args=[alert.pk])).content.decode()
    assert "Write to Priya" in page
    assert 'href="https://jobs.lever.co/acme/p1"' in page


def test_setting_an_alert_aside_and_back(alice: Any, alice_client: Client) -> None:
    alert = _alert(alice)
    alice_client.post(reverse("watch:alert_dismiss", args=[alert.pk]))
    assert "Acme is hiring" not in alice_client.get(reverse("plans:today")).content.decode()
    alice_client.post(reverse("watch:alert_restore", args=[alert.pk]))
    assert "Acme is hiring" in alice_client.get(reverse("plans:today")).content.decode()


def test_today_leaves_an_alert_once_a_note_is_written(alice: Any, alice_client: Client) -> None:
    alert = _alert(alice)
    priya = alert.watch.company.people.get(name="Priya Raman")
    alice_client.post(reverse("watch:alert_note", args=[alert.pk, priya.pk]))
    assert "Acme is hiring" not in alice_client.get(reverse("plans:today")).content.decode()


def test_old_alerts_leave_today(alice: Any, alice_client: Client) -> None:
    alert = _alert(alice)
    Alert.objects.filter(pk=alert.pk).update(created_at=timezone.now() - dt.timedelta(days=20))
    assert "Acme is hiring" not in alice_client.get(reverse("plans:today")).content.decode()


def test_a_private_feed_address_is_refused_by_default(
    alice: Any, alice_client: Client, settings: Any
) -> None:
    settings.ONWARD_ALLOW_PRIVATE_FETCH = False
    response = alice_client.post(
        reverse("watch:watch_new"),
        {"company": "Acme", "careers_url": "http://169.254.169.254/latest/feed.xml"},
    )
    assert "We couldn&#x27;t read that page." in response.content.decode()
    assert not Watch.objects.exists()


def test_the_watch_page_shows_the_last_check(
    alice: Any, alice_client: Client, boards: FakeBoards
) -> None:
    from onward.watch.poller import poll_cycle

    save_watch(alice, WatchInput("Acme", boards.greenhouse("acme", [])))
    poll_cycle(force=True)
    page = alice_client.get(reverse("watch:watch_list")).content.decode()
    assert "Greenhouse board · last checked today" in page


# Every watch page with an id refuses another user: onward/tests/isolation. Here, a route
# with two ids: his own alert cannot reach her person.


def test_bob_cannot_write_to_alices_person_from_his_own_alert(
    alice: Any, bob: Any, bob_client: Client
) -> None:
    alices = _alert(alice).watch.company.people.get()
    bobs = _alert(bob)
    url = reverse("watch:alert_note", args=[bobs.pk, alices.pk])
    assert bob_client.post(url).status_code == 404
    assert not AlertNote.objects.exists()

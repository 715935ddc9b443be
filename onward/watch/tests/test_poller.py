"""Poll cycles against the fake boards: baselines, news, exactly-once, and trouble."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import time_machine
from django.core import mail
from django.utils import timezone

from onward.lib.http import Client, run
from onward.test import UserFactory, rejected_application
from onward.watch import store
from onward.watch.fetching import Target, fetch_all, fetch_board
from onward.watch.models import Alert, Board, Posting
from onward.watch.poller import claim, poll_cycle
from onward.watch.services import WatchInput, save_watch

from .fakeboards import FakeBoards, Job, rss_feed

pytestmark = pytest.mark.django_db

ANALYST = Job("5001", "Senior Data Analyst", "London")
ENGINEER = Job("5002", "Data Engineer", "London")
PRODUCT = Job("5003", "Product Data Analyst", "Remote", remote=True)


def watch(user: Any, url: str, **fields: Any) -> Any:
    return save_watch(user, WatchInput(company="Acme", careers_url=url, **fields))


def test_the_first_cycle_is_a_baseline_and_only_later_postings_alert(
    alice: Any, boards: FakeBoards
) -> None:
    url = boards.greenhouse("acme", [ANALYST])
    watch(alice, url, keywords="data analyst")
    first = poll_cycle(force=True)
    assert first.outcomes["fresh"] == 1 and first.announced == []
    assert Posting.objects.count() == 1 and not Alert.objects.exists()

    boards.greenhouse("acme", [ANALYST, ENGINEER, PRODUCT])
    second = poll_cycle(force=True)
    assert [a.posting.title for a in second.announced] == ["Product Data Analyst"]
    assert second.new_postings == 2  # the engineer role is stored, but fits no watch

    third = poll_cycle(force=True)
    assert third.announced == [] and third.outcomes["unchanged"] == 1
    assert Alert.objects.count() == 1


def test_an_unchanged_board_costs_one_conditional_request(alice: Any, boards: FakeBoards) -> None:
    url = boards.greenhouse("acme", [ANALYST])
    watch(alice, url)
    poll_cycle(force=True)
    report = poll_cycle(force=True)
    assert report.outcomes["unchanged"] == 1 and report.requests == 1
    assert boards.conditional_hits["/v1/boards/acme/jobs"] == 1


def test_a_board_without_etags_is_recognised_as_unchanged_by_its_content(
    alice: Any, boards: FakeBoards
) -> None:
    url = boards.greenhouse("acme", [ANALYST], etag=False)
    watch(alice, url)
    poll_cycle(force=True)
    assert poll_cycle(force=True).outcomes["unchanged"] == 1


def test_one_fetch_per_board_however_many_watch_it(boards: FakeBoards, alice: Any) -> None:
    url = boards.greenhouse("acme", [ANALYST])
    people = [alice, *(UserFactory.create() for _ in range(4))]
    for person in people:
        watch(person, url)
    poll_cycle(force=True)
    assert boards.hits["/v1/boards/acme/jobs"] == 1
    boards.greenhouse("acme", [ANALYST, PRODUCT])
    report = poll_cycle(force=True)
    assert boards.hits["/v1/boards/acme/jobs"] == 2
    assert sorted(a.user.email for a in report.announced) == sorted(p.email for p in people)


@pytest.mark.parametrize("vendor", ["lever", "smartrecruiters"])
def test_paged_boards_are_read_to_the_end(alice: Any, boards: FakeBoards, vendor: str) -> None:
    jobs = [Job(f"job-{n}", f"Analyst {n}") for n in range(230)]
    url = getattr(boards, vendor)("acme", jobs)
    watch(alice, url, keywords="")
    report = poll_cycle(force=True)
    assert report.requests == 3
    assert Posting.objects.filter(board__vendor=vendor).count() == 230
    getattr(boards, vendor)("acme", [*jobs, Job("job-new", "Analyst new")])
    assert [a.posting.vendor_id for a in poll_cycle(force=True).announced] == ["job-new"]


@pytest.mark.parametrize("vendor", ["ashby", "workable"])
def test_whole_board_vendors(alice: Any, boards: FakeBoards, vendor: str) -> None:
    url = getattr(boards, vendor)("acme", [ANALYST])
    watch(alice, url, keywords="analyst")
    poll_cycle(force=True)
    getattr(boards, vendor)("acme", [ANALYST, PRODUCT])
    assert [a.posting.title for a in poll_cycle(force=True).announced] == ["Product Data Analyst"]


def test_an_rss_feed_is_a_board(alice: Any, boards: FakeBoards) -> None:
    url = boards.feed("/careers/feed.xml", rss_feed([ANALYST]))
    watch(alice, url)
    poll_cycle(force=True)
    boards.feed("/careers/feed.xml", rss_feed([ANALYST, PRODUCT]))
    announced = poll_cycle(force=True).announced
    assert [(a.posting.title, a.posting.board.vendor) for a in announced] == [
        ("Product Data Analyst", "feed")
    ]


def test_an_empty_board_is_fine_and_its_first_posting_is_news(
    alice: Any, boards: FakeBoards
) -> None:
    url = boards.greenhouse("acme", [])
    watch(alice, url, keywords="")
    assert poll_cycle(force=True).outcomes["fresh"] == 1
    assert Board.objects.get().baseline_at is not None
    boards.greenhouse("acme", [ENGINEER])
    assert len(poll_cycle(force=True).announced) == 1


def test_filters_pick_what_is_announced(alice: Any, bob: Any, boards: FakeBoards) -> None:
    url = boards.greenhouse("acme", [])
    watch(alice, url, keywords="analyst", locations="London")
    watch(bob, url, keywords="analyst", remote=True)
    poll_cycle(force=True)
    boards.greenhouse("acme", [ANALYST, PRODUCT, ENGINEER])
    announced = {(a.user.email, a.posting.title) for a in poll_cycle(force=True).announced}
    assert announced == {
        ("alice@example.com", "Senior Data Analyst"),  # London, not remote
        ("bob@example.com", "Product Data Analyst"),  # remote only
    }


def test_a_watch_added_later_hears_only_of_what_opens_after_it(
    alice: Any, bob: Any, boards: FakeBoards
) -> None:
    url = boards.greenhouse("acme", [ANALYST])
    watch(alice, url, keywords="")
    poll_cycle(force=True)
    boards.greenhouse("acme", [ANALYST, ENGINEER])
    poll_cycle(force=True)  # alice hears of the engineer role
    watch(bob, url, keywords="")
    boards.greenhouse("acme", [ANALYST, ENGINEER, PRODUCT])
    announced = [(a.user.email, a.posting.title) for a in poll_cycle(force=True).announced]
    assert announced == [
        ("alice@example.com", "Product Data Analyst"),
        ("bob@example.com", "Product Data Analyst"),
    ]


def test_the_same_answer_written_twice_makes_no_second_alert(
    alice: Any, boards: FakeBoards
) -> None:
    """Two workers that fetched the same board at once, then both write it down."""
    url = boards.greenhouse("acme", [ANALYST])
    watch(alice, url, keywords="")
    poll_cycle(force=True)
    boards.greenhouse("acme", [ANALYST, PRODUCT])
    board = Board.objects.get()
    target = Target(board.pk, board.vendor, board.token, board.etag, "", board.content_hash)
    outcomes = run(fetch_all([target]))
    now, every = timezone.now(), dt.timedelta(hours=6)
    first = store.record(outcomes, now, every)
    second = store.record(outcomes, now + dt.timedelta(seconds=1), every)
    assert len(first) == 1 and second == []
    assert Posting.objects.count() == 2 and Alert.objects.count() == 1


def test_a_board_claimed_by_another_cycle_is_not_fetched_again(
    alice: Any, boards: FakeBoards
) -> None:
    watch(alice, boards.greenhouse("acme", [ANALYST]))
    now = timezone.now()
    assert len(claim(now, "worker-one", force=True)) == 1
    assert claim(now, "worker-two", force=True) == []
    assert poll_cycle(force=True).boards == 0
    assert boards.hits["/v1/boards/acme/jobs"] == 0


def test_boards_are_checked_every_six_hours_by_default(alice: Any, boards: FakeBoards) -> None:
    watch(alice, boards.greenhouse("acme", [ANALYST]))
    with time_machine.travel(dt.datetime(2026, 3, 2, 9, tzinfo=dt.UTC), tick=False):
        assert poll_cycle().boards == 1
    with time_machine.travel(dt.datetime(2026, 3, 2, 14, 59, tzinfo=dt.UTC), tick=False):
        assert poll_cycle().boards == 0
    with time_machine.travel(dt.datetime(2026, 3, 2, 15, 0, tzinfo=dt.UTC), tick=False):
        assert poll_cycle().boards == 1


def test_a_board_that_is_gone_is_shown_and_not_polled_again(alice: Any, boards: FakeBoards) -> None:
    watch(alice, "https://boards.greenhouse.io/vanished")
    report = poll_cycle(force=True)
    assert report.outcomes["gone"] == 1
    board = Board.objects.get()
    assert board.status == Board.Status.GONE and "isn't there" in board.last_error
    assert poll_cycle(force=True).boards == 0
    assert boards.hits["/v1/boards/vanished/jobs"] == 1


def test_a_board_that_moved_is_shown_and_not_polled_again(alice: Any, boards: FakeBoards) -> None:
    boards.status("/v1/boards/acme/jobs", 301, {"Location": "/v1/boards/acme-new/jobs"})
    watch(alice, "https://boards.greenhouse.io/acme")
    poll_cycle(force=True)
    board = Board.objects.get()
    assert board.status == Board.Status.MOVED and board.moved_to.endswith("/acme-new/jobs")
    assert poll_cycle(force=True).boards == 0


def test_429_backs_off_for_at_least_retry_after(alice: Any, boards: FakeBoards) -> None:
    boards.status("/v1/boards/acme/jobs", 429, {"Retry-After": "7200"})
    watch(alice, "https://boards.greenhouse.io/acme")
    start = dt.datetime(2026, 3, 2, 9, tzinfo=dt.UTC)
    with time_machine.travel(start, tick=False):
        assert poll_cycle(force=True).outcomes["failed"] == 1
        board = Board.objects.get()
        assert board.status == Board.Status.FAILING and board.failures == 1
        assert board.next_poll_at == start + dt.timedelta(hours=2)
        # "Check now" still lets a board that asked for rest have it.
        assert poll_cycle(force=True).boards == 0
    boards.greenhouse("acme", [ANALYST])
    with time_machine.travel(start + dt.timedelta(hours=2), tick=False):
        assert poll_cycle().outcomes["fresh"] == 1
    board.refresh_from_db()
    assert board.status == Board.Status.OK and board.failures == 0


def test_server_errors_back_off_doubling_then_stop(alice: Any, boards: FakeBoards) -> None:
    boards.status("/v1/boards/acme/jobs", 503)
    watch(alice, "https://boards.greenhouse.io/acme")
    moment = dt.datetime(2026, 3, 2, 9, tzinfo=dt.UTC)
    delays = []
    for _ in range(store.GIVE_UP_AFTER):
        with time_machine.travel(moment, tick=False):
            assert poll_cycle().boards == 1
        board = Board.objects.get()
        if board.status == Board.Status.FAILING:
            assert board.next_poll_at is not None
            delays.append(board.next_poll_at - moment)
            moment = board.next_poll_at
    assert delays[:3] == [dt.timedelta(minutes=30), dt.timedelta(hours=1), dt.timedelta(hours=2)]
    assert max(delays) == dt.timedelta(hours=24)
    assert board.status == Board.Status.GONE and "Stopped after" in board.last_error
    with time_machine.travel(moment + dt.timedelta(days=30), tick=False):
        assert poll_cycle().boards == 0


def test_malformed_json_fails_the_board_without_touching_its_postings(
    alice: Any, boards: FakeBoards
) -> None:
    watch(alice, boards.greenhouse("acme", [ANALYST]))
    poll_cycle(force=True)
    boards.raw("/v1/boards/acme/jobs", lambda q, h: (200, {}, b'{"jobs": [{"id": 1,'))
    assert poll_cycle(force=True).outcomes["failed"] == 1
    board = Board.objects.get()
    assert "valid JSON" in board.last_error
    assert Posting.objects.get().closed_at is None


def test_a_slow_board_times_out_and_others_still_arrive(
    alice: Any, boards: FakeBoards, settings: Any
) -> None:
    settings.ONWARD_WATCH_TIMEOUT = 0.3
    boards.greenhouse("acme", [ANALYST])
    real = boards.routes["/v1/boards/acme/jobs"]

    def sleepy(query: Any, headers: Any) -> Any:
        import time

        time.sleep(1)
        return real(query, headers)

    boards.raw("/v1/boards/slow/jobs", sleepy)
    watch(alice, "https://boards.greenhouse.io/slow")
    save_watch(alice, WatchInput(company="Other", careers_url="https://boards.greenhouse.io/acme"))
    report = poll_cycle(force=True)
    assert report.outcomes == {"failed": 1, "fresh": 1}
    # Said as plainly as any other failure to answer: the log has the timeout.
    assert Board.objects.get(token="slow").last_error == "We couldn't read that page."


def test_a_later_page_failing_fails_the_whole_board(alice: Any, boards: FakeBoards) -> None:
    jobs = [Job(f"job-{n}", f"Analyst {n}") for n in range(150)]
    boards.lever("acme", jobs)
    real = boards.routes["/v0/postings/acme"]
    boards.raw(
        "/v0/postings/acme",
        lambda q, h: (500, {}, b"") if q.get("skip") == ["100"] else real(q, h),
    )
    watch(alice, "https://jobs.lever.co/acme")
    assert poll_cycle(force=True).outcomes["failed"] == 1
    assert not Posting.objects.exists()


def test_postings_taken_down_are_marked_closed_and_not_news_when_back(
    alice: Any, boards: FakeBoards
) -> None:
    watch(alice, boards.greenhouse("acme", [ANALYST]), keywords="")
    poll_cycle(force=True)
    boards.greenhouse("acme", [])
    poll_cycle(force=True)
    assert Posting.objects.get().closed_at is not None
    boards.greenhouse("acme", [ANALYST])
    assert poll_cycle(force=True).announced == []
    assert Posting.objects.get().closed_at is None


def test_sample_and_paused_boards_are_never_fetched(alice: Any, boards: FakeBoards) -> None:
    sample = watch(alice, boards.greenhouse("acme", [ANALYST]))
    Board.objects.filter(pk=sample.board_id).update(is_sample=True)
    paused = save_watch(alice, WatchInput(company="B", careers_url=boards.ashby("b", [])))
    paused.active = False
    paused.save()
    assert poll_cycle(force=True).boards == 0


def test_an_alert_is_emailed_once_when_the_watch_asks(
    alice: Any, boards: FakeBoards, django_capture_on_commit_callbacks: Any
) -> None:
    from onward.watch.services import email_alert

    watch(alice, boards.greenhouse("acme", [ANALYST]), keywords="", email_immediately=True)
    poll_cycle(force=True)
    boards.greenhouse("acme", [ANALYST, PRODUCT])
    with django_capture_on_commit_callbacks(execute=True):
        report = poll_cycle(force=True)
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["alice@example.com"]
    assert message.subject == "Acme is hiring a Product Data Analyst"
    assert "http://onward.test/watch/alerts/" in message.body
    assert email_alert(report.announced[0].pk) is False  # a retried job sends nothing
    assert len(mail.outbox) == 1


def test_no_email_unless_asked(alice: Any, boards: FakeBoards) -> None:
    watch(alice, boards.greenhouse("acme", [ANALYST]), keywords="")
    poll_cycle(force=True)
    boards.greenhouse("acme", [ANALYST, PRODUCT])
    assert len(poll_cycle(force=True).announced) == 1
    assert mail.outbox == []


def test_a_rejection_that_closed_the_door_makes_no_watch(alice: Any, boards: FakeBoards) -> None:
    from onward.watch.services import WatchRefused

    rejected_application(alice, [], would_work_there=False, company="Acme")
    with pytest.raises(WatchRefused, match="wouldn't want to work at Acme"):
        watch(alice, boards.greenhouse("acme", []))
    assert not Board.objects.exists()


def test_the_workers_periodic_job_checks_the_boards_that_are_due(
    alice: Any, boards: FakeBoards
) -> None:
    from onward.watch.tasks import poll_due_boards

    start = dt.datetime(2026, 3, 2, 9, tzinfo=dt.UTC)
    with time_machine.travel(start, tick=False):
        watch(alice, boards.greenhouse("acme", [ANALYST]), keywords="")
        assert poll_due_boards.call_local() == 0  # the baseline
    boards.greenhouse("acme", [ANALYST, PRODUCT])
    with time_machine.travel(start + dt.timedelta(hours=1), tick=False):
        assert poll_due_boards.call_local() == 0  # not due yet
    with time_machine.travel(start + dt.timedelta(hours=6), tick=False):
        assert poll_due_boards.call_local() == 1
    assert boards.hits["/v1/boards/acme/jobs"] == 2


def test_a_board_with_no_page_to_fetch_fails_without_a_request() -> None:
    outcome = run(fetch_board(Client(), Target(1, "greenhouse", "acme"), max_pages=0))
    assert (outcome.kind, outcome.requests, outcome.error) == ("failed", 0, "Nothing to fetch.")


def test_no_alert_email_is_claimed_when_mail_reaches_no_one(
    alice: Any, boards: FakeBoards, settings: Any, django_capture_on_commit_callbacks: Any
) -> None:
    from onward.watch.services import email_alert

    settings.MAILERS = {"default": {"BACKEND": "django.core.mail.backends.console.EmailBackend"}}
    watch(alice, boards.greenhouse("acme", [ANALYST]), keywords="", email_immediately=True)
    poll_cycle(force=True)
    boards.greenhouse("acme", [ANALYST, PRODUCT])
    with django_capture_on_commit_callbacks(execute=True):
        report = poll_cycle(force=True)
    [alert] = report.announced
    assert email_alert(alert.pk) is False
    alert.refresh_from_db()
    assert alert.emailed_at is None

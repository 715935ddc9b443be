"""core.sending: the sent-log's claim, its lease, and what happens when a worker dies
holding it. The mail server is real (aiosmtpd on loopback); the clock is frozen."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import time_machine
from django.core.mail import EmailMessage
from django.utils import timezone

from onward.core.models import SentMail
from onward.core.sending import Outcome, recover_expired, register_resender, send_once
from onward.tests.faulty_smtp import Fault

pytestmark = pytest.mark.django_db
NOW = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


def hello(message_id: str) -> EmailMessage:
    return EmailMessage(
        "Hello",
        "Hi.",
        "onward@example.org",
        ["sam@example.com"],
        headers={"Message-ID": message_id},
    )


def dead_worker(key: str, *, handed: bool, minutes_ago: int = 20) -> SentMail:
    """What a worker killed mid-send leaves behind: a claim whose lease ran out."""
    then = timezone.now() - dt.timedelta(minutes=minutes_ago)
    return SentMail.objects.create(
        key=key,
        kind="test",
        object_id=1,
        message_id="<held@onward.local>",
        state=SentMail.State.SENDING,
        token="dead",
        lease_until=then + dt.timedelta(minutes=10),
        handed_at=then if handed else None,
    )


def test_an_email_is_sent_once_whatever_asks_twice(smtp: Any) -> None:
    sink = smtp()
    assert send_once("greeting", hello, kind="test") == Outcome.SENT
    assert send_once("greeting", hello, kind="test") == Outcome.SKIPPED
    assert len(sink.kept) == 1


def test_a_live_lease_keeps_a_second_worker_out(smtp: Any) -> None:
    sink = smtp()
    with time_machine.travel(NOW, tick=False):
        dead_worker("greeting", handed=False, minutes_ago=1)  # still within its lease
        assert send_once("greeting", hello, kind="test") == Outcome.SKIPPED
    assert sink.kept == []


def test_a_lease_that_ran_out_before_the_hand_over_is_taken_over_and_sent(smtp: Any) -> None:
    sink = smtp()
    with time_machine.travel(NOW, tick=False):
        dead_worker("greeting", handed=False)
        assert send_once("greeting", hello, kind="test") == Outcome.SENT
    assert len(sink.kept) == 1
    # The Message-ID chosen first is kept, so a copy is recognisable as the same email.
    assert sink.kept[0].message["Message-ID"] == "<held@onward.local>"


def test_a_lease_that_ran_out_after_the_hand_over_becomes_unsure_not_a_second_copy(
    smtp: Any,
) -> None:
    sink = smtp()
    asked: list[str] = []
    with time_machine.travel(NOW, tick=False):
        dead_worker("greeting", handed=True)
        outcome = send_once("greeting", hello, kind="test", on_unsure=lambda: asked.append("?"))
    assert outcome == Outcome.UNSURE and asked == ["?"]
    assert sink.kept == []
    assert SentMail.objects.get(key="greeting").state == SentMail.State.UNSURE


def test_the_periodic_job_starts_every_expired_send_again(smtp: Any) -> None:
    started: list[int] = []
    register_resender("test", started.append)
    with time_machine.travel(NOW, tick=False):
        dead_worker("gone-before", handed=False)
        dead_worker("gone-after", handed=True)
        live = dead_worker("still-working", handed=False, minutes_ago=1)
        SentMail.objects.filter(pk=live.pk).update(object_id=2)
        assert recover_expired() == 2
    assert started == [1, 1]


def test_a_failure_before_the_hand_over_frees_the_claim_for_the_retry(smtp: Any) -> None:
    sink = smtp(Fault("data-command", "drop"))
    with pytest.raises(Exception):  # noqa: B017  huey retries on the raise
        send_once("greeting", hello, kind="test")
    row = SentMail.objects.get(key="greeting")
    assert (row.state, row.handed_at) == (SentMail.State.READY, None)
    assert send_once("greeting", hello, kind="test") == Outcome.SENT
    assert len(sink.kept) == 1


def test_a_timeout_after_the_body_is_never_retried(smtp: Any) -> None:
    sink = smtp(Fault("data-queued", "delay", 2))
    assert send_once("greeting", hello, kind="test") == Outcome.UNSURE
    assert send_once("greeting", hello, kind="test") == Outcome.SKIPPED
    assert len(sink.kept) == 1


@pytest.mark.parametrize("action", ["drop", "delay"])
def test_goodbye_failing_after_the_250_is_still_sent(smtp: Any, action: str) -> None:
    sink = smtp(Fault("quit", action, 2))
    assert send_once("greeting", hello, kind="test") == Outcome.SENT
    assert len(sink.kept) == 1

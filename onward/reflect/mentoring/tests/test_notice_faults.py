"""A mentor-reply notice meets a mail server that never confirms: no second notice."""

from __future__ import annotations

from typing import Any

import pytest

from onward.core.models import SentMail
from onward.reflect.tests.helpers import shared
from onward.tests.faulty_smtp import Fault

from .. import services as mentoring
from ..models import MentorReply
from ..notify import send_reply_notice

pytestmark = pytest.mark.django_db


def test_a_notice_the_server_never_confirmed_is_not_sent_again(
    alice: Any, no_wait: None, smtp: Any
) -> None:
    sink = smtp(Fault("data-queued", "delay", 2))
    _, share, _ = shared(alice)
    saved = mentoring.add_reply(share, "Dana", "Hi")
    assert send_reply_notice(saved.pk) is False  # no raise: the worker won't retry
    assert send_reply_notice(saved.pk) is False  # nor will a duplicated job
    assert len(sink.to("alice@example.com")) == 1
    assert MentorReply.objects.get(pk=saved.pk).notified_at is not None
    assert SentMail.objects.get(key=f"mentor-reply:{saved.pk}").state == "unsure"


def test_a_notice_that_never_reached_the_server_is_sent_on_the_retry(
    alice: Any, no_wait: None, smtp: Any
) -> None:
    sink = smtp(Fault("mail", "drop"))
    _, share, _ = shared(alice)
    saved = mentoring.add_reply(share, "Dana", "Hi")
    with pytest.raises(Exception):  # noqa: B017  huey retries on the raise
        send_reply_notice(saved.pk)
    assert send_reply_notice(saved.pk) is True
    assert len(sink.to("alice@example.com")) == 1

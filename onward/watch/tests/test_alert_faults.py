"""An alert email meets a mail server that never confirms: no second email."""

from __future__ import annotations

from typing import Any

import pytest

from onward.core.models import SentMail
from onward.tests.faulty_smtp import Fault
from onward.watch.poller import poll_cycle
from onward.watch.services import email_alert

from .fakeboards import FakeBoards
from .test_poller import ANALYST, PRODUCT, watch

pytestmark = pytest.mark.django_db


def test_an_alert_the_server_never_confirmed_is_not_emailed_again(
    alice: Any, boards: FakeBoards, smtp: Any
) -> None:
    sink = smtp(Fault("data-queued", "drop"))
    watch(alice, boards.greenhouse("acme", [ANALYST]), keywords="", email_immediately=True)
    poll_cycle(force=True)
    boards.greenhouse("acme", [ANALYST, PRODUCT])
    [alert] = poll_cycle(force=True).announced  # tests hold on-commit jobs: sent below
    assert email_alert(alert.pk) is False  # no raise: the worker won't retry
    assert email_alert(alert.pk) is False
    assert len(sink.to("alice@example.com")) == 1
    assert SentMail.objects.get(key=f"alert:{alert.pk}").state == "unsure"

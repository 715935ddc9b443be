"""Send an email once, as far as SMTP allows; say so honestly where it can't.

Every automatic email (a note, a mentor-reply notice, a watch alert, the digest) goes
through send_once with a stable key:
- The claim is a conditional UPDATE on the sent-log row with a lease, so two workers (or
  a retried job) never both talk to the server, and a worker killed mid-send leaves a
  lease that runs out instead of a row stuck "sending" forever.
- Just before the body goes to the server the row records the hand-over. A failure
  before it is retried like any error; after it, nothing is retried: the outcome is
  "unsure" and the person decides (send again, or mark as sent).
- A lease that ran out after the hand-over becomes "unsure" too; one that ran out
  before it is taken over and sent.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections.abc import Callable
from enum import StrEnum

from django.conf import settings
from django.contrib.auth.models import User
from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone

from onward.lib import emails

from .models import SentMail

log = logging.getLogger(__name__)
State = SentMail.State


class Outcome(StrEnum):
    SENT = "sent"
    UNSURE = "unsure"  # handed to the server, never confirmed
    SKIPPED = "skipped"  # sent or unsure already, or another worker holds the lease


class LostClaim(Exception):
    """The lease ran out and another worker took this email over: stop before the body."""


Build = Callable[[str], EmailMessage]  # the message, given its Message-ID
Then = Callable[[], None]

# kind -> how to start that kind's job again for one object, when its lease ran out.
_resenders: dict[str, Callable[[int], object]] = {}


def register_resender(kind: str, resend: Callable[[int], object]) -> None:
    _resenders[kind] = resend


def lease() -> dt.timedelta:
    return dt.timedelta(seconds=settings.ONWARD_MAIL_LEASE_SECONDS)


def _nothing() -> None:
    return None


def send_once(
    key: str,
    build: Build,
    *,
    kind: str,
    object_id: int | None = None,
    user: User | None = None,
    message_id: str = "",
    on_sent: Then = _nothing,
    on_unsure: Then = _nothing,
) -> Outcome:
    """Send the email named by key unless it was sent (or may have been) already.

    message_id: the caller's own, when it has one (a note keeps its Message-ID on every copy).
    on_sent and on_unsure run in the transaction that records the outcome. An error
    before the hand-over is raised, with the row free for the next try."""
    row, _ = SentMail.objects.get_or_create(
        key=key,
        defaults={
            "kind": kind,
            "object_id": object_id,
            "user": user,
            "message_id": message_id or emails.new_message_id(),
        },
    )
    now = timezone.now()
    token = uuid.uuid4().hex
    free = Q(state=State.READY) | Q(
        state=State.SENDING, lease_until__lt=now, handed_at__isnull=True
    )
    claimed = SentMail.objects.filter(free, pk=row.pk).update(
        state=State.SENDING,
        token=token,
        lease_until=now + lease(),
        handed_at=None,
        attempts=F("attempts") + 1,
    )
    if not claimed:
        if _expire_after_handover(row.pk, on_unsure):
            return Outcome.UNSURE
        return Outcome.SKIPPED

    def handed_over() -> None:
        # Recorded (and committed) before the body leaves: a crash from here on is "unsure".
        if not SentMail.objects.filter(pk=row.pk, token=token).update(handed_at=timezone.now()):
            raise LostClaim(key)

    try:
        emails.send(build(row.message_id), on_handover=handed_over)
    except emails.Unconfirmed as error:
        log.warning("%s: the server didn't confirm the message: %s", key, error)
        with transaction.atomic():
            if SentMail.objects.filter(pk=row.pk, token=token).update(
                state=State.UNSURE, error=str(error)[:300]
            ):
                on_unsure()
        return Outcome.UNSURE
    except Exception as error:
        SentMail.objects.filter(pk=row.pk, token=token).update(
            state=State.READY, lease_until=None, error=str(error)[:300]
        )
        raise
    with transaction.atomic():
        # Not conditional on the token: the server said yes, whatever happened meanwhile.
        SentMail.objects.filter(pk=row.pk).update(
            state=State.SENT, sent_at=timezone.now(), error="", lease_until=None
        )
        on_sent()
    return Outcome.SENT


def _expire_after_handover(pk: int, on_unsure: Then) -> bool:
    """A worker died (or lost its lease) after the body went: nobody knows, so ask."""
    with transaction.atomic():
        stale = SentMail.objects.filter(
            pk=pk, state=State.SENDING, lease_until__lt=timezone.now(), handed_at__isnull=False
        ).update(state=State.UNSURE, error="The sending stopped before the server confirmed.")
        if stale:
            on_unsure()
    return bool(stale)


def recover_expired() -> int:
    """Start the job again for every email whose worker died holding its lease. The job's
    own send_once decides: take it over (before the hand-over) or call it unsure."""
    rows = list(
        SentMail.objects.filter(state=State.SENDING, lease_until__lt=timezone.now()).values_list(
            "kind", "object_id"
        )
    )
    started = 0
    for kind, object_id in rows:
        resend = _resenders.get(kind)
        if resend is None or object_id is None:
            continue  # the digest: its hourly run takes it up again by itself
        resend(object_id)
        started += 1
    return started

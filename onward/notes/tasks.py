"""Background jobs for notes, run by `onward worker` (huey)."""

from __future__ import annotations

import datetime as dt
import logging

from django.utils import timezone
from huey import crontab
from huey.contrib.djhuey import db_periodic_task, db_task, signal
from huey.signals import SIGNAL_ERROR

from onward.core.sending import register_resender

from .models import Note
from .services import deliver, give_up

log = logging.getLogger(__name__)
RETRIES = 5


@db_task(retries=RETRIES, retry_delay=60, context=True)
def send_note(note_id: int, task: object = None) -> bool:
    return deliver(note_id)


register_resender("note", send_note)


@signal(SIGNAL_ERROR)
def note_failed_for_good(signal_name: str, task: object, exc: Exception | None = None) -> None:
    # Huey signals an error on every failed try; only the last one is final.
    if getattr(task, "name", "").endswith("send_note") and getattr(task, "retries", 1) == 0:
        note_id = task.args[0]  # type: ignore[attr-defined]
        give_up(note_id, f"The mail server said: {exc}")


@db_periodic_task(crontab(minute="*/15"))
def resend_stalled_notes() -> int:
    """Requeue notes whose job was lost: a worker that died before picking them up, or
    while it held the note.

    Safe because deliver() only sends a note whose sent-log entry it can claim: a live
    lease means another worker has it, and an expired one after the body went to the
    server makes the note "may have been sent" instead of a second copy."""
    stale = timezone.now() - dt.timedelta(minutes=15)
    ids = list(
        Note.objects.filter(
            status__in=[Note.Status.QUEUED, Note.Status.SENDING], queued_at__lt=stale
        ).values_list("pk", flat=True)
    )
    for note_id in ids:
        send_note(note_id)
    return len(ids)

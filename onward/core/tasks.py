"""Background jobs shared by every app, run by `onward worker` (huey)."""

from __future__ import annotations

from huey import crontab
from huey.contrib.djhuey import db_periodic_task

from .sending import recover_expired


# A worker killed mid-send leaves its lease; this takes those emails up again.
@db_periodic_task(crontab(minute="*/5"))
def recover_expired_sends() -> int:
    return recover_expired()

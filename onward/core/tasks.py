"""Background jobs shared by every app, run by `onward worker` (huey)."""

from __future__ import annotations

import threading

from django.db import close_old_connections
from huey import crontab
from huey.contrib.djhuey import db_periodic_task, on_startup

from .sending import recover_expired

_started = threading.Lock()


# A worker killed mid-send leaves its lease; this takes those emails up again.
@db_periodic_task(crontab(minute="*/5"))
def recover_expired_sends() -> int:
    return recover_expired()


@on_startup()
def recover_on_start() -> None:
    """A worker restarted after a crash picks up what the dead one held at once, not at the
    next five minutes. Huey calls this in each worker thread; once per process is enough."""
    if not _started.acquire(blocking=False):
        return
    try:
        recover_expired()
    finally:
        close_old_connections()

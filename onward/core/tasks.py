"""Background jobs shared by every app, run by `onward worker` (huey)."""

from __future__ import annotations

import contextlib
import logging
import threading
import time

from django.conf import settings
from django.db import InterfaceError, OperationalError, close_old_connections, connection
from huey import crontab
from huey.api import Task
from huey.contrib.djhuey import HUEY, db_periodic_task, on_startup, pre_execute

from .sending import recover_expired

log = logging.getLogger(__name__)
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
    wait_for_database(None)
    try:
        recover_expired()
    finally:
        close_old_connections()


def database_error() -> str:
    """What stops this thread reaching the database, or "" when it answers. A connection
    found dead is closed, so the next try opens a fresh one."""
    close_old_connections()
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        return ""
    except (OperationalError, InterfaceError) as error:
        with contextlib.suppress(OperationalError, InterfaceError):
            connection.close()
        return " ".join(str(error).split()) or type(error).__name__


@pre_execute()
def wait_for_database(task: Task | None) -> None:
    """No job starts while the database is away (a restart, a fail-over, a network cut).

    The worker thread holding the job waits, trying again after 1, 2, 4… seconds (at most
    ONWARD_WORKER_DB_WAIT_SECONDS between tries), and runs the job once the database
    answers: the job isn't dropped and none of its retries is used up. The process stays up
    throughout; each try is logged. Jobs run inside a request or a test (immediate) skip it."""
    if HUEY.immediate:
        return
    wait = 1.0
    started = time.monotonic()
    while error := database_error():
        log.warning(
            "The database can't be reached (%s). The worker waits; next try in %.0f s (%s).",
            error[:200],
            wait,
            task or "start-up",
        )
        time.sleep(wait)
        wait = min(wait * 2, float(settings.ONWARD_WORKER_DB_WAIT_SECONDS))
    if time.monotonic() - started > 0.5:
        log.warning(
            "The database answers again after %.0f s; the worker goes on (%s).",
            time.monotonic() - started,
            task or "start-up",
        )

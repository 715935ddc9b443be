"""Migrations run once even when several web processes or machines start at the same time.

Each `onward serve` migrates before it listens. Two starting together would both find the
same migrations missing and both apply them; so the migration runs under a lock that every
starter takes: PostgreSQL's advisory lock when the database is shared between machines, a
lock on a file beside the SQLite database (which lives on one machine) otherwise. The one
that waited then finds nothing left to do.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.db import connection

# Any fixed number: it names this lock among the database's advisory locks.
ADVISORY_LOCK = 0x0A7A2D


@contextmanager
def _postgres_lock() -> Iterator[None]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_lock(%s)", [ADVISORY_LOCK])
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_unlock(%s)", [ADVISORY_LOCK])


@contextmanager
def _file_lock(path: Path) -> Iterator[None]:
    try:
        import fcntl
    except ImportError:  # Windows: one server per machine there anyway
        yield
        return
    with path.open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def migrate_once(verbosity: int = 0) -> None:
    """`migrate`, with every other process that calls this waiting its turn."""
    if connection.vendor == "postgresql":
        lock = _postgres_lock()
    else:
        lock = _file_lock(Path(settings.DATA_DIR) / "migrate.lock")
    with lock:
        call_command("migrate", interactive=False, verbosity=verbosity)

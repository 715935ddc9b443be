"""One migrated SQLite test database per `make test` run, copied by every worker.

Each pytest-xdist worker makes a test database of its own, and making one walks all the
migrations (some three CPU-seconds). On SQLite the first worker to get there migrates as
usual and keeps a copy (whichever worker, the others wait on a file lock); the others
start from a copy of it. The copy is made before any test runs, so it holds exactly what
migrating leaves (the content types and permissions too). PostgreSQL is left as it is.
"""

from __future__ import annotations

import fcntl
import os
import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any


def template_path(controller_pid: int) -> Path:
    """Where the run whose pytest-xdist controller has this process id keeps its copy."""
    return Path(tempfile.gettempdir()) / f"onward-tests-migrated-{controller_pid}.sqlite3"


def copy(source: str | Path, target: str | Path) -> None:
    # The backup API, not a file copy: the database is in WAL mode, so a plain copy of
    # the file could miss what is still in its -wal file.
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    src.close()
    dst.close()


def install() -> None:
    """In a pytest-xdist worker: its SQLite test database comes from the run's copy."""
    from django.conf import settings
    from django.db.backends.sqlite3.creation import DatabaseCreation

    original: Callable[..., str] = DatabaseCreation.create_test_db
    template = template_path(os.getppid())

    def create_test_db(self: DatabaseCreation, *args: Any, **kwargs: Any) -> str:
        name: str = self._get_test_db_name()  # type: ignore[attr-defined]
        if kwargs.get("keepdb") or self.is_in_memory_db(name):
            return original(self, *args, **kwargs)
        with open(f"{template}.lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            if not template.exists():
                name = original(self, *args, **kwargs)  # migrates
                self.connection.close()
                copy(name, f"{template}.part")
                os.replace(f"{template}.part", template)
                return name
        self.connection.close()
        Path(name).unlink(missing_ok=True)
        copy(template, name)
        settings.DATABASES[self.connection.alias]["NAME"] = name
        self.connection.settings_dict["NAME"] = name
        self.connection.ensure_connection()
        return name

    DatabaseCreation.create_test_db = create_test_db  # type: ignore[method-assign,assignment]


def remove(controller_pid: int) -> None:
    """In the controller, once the run is over."""
    template = template_path(controller_pid)
    for path in (template, Path(f"{template}.lock"), Path(f"{template}.part")):
        path.unlink(missing_ok=True)

"""`onward backup OUT`: the database and the files the app needs, while it runs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import connection

from onward.portability.backup import BackupProblem, Install, backup


def this_install(data_dir: str | None = None) -> Install:
    """The install these settings run, or one in another data folder (for a restore)."""
    if data_dir is not None:
        folder = Path(data_dir).expanduser().resolve()
        return Install(folder, folder / "onward.sqlite3", folder / "huey.sqlite3")
    if connection.vendor != "sqlite":
        raise CommandError(
            "This Onward keeps its data in PostgreSQL: back it up with pg_dump, and restore "
            "with pg_restore (the README shows how)."
        )
    queue = settings.HUEY.get("filename") if isinstance(settings.HUEY, dict) else None
    return Install(
        Path(settings.DATA_DIR),
        Path(connection.settings_dict["NAME"]),
        Path(queue) if queue else None,
    )


class Command(BaseCommand):
    help = (
        "Back up a running SQLite install: a consistent copy of the database (SQLite's "
        "online backup API) plus the secret key and uploaded files. OUT ending in .tar.gz "
        "makes one file; any other name makes a folder."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("out", help="where to write it, e.g. onward-2026-11-30.tar.gz")

    def handle(self, *args: Any, **options: Any) -> None:
        out = Path(options["out"]).expanduser().resolve()
        try:
            report = backup(this_install(), out)
        except BackupProblem as problem:
            raise CommandError(str(problem)) from None
        self.stdout.write(f"Backed up to {out}:")
        for line in report.lines():
            self.stdout.write(f"  {line}")
        if report.users is not None:
            self.stdout.write(f"  {report.users} accounts")

"""`onward restore IN [--data-dir DIR] [--force]`: put a backup back."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from onward.portability.backup import BackupProblem, restore

from .backup import this_install


class Command(BaseCommand):
    help = (
        "Restore a backup made by `onward backup` into this install's data folder (or "
        "--data-dir). Stop Onward first; an existing database is only replaced with --force."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("source", help="the .tar.gz file or folder `onward backup` made")
        parser.add_argument("--data-dir", help="restore into this data folder instead")
        parser.add_argument(
            "--force", action="store_true", help="replace the database and files already there"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        install = this_install(options["data_dir"])
        source = Path(options["source"]).expanduser().resolve()
        try:
            report = restore(source, install, force=options["force"])
        except BackupProblem as problem:
            raise CommandError(str(problem)) from None
        self.stdout.write(f"Restored the backup made {report.made_at} into {install.data_dir}:")
        for line in report.lines():
            self.stdout.write(f"  {line}")
        if report.users is not None:
            self.stdout.write(f"  {report.users} accounts")

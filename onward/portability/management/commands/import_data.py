"""`onward import --user EMAIL FILE.json`: an export brought into an empty account."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from onward.portability import importer
from onward.portability.upgrade import ImportProblem, read

from .export import user_by_email


class Command(BaseCommand):
    help = (
        "Import an Onward export (.json) into an empty account: every row or none. "
        "Run as `onward import`."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", help="the .json file from `onward export` or the web")
        parser.add_argument("--user", required=True, help="the email address of the account")

    def handle(self, *args: Any, **options: Any) -> None:
        user = user_by_email(options["user"])
        path = Path(options["file"]).expanduser()
        try:
            raw = path.read_bytes()
        except OSError as error:
            raise CommandError(f"Couldn't read {path}: {error.strerror}.") from None
        try:
            summary = importer.load(user, read(raw))
        except ImportProblem as problem:
            raise CommandError(f"Nothing was imported. {problem}") from None
        self.stdout.write(f"Imported into {user.email}:")
        for name, count in summary.lines():
            self.stdout.write(f"  {count} {name}")
        if summary.counts.get("inbox.mailaccount"):
            self.stdout.write("The mail account came without its password: add it again.")

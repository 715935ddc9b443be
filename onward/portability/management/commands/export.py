"""`onward export --user EMAIL --output FILE.json [--csv FILE.zip]`: everything one user owns."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError, CommandParser

from onward.portability import export, schema


class Command(BaseCommand):
    help = (
        "Write every row one user owns to a JSON file (the format is in "
        "docs/export-format.md), and optionally a zip of one CSV per table."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--user", help="the email address of the account")
        parser.add_argument("--output", help="the .json file to write ('-' for the screen)")
        parser.add_argument("--csv", help="also write a zip of one CSV file per table here")
        parser.add_argument(
            "--schema", action="store_true", help="print the format's JSON Schema and stop"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if options["schema"]:
            self.stdout.write(json.dumps(schema.build(), indent=2))
            return
        if not options["user"] or not options["output"]:
            raise CommandError("Say whose data and where to: --user EMAIL --output FILE.json")
        user = user_by_email(options["user"])
        document = export.build(user)
        data = export.to_json(document)
        if options["output"] == "-":
            sys.stdout.buffer.write(data)
        else:
            _write(Path(options["output"]), data)
        if options["csv"]:
            _write(Path(options["csv"]), export.to_csv_zip(document))
        rows = sum(len(rows) for rows in document["tables"].values())
        target = options["output"] if options["output"] != "-" else "the screen"
        self.stderr.write(f"Exported {rows} rows of {user.email} to {target}.")


def user_by_email(email: str) -> Any:
    try:
        return get_user_model()._default_manager.get(email__iexact=email)
    except get_user_model().DoesNotExist:
        raise CommandError(f"No account uses {email}.") from None
    except get_user_model().MultipleObjectsReturned:
        raise CommandError(f"More than one account uses {email}.") from None


def _write(path: Path, data: bytes) -> None:
    try:
        path.expanduser().write_bytes(data)
    except OSError as error:
        raise CommandError(f"Couldn't write {path}: {error.strerror}.") from None

"""The import commands: the same reading, preview and single transaction as the pages."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.contrib.auth.models import User
from django.core.management.base import BaseCommand, CommandError, CommandParser

from .. import applications, services
from ..reading import FileProblem, Table, decode


def account(email: str) -> User:
    user = (
        User.objects.filter(email__iexact=email).first()
        or User.objects.filter(username__iexact=email).first()
    )
    if user is None:
        raise CommandError(f"There is no account for {email}.")
    return user


class ImportCommand(BaseCommand):
    kind = ""
    things = ""

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path", help="the file to bring in")
        parser.add_argument("--user", required=True, help="the account's email address")
        parser.add_argument(
            "--dry-run", action="store_true", help="show what would come in; save nothing"
        )
        if self.kind == "applications":
            parser.add_argument(
                "--month-first",
                action="store_true",
                help="dates like 03/04/2026 are 4 March (Onward guesses otherwise)",
            )

    def handle(self, *args: Any, **options: Any) -> None:
        user = account(options["user"])
        path = Path(options["path"]).expanduser()
        if not path.is_file():
            raise CommandError(f"{path}: there is no such file.")
        try:
            parsed = services.parse(user, self.kind, decode(path.read_bytes()))
        except FileProblem as problem:
            raise CommandError(str(problem)) from problem
        if isinstance(parsed, Table):
            mapping = applications.guess_mapping(parsed.header)
            result: Any = applications.preview(
                user, parsed, mapping, False if options.get("month_first") else None
            )
            if result.missing:
                raise CommandError(
                    "No column for the "
                    + " or the ".join(result.missing).lower()
                    + f". The columns are: {', '.join(parsed.header)}."
                )
            found = ", ".join(
                f"{applications.FIELDS[name][0].lower()} from “{parsed.header[index]}”"
                for name, index in mapping.items()
                if index is not None
            )
            self.stdout.write(f"Columns: {found}.")
        else:
            result = parsed
        where = "contact" if self.kind == "vcards" else "line"
        for row in result.bad:
            self.stdout.write(f"  left out, {where} {row.line}: {' '.join(row.problems)}")
        for row in result.skipped:
            self.stdout.write(f"  left out, {where} {row.line}: {row.skip}")
        good = len(result.good)
        if options["dry_run"]:
            self.stdout.write(f"{good} {self.things} would come in. Nothing was saved (--dry-run).")
            return
        made = services.save(user, self.kind, result, path.name)
        self.stdout.write(f"Brought in {len(made)} {self.things}.")

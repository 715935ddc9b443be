"""`onward export-vcards --user EMAIL [--output FILE]`: every person as vCards."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from onward.imports.management.base import account
from onward.imports.people import as_vcards
from onward.people.models import Person


class Command(BaseCommand):
    help = "Write every person of an account as vCards (3.0), for a phone or address book."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--user", required=True, help="the account's email address")
        parser.add_argument("--output", help="a file to write; without it, standard output")

    def handle(self, *args: Any, **options: Any) -> None:
        found = Person.objects.filter(user=account(options["user"])).select_related("company")
        cards = as_vcards(found.order_by("name"))
        if options.get("output"):
            Path(options["output"]).expanduser().write_text(cards, encoding="utf-8")
            self.stderr.write(f"Wrote {found.count()} people to {options['output']}.")
        else:
            self.stdout.write(cards, ending="")

from __future__ import annotations

from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser


class Command(BaseCommand):
    help = "Prepare the database and serve Onward (threaded, with static files)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--no-migrate", action="store_true")

    def handle(self, *args: Any, port: int, host: str, no_migrate: bool, **options: Any) -> None:
        if not no_migrate:
            call_command("migrate", interactive=False, verbosity=0)
        self.stdout.write(f"Onward is running at http://{host}:{port}/  (Ctrl+C to stop)")
        call_command("runserver", f"{host}:{port}", use_reloader=False, skip_checks=True)

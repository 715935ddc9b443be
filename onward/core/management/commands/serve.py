from __future__ import annotations

from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser


class Command(BaseCommand):
    help = "Prepare the database, then serve Onward with waitress."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--threads", type=int, default=8)
        parser.add_argument("--no-migrate", action="store_true")

    def handle(
        self, *args: Any, port: int, host: str, threads: int, no_migrate: bool, **options: Any
    ) -> None:
        # waitress rather than runserver: a self-hosted install is a real deployment.
        from waitress import serve

        if not no_migrate:
            call_command("migrate", interactive=False, verbosity=0)
        # Static files are served from the installed packages (WHITENOISE_USE_FINDERS),
        # so there is no collectstatic step; whitenoise only wants the folder to exist.
        Path(settings.STATIC_ROOT).mkdir(parents=True, exist_ok=True)
        # The fonts are most of a first page, htmx and the stylesheets the rest: compressed
        # once, before the first visitor.
        from onward.core import fonts, precompressed

        fonts.prepare()
        precompressed.prepare()
        from onward.wsgi import application

        self.stdout.write(f"Onward is running at http://{host}:{port}/  (Ctrl+C to stop)")
        self.stdout.flush()
        serve(application, host=host, port=port, threads=threads, ident="Onward")

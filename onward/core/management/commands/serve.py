from __future__ import annotations

from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandParser

from onward.core.migrating import migrate_once


class Command(BaseCommand):
    help = (
        "Prepare the database, then serve Onward: with waitress, or with gunicorn, a "
        "process per core, when --production."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--threads", type=int, default=None)
        parser.add_argument("--no-migrate", action="store_true")
        parser.add_argument(
            "--production",
            action="store_true",
            help="several processes (gunicorn), static files collected and compressed",
        )
        parser.add_argument("--workers", type=int, default=None, help="with --production")

    def handle(
        self,
        *args: Any,
        port: int,
        host: str,
        threads: int | None,
        no_migrate: bool,
        production: bool,
        workers: int | None,
        **options: Any,
    ) -> None:
        if not no_migrate:
            # Under a lock: several servers may be starting at once.
            migrate_once()
        # Static files are served from the installed packages (WHITENOISE_USE_FINDERS),
        # so there is no collectstatic step; whitenoise only wants the folder to exist.
        Path(settings.STATIC_ROOT).mkdir(parents=True, exist_ok=True)
        # The fonts are most of a first page, htmx and the stylesheets the rest: compressed
        # once, before the first visitor.
        from onward.core import fonts, precompressed

        fonts.prepare()
        if production:
            from onward.core import production as prod

            prod.prepare_static()
            chosen = prod.Options(
                host=host,
                port=port,
                workers=workers or prod.Options.default_workers(),
                threads=threads or 4,
            )
            self.stdout.write(
                f"Onward is running at http://{host}:{port}/ with {chosen.workers} processes "
                f"of {chosen.threads} threads (Ctrl+C to stop)"
            )
            self.stdout.flush()
            prod.serve(chosen)
            return
        # In production collectstatic compresses every file itself (whitenoise's storage);
        # here the finders serve them, so the compressed copies are made once beforehand.
        precompressed.prepare()
        # waitress rather than runserver: a self-hosted install is a real deployment.
        from waitress import serve

        from onward.wsgi import application

        self.stdout.write(f"Onward is running at http://{host}:{port}/  (Ctrl+C to stop)")
        self.stdout.flush()
        # waitress would take 1 GB in one request. Up to twice the upload limit still
        # reaches the upload form, which says the limit in words; past that, a plain 413.
        body_limit = 2 * settings.ONWARD_UPLOAD_MAX_BYTES
        serve(
            application,
            host=host,
            port=port,
            threads=threads or 8,
            ident="Onward",
            max_request_body_size=body_limit,
        )

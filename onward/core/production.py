"""`onward serve --production`: gunicorn with a process per core, static files compressed.

The master process prepares once (migrations under a lock, static files collected with
their gzip and Brotli twins), then forks the workers, each with a few threads. The worker
for background jobs (`onward worker`) is a separate process, started on its own.
"""

from __future__ import annotations

import gc
import os
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.core.handlers.wsgi import WSGIHandler
from django.core.management import call_command
from django.db import connections
from gunicorn.app.base import BaseApplication
from whitenoise import WhiteNoise

from onward.core import fair_worker

# Static files are collected afresh at each start but keep their names, so browsers may
# keep one for an hour; they ask again after that and get a 304 when nothing changed.
STATIC_MAX_AGE = 3600


@dataclass(frozen=True)
class Options:
    host: str
    port: int
    workers: int
    threads: int

    @staticmethod
    def default_workers() -> int:
        # One per core: the threads in each cover the time spent waiting on the database.
        return max(2, os.cpu_count() or 1)


def prepare_static() -> None:
    """Collect the static files into STATIC_ROOT, compressed (whitenoise's storage)."""
    call_command("collectstatic", interactive=False, verbosity=0)


def application() -> Any:
    """Django behind a WhiteNoise that answers for the collected files itself, so a
    stylesheet never goes through the middleware, the session or the database."""
    from onward.wsgi import application as django_app

    return WhiteNoise(
        django_app, root=settings.STATIC_ROOT, prefix=settings.STATIC_URL, max_age=STATIC_MAX_AGE
    )


class Server(BaseApplication):  # type: ignore[misc]
    def __init__(self, app: WSGIHandler | Any, options: Options) -> None:
        self.app = app
        self.options = options
        super().__init__()

    def load_config(self) -> None:
        config = {
            "bind": [f"{self.options.host}:{self.options.port}"],
            "workers": self.options.workers,
            # gthread, taking no more than its share of the connections (fair_worker).
            "worker_class": "onward.core.fair_worker.FairWorker",
            "pre_fork": fair_worker.pre_fork,
            "child_exit": fair_worker.child_exit,
            "threads": self.options.threads,
            "timeout": 60,
            "graceful_timeout": 20,
            "keepalive": 5,
            # A worker is replaced after a couple of hundred thousand requests (hours of a
            # busy centre's traffic), so memory stays flat over months; the jitter keeps
            # the workers from restarting together. More often cost the slowest requests:
            # at 20,000, bench/load.py saw each worker replaced during a 15-second run
            # and Today's p99 at 206 ms, against 94 ms at this figure.
            "max_requests": 200000,
            "max_requests_jitter": 20000,
            "accesslog": None,
            "errorlog": "-",
            "proc_name": "onward",
            # No control socket: several Onwards on one machine would share its one path.
            "control_socket_disable": True,
        }
        for key, value in config.items():
            self.cfg.set(key, value)

    def load(self) -> Any:
        return self.app


def keep_out_of_collections() -> None:
    """Leave what start-up made (Django, the URLconf, the templates, the inbox's tables)
    out of every later full collection in the workers.

    These ~155,000 objects live as long as the process, yet each full collection walked
    them all: 90-400 ms with the GIL held, a stall for every request in that worker, and
    the cause of a p99 past 200 ms even for `/health/` (bench/load.py). Frozen before the
    fork, a full collection walks only what the worker made since (~15,000 objects), and
    the pages stay shared between the workers instead of being copied as the collector
    touches them."""
    gc.collect()
    gc.freeze()


def serve(options: Options) -> None:
    app = application()
    # The master opened the database to migrate; each worker opens its own.
    connections.close_all()
    keep_out_of_collections()
    Server(app, options).run()

"""What each main page costs in CPU, in one process, for the heavy account of issue 13.

    .venv/bin/python bench/page_cpu.py [--repeat 20] [--profile today] [--pages today,inbox]

It migrates a fresh SQLite database in a temporary data folder, fills one account with
onward.demo.volume.HEAVY (500 applications, 2,000 people, 10,000 interactions, 300 open
plans, 10,000 inbox messages), signs it in with Django's test client and asks each page
`--repeat` times after one warm-up visit. It prints, per page, the CPU time per request
(time.process_time: this process's user + system CPU, so other work on the machine
inflates it little, unlike wall-clock time), the wall time, and the SQL queries per
request. Nothing is served over the network; the database and the cache are the
settings' own (SQLite, and the local-memory cache unless REDIS_URL is set).

`--profile PAGE` runs cProfile over that page's requests and prints the 30 costliest
functions by cumulative time, to see where the CPU goes.

`--cold` clears the cache before every request, to measure a page as the first visit
after a change to the account costs (Today caches what it worked out per user).

`--database postgres` uses the scratch PostgreSQL database named by DATABASE_URL instead
(its tables are made, and this script's account in it replaced), and Redis as the cache
when REDIS_URL is set, as a server shared by several processes would:

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/scratch REDIS_URL=redis://127.0.0.1:6379/12 \\
        .venv/bin/python bench/page_cpu.py --database postgres
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import sys
import tempfile
import time
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20, help="requests per page")
    parser.add_argument("--pages", default="", help="comma-separated page names (default all)")
    parser.add_argument("--profile", default="", help="a page name to run under cProfile")
    parser.add_argument("--sort", default="cumulative", help="cProfile order: cumulative, tottime")
    parser.add_argument("--sql", action="store_true", help="print each page's SQL queries")
    parser.add_argument("--cold", action="store_true", help="clear the cache before each request")
    parser.add_argument("--database", choices=["sqlite", "postgres"], default="sqlite")
    args = parser.parse_args()
    if args.database == "postgres" and not os.environ.get("DATABASE_URL", "").startswith(
        "postgres"
    ):
        sys.exit("--database postgres needs DATABASE_URL=postgres://… (a scratch database)")

    with tempfile.TemporaryDirectory(prefix="onward-cpu-") as folder:
        os.environ.update(
            DJANGO_SETTINGS_MODULE="onward.settings",
            ONWARD_DATA_DIR=folder,
            ONWARD_LOG_LEVEL="ERROR",
        )
        os.environ.pop("ONWARD_DEBUG", None)
        if args.database == "sqlite":
            os.environ.pop("DATABASE_URL", None)
        run(args)


def _counted(queries: list[str], execute: Any, sql: str, *rest: Any) -> Any:
    queries.append(sql)
    return execute(sql, *rest)


def run(args: argparse.Namespace) -> None:
    import django

    django.setup()
    from django.contrib.auth.models import User
    from django.core.cache import cache
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.urls import reverse

    from onward.demo.volume import HEAVY, fill
    from onward.people.models import Person
    from onward.pipeline.models import Application

    call_command("migrate", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)
    print("Building the heavy account…", flush=True)
    started = time.perf_counter()
    User.objects.filter(username="heavy@cpu.example").delete()  # a scratch database's last run
    heavy = User.objects.create_user("heavy@cpu.example", "heavy@cpu.example", "cpu-only")
    fill(heavy, HEAVY)
    print(f"  built in {time.perf_counter() - started:.1f} s\n", flush=True)
    application = Application.objects.filter(user=heavy).order_by("pk").first()
    person = Person.objects.filter(user=heavy).order_by("pk").first()
    assert application is not None and person is not None
    pages = {
        "health": "/health/",
        # The site's layout around a short form: the floor for any signed-in page.
        "settings": reverse("core:settings"),
        "today": reverse("plans:today"),
        "an application": application.get_absolute_url(),
        "a person": person.get_absolute_url(),
        "the inbox": reverse("inbox:queue"),
        "insights": reverse("insights:insights"),
        "applications": reverse("pipeline:application_list"),
        "people": reverse("people:person_list"),
    }
    wanted = [p.strip() for p in args.pages.split(",") if p.strip()]
    if wanted:
        pages = {name: url for name, url in pages.items() if name in wanted}
    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(heavy)

    print(f"{'page':<16}{'CPU ms':>9}{'wall ms':>9}{'queries':>9}   ({args.repeat} requests each)")
    for name, url in pages.items():
        # Warm-up: templates compiled; the first visit makes the preferences, the second
        # keeps them in the cache.
        for _ in range(2):
            response = client.get(url)
            assert response.status_code == 200, (url, response.status_code)
        queries: list[str] = []
        counted = partial(_counted, queries)
        if args.cold:
            cache.clear()
        with connection.execute_wrapper(counted):
            client.get(url)
        profiler = cProfile.Profile() if name == args.profile else None
        cpu = wall = 0.0
        for _ in range(args.repeat):
            if args.cold:
                cache.clear()
            cpu_start, wall_start = time.process_time(), time.perf_counter()
            if profiler:
                profiler.enable()
            client.get(url)
            if profiler:
                profiler.disable()
            cpu += time.process_time() - cpu_start
            wall += time.perf_counter() - wall_start
        print(
            f"{name:<16}{cpu / args.repeat * 1000:9.1f}{wall / args.repeat * 1000:9.1f}"
            f"{len(queries):9d}",
            flush=True,
        )
        if args.sql:
            for sql in queries:
                print("    " + sql[:300])
        if profiler:
            print()
            pstats.Stats(profiler).sort_stats(args.sort).print_stats(40)


if __name__ == "__main__":
    main()

"""The CPU one request costs on the server side, split by where it is spent: Python, the
database and Redis. One process calls the production WSGI app directly, as gunicorn would,
with no network or load generator, so the figures hardly move with other work on the
machine.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/scratch REDIS_URL=redis://127.0.0.1:6379/12 \\
        .venv/bin/python bench/request_cpu.py [--repeat 2000] [--pages health,today]

It migrates the scratch database named by DATABASE_URL (or a fresh SQLite one in a
temporary folder when DATABASE_URL is unset), fills one account with
onward.demo.volume.HEAVY the first time (kept for later runs: pass --rebuild to make it
again), signs it in and asks each page `--repeat` times after a warm-up, with only the
session cookie and a CSRF cookie, as a browser that has been here before sends and
bench/load.py's requests do. Per request it prints this process's CPU
(time.process_time), the CPU of the PostgreSQL backend serving it (read from /proc), and
redis-server's (one server for the whole machine: it counts whatever else uses it then).

`--profile PAGE` runs cProfile over that page's requests and prints the costliest
functions (`--sort tottime` for where the time is spent itself).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
# What a browser that has been here before sends besides its session: its CSRF cookie (a
# secret of 32 letters and digits). Without it every page would make and set a new one.
BROWSERS_CSRF_COOKIE = "csrftoken=" + "Bench0CSRF0secret" + "0" * 15

EMAIL = "heavy@request-cpu.example"


def _cpu_of(pid: int | None) -> float:
    if pid is None:
        return 0.0
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _redis_pid() -> int | None:
    for comm in Path("/proc").glob("[0-9]*/comm"):
        try:
            if comm.read_text().strip() == "redis-server":
                return int(comm.parent.name)
        except (OSError, ValueError):
            continue
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=2000, help="requests per page")
    parser.add_argument("--pages", default="health,today", help="comma-separated: health,today")
    parser.add_argument("--profile", default="", help="a page name to run under cProfile")
    parser.add_argument("--sort", default="cumulative", help="cProfile order")
    parser.add_argument("--callers", default="", help="print who calls functions matching this")
    parser.add_argument("--rebuild", action="store_true", help="make the heavy account again")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="onward-request-cpu-") as folder:
        os.environ.update(
            DJANGO_SETTINGS_MODULE="onward.settings",
            ONWARD_DATA_DIR=folder,
            ONWARD_LOG_LEVEL="ERROR",
            ONWARD_DB_CONN_MAX_AGE="60",
        )
        os.environ.pop("ONWARD_DEBUG", None)
        run(args)


def _environ(path: str, cookie: str) -> dict[str, Any]:
    return {
        "REQUEST_METHOD": "GET",
        "SCRIPT_NAME": "",
        "PATH_INFO": path,
        "QUERY_STRING": "",
        "SERVER_NAME": "127.0.0.1",
        "SERVER_PORT": "8000",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "REMOTE_ADDR": "127.0.0.1",
        "HTTP_HOST": "127.0.0.1:8000",
        "HTTP_COOKIE": cookie,
        "HTTP_ACCEPT": "*/*",
        "wsgi.version": (1, 0),
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(b""),
        "wsgi.errors": sys.stderr,
        "wsgi.multithread": True,
        "wsgi.multiprocess": True,
        "wsgi.run_once": False,
    }


def run(args: argparse.Namespace) -> None:
    import django

    django.setup()
    from django.contrib.auth.models import User
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client

    from onward.core.production import application
    from onward.demo.volume import HEAVY, fill

    call_command("migrate", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)
    user = User.objects.filter(username=EMAIL).first()
    if user is None or args.rebuild or connection.vendor == "sqlite":
        User.objects.filter(username=EMAIL).delete()
        print("Building the heavy account…", flush=True)
        user = User.objects.create_user(EMAIL, EMAIL, "request-cpu-only")
        fill(user, HEAVY)
    client = Client()
    client.force_login(user)
    cookie = f"sessionid={client.cookies['sessionid'].value}; {BROWSERS_CSRF_COOKIE}"
    connection.close()
    app = application()
    paths = {"health": "/health/", "today": "/today/", "settings": "/settings/"}
    statuses: list[str] = []

    def start_response(status: str, headers: Any, exc_info: Any = None) -> Any:
        statuses.append(status)
        return lambda data: None

    def ask(path: str) -> None:
        body = app(_environ(path, cookie), start_response)
        for _ in body:
            pass
        if hasattr(body, "close"):
            body.close()

    redis = _redis_pid() if os.environ.get("REDIS_URL") else None
    print(f"{'page':<10}{'Python ms':>11}{'database ms':>13}{'Redis ms':>10}{'total ms':>10}")
    for name in [p.strip() for p in args.pages.split(",") if p.strip()]:
        path = paths[name]
        for _ in range(20):
            ask(path)
        if statuses[-1] != "200 OK":
            sys.exit(f"{path} answered {statuses[-1]}")
        backend = None
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_backend_pid()")
                backend = int(cursor.fetchone()[0])
        profiler = cProfile.Profile(time.process_time) if name == args.profile else None
        db_before, redis_before = _cpu_of(backend), _cpu_of(redis)
        started = time.process_time()
        if profiler:
            profiler.enable()
        for _ in range(args.repeat):
            ask(path)
        if profiler:
            profiler.disable()
        python = (time.process_time() - started) / args.repeat * 1000
        database = (_cpu_of(backend) - db_before) / args.repeat * 1000
        in_redis = (_cpu_of(redis) - redis_before) / args.repeat * 1000
        total = python + database + in_redis
        print(f"{name:<10}{python:11.3f}{database:13.3f}{in_redis:10.3f}{total:10.3f}", flush=True)
        if statuses[-1] != "200 OK":
            sys.exit(f"{path} answered {statuses[-1]}")
        if profiler:
            stats = pstats.Stats(profiler).sort_stats(args.sort)
            stats.print_stats(60)
            if args.callers:
                stats.print_callers(args.callers)


if __name__ == "__main__":
    main()

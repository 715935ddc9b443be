"""Two checkouts of Onward served in turn, for the CPU a cached Today visit costs each.

    DATABASE_URL=postgres://…/scratch REDIS_URL=redis://127.0.0.1:6379/12 \\
        .venv/bin/python bench/load_ab.py OLD_FOLDER NEW_FOLDER [--rounds 4] [--seconds 6]

The scratch database must hold bench/load.py's accounts (run it once first). Each round
serves each folder's code (`onward serve --production`, with this virtualenv's Python and
the folder's `onward` package) and drives /health/ then /today/ with wrk, signed in as the
heavy account, as bench/load.py does. Per page it prints requests a second, p99, and the
CPU per request of the web processes, the database's backends and redis-server, read from
/proc (bench/load.CpuMeter): on a busy machine that is the figure to compare, since old and
new run alternately under the same load. It also prints PostgreSQL transactions per
request (each query outside a transaction is one), from pg_stat_database.

A folder holding an older commit: `git worktree add --detach /tmp/onward-old COMMIT` (or
`git archive COMMIT | tar -x -C /tmp/onward-old`).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import load

LOGIN = (
    "import os, django\n"
    "os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'onward.settings')\n"
    "django.setup()\n"
    "from django.contrib.auth.models import User\n"
    "from django.test import Client\n"
    "client = Client()\n"
    f"client.force_login(User.objects.get(username={load.HEAVY_EMAIL!r}))\n"
    "print(client.cookies['sessionid'].value)\n"
)


def transactions(url: str) -> int:
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        row = conn.execute(
            "SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()"
        ).fetchone()
    return int(row[0]) if row else 0


def serve(folder: Path, env: dict[str, str]) -> tuple[subprocess.Popen[bytes], str, str]:
    """The folder's Onward on a free port, and the heavy account's session cookie."""
    python = sys.executable
    session = subprocess.run(
        [python, "-c", LOGIN], env=env, cwd=folder, check=True, capture_output=True, text=True
    ).stdout.split()[-1]
    port = load.free_port()
    # `python -c` puts the folder first on sys.path: its own `onward` package is served.
    argv = ["onward", "serve", "--production", "--no-migrate", "--port", str(port)]
    code = f"import sys; sys.argv = {argv!r}; from onward.cli import main; sys.exit(main())"
    server = subprocess.Popen(
        [python, "-c", code],
        env=env,
        cwd=folder,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(base + "/health/", timeout=2):
                break
        except OSError:
            time.sleep(0.5)
    return server, base, f"sessionid={session}; {load.BROWSERS_CSRF_COOKIE}"


def parts(server: subprocess.Popen[bytes], env: dict[str, str]) -> list[dict[int, float]]:
    groups = [load._pids_of(server.pid), load._database_pids(env), load._redis_pids(env)]
    return [{pid: load._cpu_of(pid) for pid in pids} for pids in groups]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs=2, type=Path, help="old and new checkouts")
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--seconds", type=int, default=6, help="of load per page")
    parser.add_argument("--connections", type=int, default=32)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="onward-ab-") as data:
        env = load.server_env(Path(data), "postgres")
        url = env["DATABASE_URL"]
        print(
            f"{'':>4}{'page':<10}{'req/s':>8}{'p99 ms':>8}{'CPU ms':>8}{'web':>7}{'db':>7}"
            f"{'redis':>7}{'db xacts':>9}{'load':>6}  code"
        )
        for _ in range(args.rounds):
            for folder in args.folders:
                server, base, cookie = serve(folder.resolve(), env)
                try:
                    for path in ("/health/", "/today/"):
                        load.warm(base + path, cookie)
                    for path in ("/health/", "/today/"):
                        before, xacts = parts(server, env), transactions(url)
                        result = load.with_wrk(
                            path, base + path, cookie, args.connections, args.seconds
                        )
                        after, n = parts(server, env), max(result.requests, 1)
                        spent = [
                            sum(cpu - old.get(pid, 0.0) for pid, cpu in new.items()) / n * 1000
                            for new, old in zip(after, before, strict=True)
                        ]
                        print(
                            f"{'':>4}{path:<10}{result.rate:8.0f}{result.p99:8.1f}"
                            f"{sum(spent):8.2f}{spent[0]:7.2f}{spent[1]:7.2f}{spent[2]:7.2f}"
                            f"{(transactions(url) - xacts) / n:9.2f}"
                            f"{os.getloadavg()[0]:6.1f}  {folder}",
                            flush=True,
                        )
                finally:
                    load.stop(server)


if __name__ == "__main__":
    main()

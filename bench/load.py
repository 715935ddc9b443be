"""Onward under load: a heavy account and a thousand others, served the production way.

    .venv/bin/python bench/load.py [--connections 32] [--seconds 15]
    DATABASE_URL=postgres://…/scratch REDIS_URL=redis://127.0.0.1:6379/12 \\
        .venv/bin/python bench/load.py --database postgres

It builds, in a fresh data folder (SQLite) or in the scratch PostgreSQL database named by
DATABASE_URL (its tables are made, and emptied of this script's users first), one heavy
account (500 applications, 2,000 people, 10,000 interactions, 300 open plans, 10,000 inbox
messages: onward.demo.volume.HEAVY) and 1,000 ordinary users, with bulk inserts. It then
starts `onward serve --production` on a free loopback port and drives each page as the
heavy account, one page after the other, with `wrk` when installed (apt install wrk) or a
small asyncio client otherwise; /health/ is measured the same way, signed in too. It prints
requests per second, p50/p95/p99 latency and errors per page, and each page's throughput
as a share of /health/'s. Nothing leaves 127.0.0.1; the server is stopped at the end.

Beside them it prints the CPU each request cost (Linux: read from /proc before and after
each page), summed over the web processes, the PostgreSQL backends serving this database
and redis-server: unlike req/s, it hardly moves with other work on the machine. Redis is
one server for everyone on the machine, so its share counts whatever else uses it then.

Issue 13's targets for Today: at least 40 % of /health/'s throughput, p99 under 200 ms at
32 connections, no errors.

`--workers N` and `--threads N` set the server's processes and the threads in each (one
per core and 4 by default, as `onward serve --production` has them).

`--pages health,today` drives only those pages (names: health, today, application, person,
inbox, insights, applications, people; /health/ and Today always come first), and
`--rounds N` measures /health/ and Today N times in turn on the same server, then judges
Today on the median share and the worst p99: one run varies by up to a third.
"""

from __future__ import annotations

import argparse
import asyncio
import http.client
import json
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from request_cpu import BROWSERS_CSRF_COOKIE

ROOT = Path(__file__).resolve().parent.parent
ONWARD = Path(sys.executable).with_name("onward")
HEAVY_EMAIL = "heavy@load.example"
ORDINARY_USERS = 1000

# Run in a child process with the server's environment: makes the accounts, signs the
# heavy one in, and prints what the load needs (its session cookie, a few record ids).
BUILD = textwrap.dedent(
    """
    import json, os, django
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "onward.settings")
    django.setup()
    from django.contrib.auth.hashers import make_password
    from django.contrib.auth.models import User
    from django.db import transaction
    from django.test import Client
    from onward.demo.volume import HEAVY, Volume, fill
    from onward.people.models import Company, Person
    from onward.pipeline.models import Application

    User.objects.filter(username__endswith="@load.example").delete()
    heavy = User.objects.create_user(HEAVY_EMAIL, HEAVY_EMAIL, "load-test-only")
    fill(heavy, HEAVY)
    password = make_password("load-test-only")  # hashed once: a thousand hashes take minutes
    with transaction.atomic():
        users = User.objects.bulk_create(
            User(username=f"user{n}@load.example", email=f"user{n}@load.example",
                 password=password)
            for n in range(ORDINARY_USERS)
        )
        companies = Company.objects.bulk_create(Company(user=u, name="Acme") for u in users)
        Application.objects.bulk_create(
            Application(user=c.user, company=c, role="Analyst") for c in companies
        )
        Person.objects.bulk_create(
            Person(user=c.user, name="Priya Raman", company=c) for c in companies
        )
    client = Client()
    client.force_login(heavy)
    print(json.dumps({
        "session": client.cookies["sessionid"].value,
        "application": Application.objects.filter(user=heavy).order_by("pk").first().pk,
        "person": Person.objects.filter(user=heavy).order_by("pk").first().pk,
    }))
    """
)

WRK_REPORT = textwrap.dedent(
    """
    done = function(summary, latency, requests)
      local e = summary.errors
      io.write(string.format(
        '{"requests": %d, "seconds": %f, "p50": %f, "p95": %f, "p99": %f, "errors": %d}\\n',
        summary.requests, summary.duration / 1e6, latency:percentile(50) / 1000,
        latency:percentile(95) / 1000, latency:percentile(99) / 1000,
        e.connect + e.read + e.write + e.status + e.timeout))
    end
    """
)


@dataclass
class Result:
    page: str
    requests: int
    seconds: float
    p50: float
    p95: float
    p99: float
    errors: int
    cpu_ms: float | None = None  # CPU per request: web processes, database and Redis

    @property
    def rate(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def server_env(data_dir: Path, database: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ONWARD_")}
    env.update(
        DJANGO_SETTINGS_MODULE="onward.settings",
        ONWARD_DATA_DIR=str(data_dir),
        # Keep each thread's database connection between requests (the README's advice).
        ONWARD_DB_CONN_MAX_AGE="60",
        ONWARD_LOG_LEVEL="ERROR",
    )
    if database == "sqlite":
        env.pop("DATABASE_URL", None)
        env.pop("REDIS_URL", None)
    else:
        if not env.get("DATABASE_URL", "").startswith("postgres"):
            sys.exit("--database postgres needs DATABASE_URL=postgres://… (a scratch database)")
        env.setdefault("REDIS_URL", "redis://127.0.0.1:6379/12")
    return env


def build(env: dict[str, str]) -> dict[str, Any]:
    print("Migrating…", flush=True)
    subprocess.run([str(ONWARD), "migrate", "--verbosity", "0"], env=env, check=True, cwd=ROOT)
    print("Building the heavy account and 1,000 others…", flush=True)
    started = time.perf_counter()
    code = BUILD.replace("HEAVY_EMAIL", repr(HEAVY_EMAIL)).replace(
        "ORDINARY_USERS", str(ORDINARY_USERS)
    )
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, check=True, cwd=ROOT, capture_output=True, text=True
    ).stdout
    print(f"  built in {time.perf_counter() - started:.1f} s", flush=True)
    return dict(json.loads(out.strip().splitlines()[-1]))


def start_server(
    env: dict[str, str], port: int, workers: int | None, threads: int | None = None
) -> subprocess.Popen[bytes]:
    command = [str(ONWARD), "serve", "--production", "--no-migrate", "--port", str(port)]
    if workers:
        command += ["--workers", str(workers)]
    if threads:
        command += ["--threads", str(threads)]
    server = subprocess.Popen(
        command, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, start_new_session=True
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/health/", timeout=2):
                return server
        except OSError:
            time.sleep(0.5)
    stop(server)
    sys.exit("The server didn't start within two minutes.")


def stop(server: subprocess.Popen[bytes]) -> None:
    # Its own process group (start_new_session): the gunicorn master and its workers.
    os.killpg(server.pid, signal.SIGTERM)
    try:
        server.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(server.pid, signal.SIGKILL)


def _cpu_of(pid: int) -> float:
    """A process's user + system CPU so far, in seconds (0 once it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _pids_of(pgrp: int) -> list[int]:
    """The gunicorn master and its workers: the server's own process group."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            if int(stat.read_text().rsplit(")", 1)[1].split()[2]) == pgrp:
                found.append(int(stat.parent.name))
        except (OSError, IndexError, ValueError):
            continue
    return found


def _database_pids(env: dict[str, str]) -> list[int]:
    """PostgreSQL's backends serving the scratch database (not this one asking)."""
    url = env.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        return []  # SQLite works inside the web processes
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        rows = conn.execute(
            "SELECT pid FROM pg_stat_activity WHERE datname = current_database()"
            " AND pid <> pg_backend_pid()"
        ).fetchall()
    return [int(row[0]) for row in rows]


def _redis_pids(env: dict[str, str]) -> list[int]:
    if not env.get("REDIS_URL"):
        return []
    found = []
    for comm in Path("/proc").glob("[0-9]*/comm"):
        try:
            if comm.read_text().strip() == "redis-server":
                found.append(int(comm.parent.name))
        except (OSError, ValueError):
            continue
    return found


class CpuMeter:
    """CPU spent by the server side of a page's run: web processes, database, Redis."""

    def __init__(self, server: subprocess.Popen[bytes], env: dict[str, str]) -> None:
        self.server, self.env = server, env
        self.works = Path("/proc/self/stat").exists()

    def _sample(self) -> dict[int, float]:
        pids = _pids_of(self.server.pid) + _database_pids(self.env) + _redis_pids(self.env)
        return {pid: _cpu_of(pid) for pid in pids}

    def start(self) -> None:
        self.before = self._sample() if self.works else {}

    def ms_per_request(self, requests: int) -> float | None:
        if not self.works or not requests:
            return None
        after = self._sample()
        spent = sum(cpu - self.before.get(pid, 0.0) for pid, cpu in after.items())
        return spent / requests * 1000


def warm(url: str, cookie: str, connections: int = 8) -> None:
    """A visit on each of a few connections open at once, so that every web process
    (they share the connections out evenly: core.fair_worker) has made the page once
    before it is measured: a process's first visit works the page out, hundreds of ms
    for the heavy account, which in a short round would be its p99."""
    parts = urllib.parse.urlsplit(url)
    opened = [http.client.HTTPConnection(parts.netloc, timeout=60) for _ in range(connections)]
    try:
        for link in opened:
            link.connect()
        for link in opened:
            link.request("GET", parts.path, headers={"Cookie": cookie})
            response = link.getresponse()
            response.read()
            if response.status != 200:
                sys.exit(f"{url} answered {response.status}: not signed in?")
    finally:
        for link in opened:
            link.close()


def with_wrk(page: str, url: str, cookie: str, connections: int, seconds: int) -> Result:
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(WRK_REPORT)
    try:
        out = subprocess.run(
            [
                *("wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s"),
                *("-H", f"Cookie: {cookie}", "-s", script.name, url),
            ],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    finally:
        os.unlink(script.name)
    report = json.loads(next(line for line in out.splitlines() if line.startswith("{")))
    return Result(page=page, **report)


async def _asyncio_load(url: str, cookie: str, connections: int, seconds: int) -> Result:
    import httpx

    latencies: list[float] = []
    errors = 0
    deadline = time.perf_counter() + seconds

    async def one_connection(client: httpx.AsyncClient) -> None:
        nonlocal errors
        while time.perf_counter() < deadline:
            started = time.perf_counter()
            try:
                response = await client.get(url)
                if response.status_code != 200:
                    errors += 1
            except httpx.HTTPError:
                errors += 1
            latencies.append((time.perf_counter() - started) * 1000)

    limits = httpx.Limits(max_connections=connections, max_keepalive_connections=connections)
    async with httpx.AsyncClient(
        headers={"Cookie": cookie}, limits=limits, timeout=10, trust_env=False
    ) as client:
        started = time.perf_counter()
        await asyncio.gather(*(one_connection(client) for _ in range(connections)))
        took = time.perf_counter() - started
    cuts = statistics.quantiles(latencies, n=100) if len(latencies) > 1 else [0.0] * 99
    return Result("", len(latencies), took, cuts[49], cuts[94], cuts[98], errors)


def with_asyncio(page: str, url: str, cookie: str, connections: int, seconds: int) -> Result:
    result = asyncio.run(_asyncio_load(url, cookie, connections, seconds))
    result.page = page
    return result


PAGE_NAMES = (
    "health",
    "today",
    "application",
    "person",
    "inbox",
    "insights",
    "applications",
    "people",
)
FIRST = {"health", "today"}  # the target is Today's share of /health/'s


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--seconds", type=int, default=15, help="of load per page")
    parser.add_argument("--workers", type=int, default=None, help="web processes (one per core)")
    parser.add_argument("--threads", type=int, default=None, help="threads in each (4)")
    parser.add_argument("--client", choices=["auto", "wrk", "asyncio"], default="auto")
    parser.add_argument("--pages", default="", help="comma-separated page names (all by default)")
    parser.add_argument("--rounds", type=int, default=1, help="/health/ and Today, N times in turn")
    args = parser.parse_args()
    wanted = {name.strip() for name in args.pages.split(",") if name.strip()}
    unknown = wanted - set(PAGE_NAMES)
    if unknown:
        parser.error(
            f"unknown pages: {', '.join(sorted(unknown))} (choose from {', '.join(PAGE_NAMES)})"
        )
    use_wrk = args.client == "wrk" or (args.client == "auto" and shutil.which("wrk"))
    drive = with_wrk if use_wrk else with_asyncio

    with tempfile.TemporaryDirectory(prefix="onward-load-") as folder:
        env = server_env(Path(folder), args.database)
        ids = build(env)
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        every = {
            "health": ("/health/ (minimal view)", "/health/"),
            "today": ("Today", "/today/"),
            "application": ("an application", f"/applications/{ids['application']}/"),
            "person": ("a person", f"/people/{ids['person']}/"),
            "inbox": ("the inbox", "/inbox/"),
            "insights": ("insights", "/insights/"),
            "applications": ("applications (list)", "/applications/"),
            "people": ("people (list)", "/people/"),
        }
        pages = dict(every[name] for name in PAGE_NAMES if not wanted or name in wanted | FIRST)
        cookie = f"sessionid={ids['session']}; {BROWSERS_CSRF_COOKIE}"
        server = start_server(env, port, args.workers, args.threads)
        results: list[Result] = []
        try:
            for path in pages.values():
                warm(base + path, cookie)
            client = "wrk" if use_wrk else "asyncio client"
            print(
                f"\n{args.database}, {args.connections} connections, {args.seconds} s a page, "
                f"{client}, {os.cpu_count()} cores, "
                f"load average {os.getloadavg()[0]:.1f} at the start\n",
                flush=True,
            )
            meter = CpuMeter(server, env)

            def measure(page: str, path: str) -> Result:
                meter.start()
                result = drive(page, base + path, cookie, args.connections, args.seconds)
                result.cpu_ms = meter.ms_per_request(result.requests)
                return result

            for page, path in pages.items():
                results.append(measure(page, path))
            rounds = [(results[0], results[1])]
            for _ in range(args.rounds - 1):
                rounds.append((measure(*every["health"]), measure(*every["today"])))
        finally:
            stop(server)
    health = results[0].rate or 1.0
    columns = ("req/s", "p50 ms", "p95 ms", "p99 ms", "errors")
    print(
        f"{'page':<26}" + "".join(f"{c:>9}" for c in columns) + f"{'of /health/':>13}"
        f"{'CPU ms/req':>12}"
    )
    for r in results:
        cpu = f"{r.cpu_ms:12.2f}" if r.cpu_ms is not None else f"{'n/a':>12}"
        print(
            f"{r.page:<26}{r.rate:9.1f}{r.p50:9.1f}{r.p95:9.1f}{r.p99:9.1f}{r.errors:9d}"
            f"{r.rate / health:13.0%}{cpu}"
        )
    if len(rounds) > 1:
        print(
            f"\n{'round':<7}{'/health/ req/s':>16}{'Today req/s':>13}{'of /health/':>13}"
            f"{'Today p99':>11}{'errors':>8}{'CPU ms, Today vs /health/':>28}"
        )
        for n, (h, t) in enumerate(rounds, 1):
            cpu = f"{t.cpu_ms or 0:.2f} vs {h.cpu_ms or 0:.2f}"
            print(
                f"{n:<7}{h.rate:16.1f}{t.rate:13.1f}{t.rate / (h.rate or 1.0):13.0%}"
                f"{t.p99:11.1f}{t.errors + h.errors:8d}{cpu:>28}"
            )
    shares = [t.rate / (h.rate or 1.0) for h, t in rounds]
    share = statistics.median(shares)
    worst = max(t.p99 for _, t in rounds)
    errors = sum(t.errors for _, t in rounds)
    met = share >= 0.4 and worst < 200 and errors == 0
    verdict = "meets" if met else "misses"
    told = f"median of {len(rounds)} rounds: " if len(rounds) > 1 else ""
    print(
        f"\nToday {verdict} the target (>= 40 % of /health/, p99 < 200 ms, 0 errors): "
        f"{told}{share:.0%}, p99 {worst:.0f} ms, {errors} errors"
    )


if __name__ == "__main__":
    main()

"""Company watch under load: 2,000 job boards served locally, polled by Onward.

    .venv/bin/python bench/watch.py [--boards 2000] [--users 600]

The boards answer in each vendor's documented format (built by the tests'
fakeboards module: same paths, JSON shapes, paging and ETags) from a small asyncio
server in a separate process, one loopback address per vendor (127.0.0.2 to
127.0.0.7), so the per-host limit applies as it would against the real vendors.
Onward runs on a fresh SQLite database in a temporary folder, or with --postgres URL
on a new PostgreSQL database that the bench creates beside the one in URL and drops
at the end.

Cycles:
1. first look at every board (the baseline: everything stored, nothing announced);
2. nothing changed (conditional requests and content hashes: nothing written);
3. one board in twenty gains two postings, and two workers poll at the same time.
Then it checks that every alert was announced exactly once.

Targets on a 2-core machine: cycle 1 < 30 s, cycle 2 < 10 s, zero duplicate alerts.
Exits 1 if a target is missed. Nothing leaves 127.0.0.0/8.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import multiprocessing as mp
import os
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

VENDORS = ["greenhouse", "lever", "ashby", "smartrecruiters", "workable", "feed"]
SETTING = {
    "greenhouse": "ONWARD_GREENHOUSE_API",
    "lever": "ONWARD_LEVER_API",
    "ashby": "ONWARD_ASHBY_API",
    "smartrecruiters": "ONWARD_SMARTRECRUITERS_API",
    "workable": "ONWARD_WORKABLE_API",
}
TITLES = ["Data Analyst", "Software Engineer", "Product Manager", "Designer", "Recruiter"]


def jobs_for(index: int, phase: int) -> list[Any]:
    from onward.watch.tests.fakeboards import Job

    # Mostly 5 to 44 postings; one board in 50 is large enough to need two pages.
    count = 150 if index % 50 == 1 else 5 + (index * 7919) % 40
    jobs = [
        Job(f"{index}-{n}", f"{TITLES[n % len(TITLES)]} {n}", "London" if n % 3 else "Remote",
            remote=n % 3 == 0)
        for n in range(count)
    ]  # fmt: skip
    if phase == 2 and index % 20 == 0:
        jobs += [Job(f"{index}-new-a", "Senior Data Analyst"), Job(f"{index}-new-b", "Barista")]
    return jobs


def _lever_pages(site: str, jobs: list[Any]) -> dict[str, bytes]:
    from urllib.parse import urlencode

    from onward.watch.tests.fakeboards import lever_postings

    postings, pages = lever_postings(site, jobs), {}
    for skip in range(0, len(postings) + 1, 100):
        query = urlencode({"mode": "json", "skip": skip, "limit": 100})
        pages[f"/v0/postings/{site}?{query}"] = json.dumps(postings[skip : skip + 100]).encode()
    return pages


def _smartrecruiters_pages(company: str, jobs: list[Any]) -> dict[str, bytes]:
    from urllib.parse import urlencode

    from onward.watch.tests.fakeboards import smartrecruiters_posting

    postings = [smartrecruiters_posting(company, job) for job in jobs]
    pages = {}
    for offset in range(0, max(len(postings), 1), 100):
        query = urlencode({"offset": offset, "limit": 100})
        body = {"offset": offset, "limit": 100, "totalFound": len(postings),
                "content": postings[offset : offset + 100]}  # fmt: skip
        pages[f"/v1/companies/{company}/postings?{query}"] = json.dumps(body).encode()
    return pages


def answers(boards: int, phase: int) -> dict[str, dict[str, bytes]]:
    """Every URL each vendor's host answers, in that vendor's documented format."""
    from onward.watch.tests import fakeboards as fb

    served: dict[str, dict[str, bytes]] = {vendor: {} for vendor in VENDORS}
    for index in range(boards):
        vendor, token = VENDORS[index % len(VENDORS)], f"co{index}"
        jobs = jobs_for(index, phase)
        pages = served[vendor]
        if vendor == "greenhouse":
            pages[f"/v1/boards/{token}/jobs"] = fb.greenhouse_jobs(token, jobs)
        elif vendor == "lever":
            pages.update(_lever_pages(token, jobs))
        elif vendor == "ashby":
            pages[f"/posting-api/job-board/{token}?includeCompensation=false"] = fb.ashby_board(
                token, jobs
            )
        elif vendor == "smartrecruiters":
            pages.update(_smartrecruiters_pages(token, jobs))
        elif vendor == "workable":
            pages[f"/api/v1/widget/accounts/{token}"] = fb.workable_account(token, jobs)
        else:
            pages[f"/feeds/{token}.xml"] = fb.rss_feed(jobs)
    return served


def _tagged(pages: dict[str, bytes]) -> dict[str, tuple[bytes, str]]:
    return {p: (body, f'"{hashlib.sha1(body).hexdigest()[:16]}"') for p, body in pages.items()}


async def _serve_host(host: str, state: dict[str, Any], port: list[int]) -> None:
    """A small keep-alive HTTP/1.1 server: the bench measures Onward, not http.server.
    Every answer carries an ETag, and a matching If-None-Match gets a 304. The
    answers live in `state`, so the next phase swaps them in place."""

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                lines = head.decode("latin-1").split("\r\n")
                path = lines[0].split(" ")[1]
                sent_tag = ""
                for line in lines[1:]:
                    if line.lower().startswith("if-none-match:"):
                        sent_tag = line.split(":", 1)[1].strip()
                found = state["pages"].get(path)
                if found is None:
                    status, body, tag = "404 Not Found", b"{}", ""
                elif sent_tag and sent_tag == found[1]:
                    status, body, tag = "304 Not Modified", b"", found[1]
                else:
                    status, (body, tag) = "200 OK", found
                etag = f"ETag: {tag}\r\n" if tag else ""
                writer.write(
                    f"HTTP/1.1 {status}\r\nContent-Length: {len(body)}\r\n{etag}"
                    "Content-Type: application/json\r\n\r\n".encode()
                    + body
                )
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError, IndexError):
            writer.close()

    server = await asyncio.start_server(handle, host, 0, backlog=512)
    port.append(server.sockets[0].getsockname()[1])
    async with server:
        await server.serve_forever()


def serve(boards: int, ready: Any, phase_two: Any) -> None:
    """The fake boards, in their own process so they don't share Onward's GIL."""
    states: dict[str, dict[str, Any]] = {}
    urls = {}
    for i, (vendor, pages) in enumerate(answers(boards, phase=1).items()):
        host, port, state = f"127.0.0.{2 + i}", [], {"pages": _tagged(pages)}  # type: ignore[var-annotated]
        threading.Thread(
            target=asyncio.run, args=(_serve_host(host, state, port),), daemon=True
        ).start()
        while not port:
            time.sleep(0.01)
        urls[vendor], states[vendor] = f"http://{host}:{port[0]}", state
    ready.put(urls)
    phase_two.wait()
    for vendor, pages in answers(boards, phase=2).items():
        states[vendor]["pages"] = _tagged(pages)
    ready.put("phase two")
    time.sleep(3600)


def scratch_postgres(url: str) -> tuple[str, Any]:
    """A new, empty database beside the one in `url`, and a way to drop it."""
    import psycopg

    name = f"onward_bench_{os.getpid()}"
    base, _, _ = url.rpartition("/")
    with psycopg.connect(url, autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name}")

    def drop() -> None:
        from django.db import connections

        connections.close_all()
        with psycopg.connect(url, autocommit=True) as admin:
            admin.execute(f"DROP DATABASE IF EXISTS {name}")

    return f"{base}/{name}", drop


def setup_django(urls: dict[str, str], database: str) -> None:
    os.environ["ONWARD_DATA_DIR"] = tempfile.mkdtemp(prefix="onward-bench-")
    os.environ.pop("DATABASE_URL", None)
    if database:
        os.environ["DATABASE_URL"] = database
    os.environ["DJANGO_SETTINGS_MODULE"] = "onward.settings"
    os.environ["ONWARD_ALLOW_PRIVATE_FETCH"] = "1"
    for vendor, name in SETTING.items():
        os.environ[name] = urls[vendor]
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def populate(boards: int, users: int, feed_url: str) -> int:
    from django.contrib.auth import get_user_model
    from django.db import transaction

    from onward.pipeline.models import Company
    from onward.watch.models import Board, Watch

    User = get_user_model()
    with transaction.atomic():
        User.objects.bulk_create(
            User(username=f"bench{u}@example.com", email=f"bench{u}@example.com")
            for u in range(users)
        )
        people = list(User.objects.filter(username__startswith="bench").order_by("pk"))
        Board.objects.bulk_create(
            Board(
                vendor=VENDORS[i % len(VENDORS)],
                token=(
                    f"{feed_url}/feeds/co{i}.xml" if VENDORS[i % len(VENDORS)] == "feed"
                    else f"co{i}"
                ),
            )
            for i in range(boards)
        )  # fmt: skip
        board_ids = list(Board.objects.order_by("pk").values_list("pk", flat=True))
        companies: dict[tuple[int, int], Company] = {}
        watches = []
        for i, board_id in enumerate(board_ids):
            # Every board has two or three watchers, some looking for analysts, some for anything.
            watchers = {i % users, (i * 7 + 3) % users, (i * 13 + 5) % users if i % 4 == 0 else -1}
            for u in sorted(w for w in watchers if w >= 0):
                key = (u, i)
                companies[key] = Company(user=people[u], name=f"Company {i}")
                watches.append((people[u], key, board_id, "analyst" if (u + i) % 2 else ""))
        Company.objects.bulk_create(companies.values(), batch_size=1000)
        by_key = {
            (c.user_id, c.name): c for c in Company.objects.filter(name__startswith="Company ")
        }
        Watch.objects.bulk_create(
            (
                Watch(
                    user=user,
                    company=by_key[(user.pk, f"Company {key[1]}")],
                    board_id=board_id,
                    careers_url="bench",
                    keywords=keywords,
                )
                for user, key, board_id, keywords in watches
            ),
            batch_size=1000,
        )
    return len(watches)


def expected_alerts() -> set[tuple[int, int]]:
    from onward.watch.matching import Filters
    from onward.watch.models import Posting, Watch

    wanted: set[tuple[int, int]] = set()
    new = list(Posting.objects.filter(vendor_id__contains="-new-"))
    watches: dict[int, list[Any]] = {}
    for watch in Watch.objects.all():
        watches.setdefault(watch.board_id, []).append(watch)
    for posting in new:
        for watch in watches.get(posting.board_id, []):
            if Filters.of(watch.keywords, watch.locations, watch.remote).fits(
                posting.title, posting.location, posting.remote
            ):
                wanted.add((watch.user_id, posting.pk))
    return wanted


def timed_cycle(label: str) -> tuple[float, Any]:
    from onward.watch.poller import poll_cycle

    started = time.perf_counter()
    report = poll_cycle(force=True)
    seconds = time.perf_counter() - started
    print(
        f"{label}: {seconds:6.2f} s  boards={report.boards} requests={report.requests} "
        f"outcomes={dict(report.outcomes)} new_postings={report.new_postings} "
        f"alerts={len(report.announced)} (fetch {report.fetch_seconds:.2f} s, "
        f"write {report.write_seconds:.2f} s)"
    )
    return seconds, report


def two_workers() -> tuple[float, list[Any], list[int]]:
    from django.db import connection

    from onward.watch.poller import poll_cycle

    announced: list[Any] = []
    boards: list[int] = []
    lock = threading.Lock()

    def worker() -> None:
        report = poll_cycle(force=True)
        with lock:
            announced.extend(report.announced)
            boards.append(report.boards)
        connection.close()

    started = time.perf_counter()
    threads = [threading.Thread(target=worker) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return time.perf_counter() - started, announced, boards


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--boards", type=int, default=2000)
    parser.add_argument("--users", type=int, default=600)
    parser.add_argument("--postgres", metavar="URL", help="e.g. postgres://postgres@127.0.0.1/test")
    args = parser.parse_args()
    database, drop = scratch_postgres(args.postgres) if args.postgres else ("", None)

    ctx = mp.get_context("spawn")
    ready, phase_two = ctx.Queue(), ctx.Event()
    server = ctx.Process(target=serve, args=(args.boards, ready, phase_two), daemon=True)
    server.start()
    try:
        urls = ready.get(timeout=120)
        setup_django(urls, database)
        from django.conf import settings

        from onward.watch.models import Alert, Posting

        watches = populate(args.boards, args.users, urls["feed"])
        engine = settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1]
        print(
            f"{args.boards} boards ({', '.join(VENDORS)}), {watches} watches by {args.users} "
            f"users; concurrency {settings.ONWARD_WATCH_CONCURRENCY}, "
            f"{settings.ONWARD_WATCH_PER_HOST} per host; {engine}"
        )
        first, _ = timed_cycle("cycle 1 (first look)")
        print(f"         postings stored: {Posting.objects.count()}")
        second, _ = timed_cycle("cycle 2 (unchanged)")
        phase_two.set()
        ready.get(timeout=120)
        third, announced, claimed = two_workers()
        per_user_posting = Counter((a.user_id, a.posting_id) for a in announced)
        duplicates = sum(n - 1 for n in per_user_posting.values() if n > 1)
        wanted = expected_alerts()
        print(
            f"cycle 3 (two workers at once, 1 board in 20 changed): {third:6.2f} s  "
            f"boards per worker={claimed} alerts announced={len(announced)} "
            f"expected={len(wanted)} in database={Alert.objects.count()}"
        )
        _, report = timed_cycle("cycle 4 (unchanged again)")
        duplicates += len(report.announced)
        missing = len(wanted - set(per_user_posting))
        print(f"duplicate alerts: {duplicates}  missing alerts: {missing}")
        ok = first < 30 and second < 10 and duplicates == 0 and missing == 0
        ok = ok and Alert.objects.count() == len(wanted) and sum(claimed) == args.boards
        print(
            f"targets: cycle 1 < 30 s {'ok' if first < 30 else 'MISSED'}; cycle 2 < 10 s "
            f"{'ok' if second < 10 else 'MISSED'}; zero duplicates "
            f"{'ok' if duplicates == 0 else 'MISSED'}"
        )
        return 0 if ok else 1
    finally:
        server.terminate()
        if drop is not None:
            drop()


if __name__ == "__main__":
    sys.exit(main())

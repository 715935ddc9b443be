"""Onward run for many people: two web processes and two workers on one PostgreSQL and one Redis.

Everything here is a real process: `onward serve` twice on two loopback ports, `onward worker`
twice, all on a scratch PostgreSQL database of their own and Redis db 13, with mail going to
an SMTP server (aiosmtpd) and a job feed served from a local HTTP server. Then:
- the same notes are sent from both web processes at once: each note is queued once, mailed
  once, and ends "sent";
- two `onward watch poll --once` run at the same moment over the same boards: each new
  posting makes one alert per watch, and each alert is emailed once.

It runs only where DATABASE_URL names PostgreSQL and Redis answers on 127.0.0.1:6379
(`make test-pg` in CI); elsewhere it skips and says why.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest

from onward.tests.faulty_smtp import Sink, faulty_smtp
from onward.watch.tests.fakeboards import FakeBoards, Job, rss_feed

ONWARD = [sys.executable, "-m", "onward.cli"]
REDIS_DB = 13
NOTES = 6
PEOPLE = ("ana@mp.example", "ben@mp.example")  # the two users who watch the feed

SET_UP = """
import json
from django.db import transaction
from onward.notes.services import note_for_step
from onward.test import PASSWORD, InterviewerInput, UserFactory, rejected_application
from onward.watch import services
user = UserFactory.create(username="kim@mp.example", first_name="Kim", last_name="Ito")
people = [
    InterviewerInput(f"Person {n}", "Lead", f"p{n}@acme.example", "") for n in range(%(notes)d)
]
with transaction.atomic():
    steps = rejected_application(user, people).plan.steps.filter(kind="thank")
    notes = {note_for_step(step).pk: step.person.email for step in steps}
found, _ = services.board_behind(%(feed)r, None, short=False)
for email in %(people)r:
    watcher = UserFactory.create(username=email)
    services.save_watch(watcher, services.WatchInput(
        company="Fernwood", careers_url=%(feed)r, keywords="", locations="", remote=False,
        email_immediately=True, vendor=None, board=found,
    ))
print(json.dumps({"notes": notes, "password": PASSWORD}))
"""


def postgres_and_redis(db: int = REDIS_DB) -> tuple[str, Any]:
    """DATABASE_URL and a client for Redis db `db`, or a skip saying which is missing."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        pytest.skip("needs DATABASE_URL naming PostgreSQL (make test-pg)")
    import redis

    client = redis.Redis(host="127.0.0.1", port=6379, db=db, socket_connect_timeout=1)
    try:
        client.ping()
    except redis.RedisError:
        pytest.skip("needs Redis answering on 127.0.0.1:6379")
    return url, client


@contextmanager
def scratch_database(server_url: str) -> Iterator[str]:
    """A PostgreSQL database of this test's own on the same server; dropped at the end."""
    import psycopg

    name = f"onward_mp_{os.getpid()}"
    admin_url = urlsplit(server_url)._replace(path="/postgres").geturl()
    with psycopg.connect(admin_url, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield urlsplit(server_url)._replace(path=f"/{name}").geturl()
    finally:
        with psycopg.connect(admin_url, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def rows(database_url: str, sql: str) -> list[tuple[Any, ...]]:
    import psycopg

    with psycopg.connect(database_url, autocommit=True) as conn:
        return conn.execute(sql).fetchall()  # type: ignore[arg-type]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def run(args: list[str], env: dict[str, str]) -> str:
    result = subprocess.run(
        ONWARD + args, env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def wait_for(done: Callable[[], bool], seconds: float = 60) -> bool:
    for _ in range(int(seconds / 0.2)):
        if done():
            return True
        time.sleep(0.2)
    return done()


class Processes:
    """Every process the test started, each in a session of its own, all ended at the end."""

    def __init__(self) -> None:
        self.started: list[subprocess.Popen[str]] = []

    def start(
        self, args: list[str], env: dict[str, str], log: Path, *, printed: bool = False
    ) -> subprocess.Popen[str]:
        """`printed`: keep what it prints to stdout for the test; its stderr goes to `log`."""
        with log.open("w") as errors:
            process = subprocess.Popen(
                ONWARD + args,
                env=env,
                stdout=subprocess.PIPE if printed else errors,
                stderr=errors,
                text=True,
                start_new_session=True,
            )
        self.started.append(process)
        return process

    def end(self) -> None:
        for process in self.started:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
        for process in self.started:
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=15)


def signed_in(base: str, email: str, password: str) -> httpx.Client:
    client = httpx.Client(base_url=base, timeout=30)
    assert wait_for(lambda: _answers(client), 60), f"{base} never answered"
    login = client.get("/accounts/login/")
    assert login.status_code == 200
    answer = client.post(
        "/accounts/login/",
        data={
            "login": email,
            "password": password,
            "csrfmiddlewaretoken": client.cookies["csrftoken"],
        },
    )
    assert answer.status_code == 302, answer.text[:500]
    return client


def _answers(client: httpx.Client) -> bool:
    try:
        return client.get("/accounts/login/").status_code == 200
    except httpx.TransportError:
        return False


def press_send(client: httpx.Client, note_ids: list[int], answers: list[int]) -> None:
    for pk in note_ids:
        answer = client.post(
            f"/notes/{pk}/send/",
            data={"as_it_is": "1", "csrfmiddlewaretoken": client.cookies["csrftoken"]},
        )
        answers.append(answer.status_code)


def emailed_to(sink: Sink, address: str) -> int:
    return len(sink.to(address))


def test_two_web_processes_and_two_workers_send_each_note_and_alert_once(tmp_path: Path) -> None:
    server_url, redis_client = postgres_and_redis()
    redis_client.flushdb()
    boards = FakeBoards().start()
    processes = Processes()
    try:
        with scratch_database(server_url) as database_url, faulty_smtp() as (smtp_port, sink):
            try:
                feed = boards.feed("/jobs/feed.xml", rss_feed([Job("j1", "Data Analyst")]))
                base_env = {k: v for k, v in os.environ.items() if k != "PYTEST_CURRENT_TEST"}
                base_env.update(
                    DATABASE_URL=database_url,
                    REDIS_URL=f"redis://127.0.0.1:6379/{REDIS_DB}",
                    DJANGO_SETTINGS_MODULE="onward.settings_test",
                    ONWARD_HUEY_REAL="1",
                    ONWARD_WORKERS="2",
                    ONWARD_EMAIL="smtp",
                    ONWARD_EMAIL_HOST="127.0.0.1",
                    ONWARD_EMAIL_PORT=str(smtp_port),
                    ONWARD_ALLOW_PRIVATE_FETCH="1",
                    ONWARD_DAILY_SEND_LIMIT="0",
                )

                def env(name: str) -> dict[str, str]:
                    # A data folder each, as on separate machines: only the database and Redis
                    # are shared.
                    (tmp_path / name).mkdir(exist_ok=True)
                    return {**base_env, "ONWARD_DATA_DIR": str(tmp_path / name)}

                run(["migrate", "--verbosity", "0"], env("setup"))
                made = json.loads(
                    run(
                        [
                            "shell",
                            "--no-imports",
                            "-c",
                            SET_UP % {"notes": NOTES, "feed": feed, "people": PEOPLE},
                        ],
                        env("setup"),
                    )
                )
                notes = {int(pk): email for pk, email in made["notes"].items()}
                ports = [free_port(), free_port()]
                for n, port in enumerate(ports):
                    processes.start(
                        ["serve", "--no-migrate", "--port", str(port)],
                        env(f"web{n}"),
                        tmp_path / f"web{n}.log",
                    )
                for n in range(2):
                    processes.start(["worker"], env(f"worker{n}"), tmp_path / f"worker{n}.log")

                # Sending: Kim presses Send on every note in both web processes at once.
                clients = [
                    signed_in(f"http://127.0.0.1:{port}", "kim@mp.example", made["password"])
                    for port in ports
                ]
                answers: list[int] = []
                ids = sorted(notes)
                pressing = [
                    threading.Thread(target=press_send, args=(clients[0], ids, answers)),
                    threading.Thread(target=press_send, args=(clients[1], ids[::-1], answers)),
                ]
                for thread in pressing:
                    thread.start()
                for thread in pressing:
                    thread.join(timeout=60)
                assert answers == [302] * (2 * NOTES)

                def note_rows() -> dict[int, tuple[str, int]]:
                    found = rows(database_url, "SELECT id, status, sends FROM notes_note")
                    return {pk: (status, sends) for pk, status, sends in found}

                assert wait_for(lambda: {s for s, _ in note_rows().values()} == {"sent"}), (
                    note_rows()
                )

                # The watch: a baseline look, then three new postings, then two pollers at once.
                run(["watch", "poll", "--once"], env("setup"))
                jobs = [Job("j1", "Data Analyst")] + [
                    Job(f"n{i}", f"Analyst {i}") for i in range(3)
                ]
                boards.feed("/jobs/feed.xml", rss_feed(jobs))
                pollers = [
                    processes.start(
                        ["watch", "poll", "--once", "--json"],
                        env(f"poll{n}"),
                        tmp_path / f"poll{n}.log",
                        printed=True,
                    )
                    for n in range(2)
                ]
                printed = [poller.communicate(timeout=60)[0] for poller in pollers]
                assert [poller.returncode for poller in pollers] == [0, 0]
                lines = [json.loads(line) for out in printed for line in out.splitlines()]

                def alerts_emailed() -> bool:
                    found = rows(database_url, "SELECT emailed_at FROM watch_alert")
                    return len(found) == 6 and all(emailed for (emailed,) in found)

                assert wait_for(alerts_emailed)
                time.sleep(1)  # room for any duplicate job to run too
                alerts = rows(database_url, "SELECT watch_id, posting_id FROM watch_alert")
                final_notes = note_rows()
            finally:
                processes.end()  # before their database goes
    finally:
        processes.end()
        boards.stop()
        redis_client.flushdb()

    # Each note: queued by one press of the two, mailed once, sent.
    assert final_notes == dict.fromkeys(notes, ("sent", 1))
    assert {email: emailed_to(sink, email) for email in notes.values()} == dict.fromkeys(
        notes.values(), 1
    )
    # Each new posting: one alert per watch, printed by one poller, emailed once.
    assert len(alerts) == len(set(alerts)) == 6
    assert sorted((line["user"], line["title"]) for line in lines) == sorted(
        (email, f"Analyst {i}") for email in PEOPLE for i in range(3)
    )
    assert {email: emailed_to(sink, email) for email in PEOPLE} == dict.fromkeys(PEOPLE, 3)

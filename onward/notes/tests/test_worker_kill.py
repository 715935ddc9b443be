"""`kill -9` of the real worker at each point of an SMTP conversation, then a restart.

Four notes go to a real SMTP server (aiosmtpd on loopback) that holds each conversation at
a different point: before MAIL, after RCPT, with the body read but not kept, and with the
message kept but no 250 said yet. The worker (a subprocess, four threads) is killed with
SIGKILL while all four are held. After the leases run out a new worker starts, takes them
up (as the periodic job would) and runs them. Then:
- nothing is lost: the two that never had their body handed over are sent, once each;
- nothing is sent twice: the one the server kept is not sent again;
- the two whose body was handed over say "may have been sent", the window SMTP can't close.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

from onward.tests.faulty_smtp import Fault, faulty_smtp
from onward.tests.subprocesses import ONWARD, environment, run

QUEUE_FOUR = """
import json
from django.db import transaction
from onward.notes.services import note_for_step, queue_email
from onward.test import InterviewerInput, UserFactory, rejected_application
user = UserFactory.create(username="kill@example.com", first_name="Kim", last_name="Ito")
people = [InterviewerInput(f"Person {n}", "Lead", f"p{n}@acme.example", "") for n in range(4)]
with transaction.atomic():
    steps = rejected_application(user, people).plan.steps.filter(kind="thank")
    notes = [note_for_step(step) for step in steps]
    for note in notes:
        queue_email(note)
print(json.dumps({note.person.email: note.pk for note in notes}))
"""


def migrated(db: Path, env: dict[str, str]) -> None:
    """The database, with every migration applied: a copy of the test database when it is
    SQLite (migrating afresh takes most of this test's time on a busy machine)."""
    from django.db import connection

    if connection.vendor == "sqlite":  # the test's own, empty: its rows stay uncommitted
        source = sqlite3.connect(f"file:{connection.settings_dict['NAME']}?mode=ro", uri=True)
        with source, sqlite3.connect(db) as copy:
            source.backup(copy)
        source.close()
        return
    run(["migrate", "--verbosity", "0"], env)


def worker(env: dict[str, str]) -> subprocess.Popen[bytes]:
    # Its own process group, so SIGKILL reaches every process it may have started.
    return subprocess.Popen(
        [*ONWARD, "worker"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def kill_9(process: subprocess.Popen[bytes]) -> None:
    os.killpg(process.pid, signal.SIGKILL)
    process.wait(timeout=20)


def statuses(db: Path, ids: dict[str, int]) -> dict[str, str]:
    with sqlite3.connect(db) as conn:
        rows = dict(conn.execute("SELECT id, status FROM notes_note").fetchall())
    return {email: rows[pk] for email, pk in ids.items()}


def test_a_worker_killed_at_each_point_loses_nothing_and_sends_nothing_twice(
    tmp_path: Path, db: None
) -> None:
    held = [
        Fault("mail", "stall"),
        Fault("data-command", "stall"),
        Fault("data-received", "stall"),
        Fault("data-queued", "stall"),
    ]
    with faulty_smtp(*held) as (port, sink):
        env = environment(
            tmp_path,
            ONWARD_EMAIL="smtp",
            ONWARD_EMAIL_HOST="127.0.0.1",
            ONWARD_EMAIL_PORT=str(port),
            ONWARD_HUEY_REAL="1",
            ONWARD_WORKERS="4",
            ONWARD_MAIL_LEASE_SECONDS="1",
        )
        migrated(tmp_path / "onward.sqlite3", env)
        ids: dict[str, int] = json.loads(run(["shell", "--no-imports", "-c", QUEUE_FOUR], env))

        first = worker(env)
        try:
            assert sink.stalled(4, timeout=60), sink.hit
        finally:
            kill_9(first)
        sink.released.set()
        stage_of = {rcpts[0]: stage for stage, rcpts in sink.hit if rcpts}
        [before_mail] = set(ids) - set(stage_of)
        stage_of[before_mail] = "mail"
        assert sorted(stage_of.values()) == sorted(f.stage for f in held)
        # Killed mid-send: the notes wait for their leases, not "sending" for ever.
        assert set(statuses(tmp_path / "onward.sqlite3", ids).values()) == {"sending"}

        time.sleep(1.1)  # the 1 s leases run out
        second = worker(env)
        try:
            for _ in range(600):
                now = statuses(tmp_path / "onward.sqlite3", ids)
                if not {"queued", "sending"} & set(now.values()):
                    break
                time.sleep(0.1)
        finally:
            second.terminate()
            second.wait(timeout=20)

    by_stage = {stage: (now[email], len(sink.to(email))) for email, stage in stage_of.items()}
    assert by_stage == {
        "mail": ("sent", 1),
        "data-command": ("sent", 1),
        # The server read the body but never kept it; nobody can know that from here.
        "data-received": ("unsure", 0),
        "data-queued": ("unsure", 1),
    }


QUEUE_TEN_TWICE = """
import json
from django.db import transaction
from onward.notes.services import note_for_step, queue_email
from onward.notes.tasks import send_note
from onward.test import InterviewerInput, UserFactory, rejected_application
user = UserFactory.create(username="two@example.com", first_name="Kim", last_name="Ito")
people = [InterviewerInput(f"Person {n}", "Lead", f"q{n}@acme.example", "") for n in range(10)]
with transaction.atomic():
    steps = rejected_application(user, people).plan.steps.filter(kind="thank")
    notes = [note_for_step(step) for step in steps]
    for note in notes:
        queue_email(note)
for note in notes:
    send_note(note.pk)  # a second job for every note, as a retry or a requeue would make
print(json.dumps({note.person.email: note.pk for note in notes}))
"""


def test_two_workers_on_one_database_send_each_note_once(tmp_path: Path, db: None) -> None:
    with faulty_smtp() as (port, sink):
        env = environment(
            tmp_path,
            ONWARD_EMAIL="smtp",
            ONWARD_EMAIL_HOST="127.0.0.1",
            ONWARD_EMAIL_PORT=str(port),
            ONWARD_HUEY_REAL="1",
            ONWARD_WORKERS="2",
        )
        migrated(tmp_path / "onward.sqlite3", env)
        ids: dict[str, int] = json.loads(run(["shell", "--no-imports", "-c", QUEUE_TEN_TWICE], env))
        workers = [worker(env), worker(env)]
        try:
            for _ in range(600):
                now = statuses(tmp_path / "onward.sqlite3", ids)
                if set(now.values()) == {"sent"}:
                    break
                time.sleep(0.1)
            time.sleep(1)  # room for the duplicate jobs to run too
        finally:
            for process in workers:
                process.terminate()
                process.wait(timeout=20)
    assert set(statuses(tmp_path / "onward.sqlite3", ids).values()) == {"sent"}
    assert {email: len(sink.to(email)) for email in ids} == dict.fromkeys(ids, 1)

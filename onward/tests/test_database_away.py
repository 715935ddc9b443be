"""The database away for a while: the web answers 503 and recovers, the worker waits and resumes.

Real parts throughout: `onward serve` and `onward worker` in subprocesses, on a scratch
PostgreSQL database of this test's own and Redis db 7, reaching PostgreSQL through a TCP
proxy on loopback (onward.tests.tcp_proxy) that the test cuts and restores; mail goes to an
SMTP server (aiosmtpd). Kim sends one note (the worker now holds a live connection); the
worker is paused (SIGSTOP) while Kim presses Send on a second, so that job is in the queue
when the database goes. Then, with the database cut:
- a page answers 503 with Retry-After, not an error;
- the worker picks the job up, stays alive and logs that it waits, sending nothing;
and once the database is back, the page answers 200 and the second note is mailed exactly
once, on its first try.

The cut here lasts a few seconds and the worker's back-off is capped at 1 s
(ONWARD_WORKER_DB_WAIT_SECONDS); a minute's outage takes the same path with more tries
(ONWARD_TEST_OUTAGE_SECONDS=60 runs it so, by hand). Runs only where DATABASE_URL
names PostgreSQL and Redis answers (`make test-pg`); elsewhere it skips and says why.
"""

from __future__ import annotations

import json
import os
import signal
import time
from pathlib import Path
from urllib.parse import urlsplit

import httpx

from onward.tests.faulty_smtp import faulty_smtp
from onward.tests.tcp_proxy import cuttable_proxy
from onward.tests.test_many_processes import (
    Processes,
    free_port,
    postgres_and_redis,
    rows,
    run,
    scratch_database,
    signed_in,
    wait_for,
)

REDIS_DB = 7
# A few seconds here; `ONWARD_TEST_OUTAGE_SECONDS=60 ONWARD_TEST_OUTAGE_BACKOFF=30` runs the
# same test with the database away for a minute and the worker's default back-off.
OUTAGE_SECONDS = float(os.environ.get("ONWARD_TEST_OUTAGE_SECONDS", "6"))
BACKOFF = os.environ.get("ONWARD_TEST_OUTAGE_BACKOFF", "1")
WAITING = "The worker waits"

SET_UP = """
import json
from django.db import transaction
from onward.notes.services import note_for_step
from onward.test import PASSWORD, InterviewerInput, UserFactory, rejected_application
user = UserFactory.create(username="kim@away.example", first_name="Kim", last_name="Ito")
people = [InterviewerInput(f"Person {n}", "Lead", f"p{n}@acme.example", "") for n in range(2)]
with transaction.atomic():
    steps = rejected_application(user, people).plan.steps.filter(kind="thank").order_by("pk")
    notes = [[note_for_step(step).pk, step.person.email] for step in steps]
print(json.dumps({"notes": notes, "password": PASSWORD}))
"""


def through(database_url: str, port: int) -> str:
    parts = urlsplit(database_url)
    netloc = parts.netloc.rsplit("@", 1)
    host = f"127.0.0.1:{port}"
    return parts._replace(netloc=f"{netloc[0]}@{host}" if len(netloc) == 2 else host).geturl()


def press_send(client: httpx.Client, note_id: int) -> int:
    answer = client.post(
        f"/notes/{note_id}/send/",
        data={"as_it_is": "1", "csrfmiddlewaretoken": client.cookies["csrftoken"]},
    )
    return answer.status_code


def note_state(database_url: str, note_id: int) -> tuple[str, int]:
    found = rows(database_url, f"SELECT status, sends FROM notes_note WHERE id = {note_id}")
    return found[0][0], found[0][1]


def test_the_database_away_gives_503_and_the_worker_waits_then_sends_once(
    tmp_path: Path,
) -> None:
    server_url, redis_client = postgres_and_redis(REDIS_DB)
    redis_client.flushdb()
    host = urlsplit(server_url)
    processes = Processes()
    with (
        scratch_database(server_url) as database_url,
        faulty_smtp() as (smtp_port, sink),
        cuttable_proxy(host.hostname or "127.0.0.1", host.port or 5432) as proxy,
    ):
        try:
            env = {k: v for k, v in os.environ.items() if k != "PYTEST_CURRENT_TEST"}
            env.update(
                DATABASE_URL=database_url,
                REDIS_URL=f"redis://127.0.0.1:6379/{REDIS_DB}",
                DJANGO_SETTINGS_MODULE="onward.settings_test",
                ONWARD_DATA_DIR=str(tmp_path),
                ONWARD_HUEY_REAL="1",
                ONWARD_WORKERS="1",
                ONWARD_EMAIL="smtp",
                ONWARD_EMAIL_HOST="127.0.0.1",
                ONWARD_EMAIL_PORT=str(smtp_port),
                ONWARD_DAILY_SEND_LIMIT="0",
            )
            run(["migrate", "--verbosity", "0"], env)
            made = json.loads(run(["shell", "--no-imports", "-c", SET_UP], env))
            (first, first_to), (second, second_to) = made["notes"]

            # From here on the web and the worker reach PostgreSQL only through the proxy,
            # keeping their connections between requests and jobs, as in production.
            env.update(
                DATABASE_URL=through(database_url, proxy.port),
                ONWARD_DB_CONN_MAX_AGE="60",
                ONWARD_WORKER_DB_WAIT_SECONDS=BACKOFF,
                ONWARD_LOG_LEVEL="WARNING",
            )
            port = free_port()
            processes.start(["serve", "--no-migrate", "--port", str(port)], env, tmp_path / "web")
            worker_log = tmp_path / "worker.log"
            worker = processes.start(["worker"], env, worker_log)
            kim = signed_in(f"http://127.0.0.1:{port}", "kim@away.example", made["password"])

            assert press_send(kim, first) == 302
            assert wait_for(lambda: note_state(database_url, first)[0] == "sent")

            os.killpg(worker.pid, signal.SIGSTOP)
            try:
                assert press_send(kim, second) == 302
                assert note_state(database_url, second) == ("queued", 1)
                proxy.cut()
            finally:
                os.killpg(worker.pid, signal.SIGCONT)
            cut_at = time.monotonic()

            away = kim.get("/today/")
            assert away.status_code == 503, away.text[:300]
            assert away.headers["Retry-After"] == "30"
            assert "Back in a moment" in away.text

            def waits_logged() -> int:
                return worker_log.read_text().count(WAITING)

            assert wait_for(lambda: waits_logged() >= 3, OUTAGE_SECONDS + 20), (
                worker_log.read_text()[-2000:]
            )
            time.sleep(max(0.0, OUTAGE_SECONDS - (time.monotonic() - cut_at)))
            assert worker.poll() is None, worker_log.read_text()[-2000:]
            assert len(sink.to(second_to)) == 0
            refused_while_cut = proxy.refused
            proxy.restore()

            assert wait_for(lambda: kim.get("/today/").status_code == 200, 30)
            assert wait_for(lambda: note_state(database_url, second)[0] == "sent", 60), (
                worker_log.read_text()[-2000:]
            )
            time.sleep(2)  # room for a second copy, were there one
            assert worker.poll() is None
            log = worker_log.read_text()
            attempts = rows(
                database_url, f"SELECT attempts FROM core_sentmail WHERE key = 'note:{second}:1'"
            )
            final = (note_state(database_url, first), note_state(database_url, second))
        finally:
            processes.end()

    assert refused_while_cut > 0  # the web and the worker did find the database gone
    assert "The database answers again" in log
    assert "Traceback" not in log, log[-2000:]
    assert final == (("sent", 1), ("sent", 1))
    assert attempts == [(1,)]  # the waiting job ran once, on its first try
    assert len(sink.to(first_to)) == 1
    assert len(sink.to(second_to)) == 1

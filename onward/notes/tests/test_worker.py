"""The real worker: `onward worker` picks queued notes from huey's queue and sends each once.

These tests run Onward in subprocesses with their own data folder, as `make run` does,
so the queue is real (SQLite, or Redis when REDIS_URL is reachable) and mail goes over
SMTP to a small server the test runs on loopback. (A folder of files is not a mail server:
Onward refuses to call a note sent there.)
"""

from __future__ import annotations

import socket
import subprocess
import time
from pathlib import Path

import pytest

from onward.tests.smtpserver import Outbox, smtp_server
from onward.tests.subprocesses import ONWARD, environment, run

QUEUE_TWICE = """
from onward.notes.models import Note
from onward.notes.services import CannotSend, note_for_step, queue_email
from onward.notes.tasks import send_note
from onward.plans.models import Step
step = Step.objects.get(person__name='Priya Raman')
note = note_for_step(step)
queue_email(note)
try:
    queue_email(note)
except CannotSend:
    pass
send_note(note.pk)  # a duplicate job, as a retry or a second worker would make
print(Note.objects.get(pk=note.pk).status)
"""

STATUS = """
from onward.notes.models import Note
from onward.people.models import Interaction
note = Note.objects.get(person__name='Priya Raman')
print(note.status, Interaction.objects.filter(person=note.person, kind='email').count())
"""


def redis_running() -> bool:
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=1):
            return True
    except OSError:
        return False


@pytest.mark.parametrize("queue", ["sqlite", "redis"])
def test_worker_sends_a_queued_note_exactly_once(queue: str, demo_data_dir: Path) -> None:
    if queue == "redis" and not redis_running():
        pytest.skip("Redis is not running on 127.0.0.1:6379 (CI starts it)")
    with smtp_server(Outbox()) as (port, outbox):
        env = environment(
            demo_data_dir,
            ONWARD_EMAIL="smtp",
            ONWARD_EMAIL_HOST="127.0.0.1",
            ONWARD_EMAIL_PORT=str(port),
            # huey's real queue instead of running jobs at once.
            ONWARD_HUEY_REAL="1",
        )
        if queue == "redis":
            env["REDIS_URL"] = "redis://127.0.0.1:6379/15"
            subprocess.run(["redis-cli", "-n", "15", "flushdb"], capture_output=True, check=False)
        assert run(["shell", "--no-imports", "-c", QUEUE_TWICE], env) == "queued"

        worker = subprocess.Popen(
            [*ONWARD, "worker"], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT
        )
        try:
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline and not outbox.messages:
                time.sleep(0.3)
            time.sleep(2)  # room for the duplicate job to run too
        finally:
            worker.terminate()
            worker.wait(timeout=20)
        messages = [raw.decode() for raw in outbox.messages]
    assert len(messages) == 1
    assert "To: Priya Raman <priya.raman@acme.example>" in messages[0]
    assert "Hi Priya" in messages[0]
    assert run(["shell", "--no-imports", "-c", STATUS], env) == "sent 1"

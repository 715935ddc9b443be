"""Onward left running under moderate load: does its memory stay flat?

    .venv/bin/python bench/soak.py [--seconds 600] [--clients 4] [--pause 0.25]
    DATABASE_URL=postgres://…/scratch REDIS_URL=redis://127.0.0.1:6379/12 \\
        .venv/bin/python bench/soak.py --database postgres

It builds the same accounts as bench/load.py (with its own code, imported), adds to the heavy
account fifty rejected applications with thank-you notes to send, and starts
`onward serve --production` and `onward worker` on loopback, mail going to an SMTP server in
this process (aiosmtpd). A few clients then do what a person does, each with a short pause
between requests, for --seconds: open Today, an application and a person; log an interaction
on that person; mark a step done and undo it; now and then press Send on a note (the worker
mails it). Every --every seconds it reads the resident memory (VmRSS in /proc) of each web
process (the gunicorn master and its workers) and the worker.

It prints memory over time, each process's slope over the second half (least squares, MB a
minute) and a verdict: flat when every process grows less than --threshold MB a minute over
the second half (the first half is warm-up: caches, imports, connection pools filling).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx
from load import HEAVY_EMAIL, ONWARD, ROOT, build, free_port, server_env, start_server, stop

sys.path.insert(0, str(ROOT))
from onward.tests.faulty_smtp import faulty_smtp

NOTES = 400  # more than a ten-minute soak presses Send on

# Run in a child process with the server's environment, after load.py's build.
PREPARE = textwrap.dedent(
    """
    import json, os, django
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "onward.settings")
    django.setup()
    from django.contrib.auth.models import User
    from onward.notes.services import note_for_step
    from onward.plans.models import Step
    from onward.test import InterviewerInput, rejected_application

    heavy = User.objects.get(username=HEAVY_EMAIL)
    notes = []
    for a in range(NOTES // 8):  # eight interviewers an application, as a panel day might
        people = [
            InterviewerInput(f"Soak {a}-{n}", "Lead", f"soak{a}-{n}@soak.example", "")
            for n in range(8)
        ]
        rejection = rejected_application(heavy, people, company=f"Soak Ltd {a}")
        thanks = rejection.plan.steps.filter(kind="thank").order_by("pk")
        notes += [note_for_step(step).pk for step in thanks]
    step = Step.objects.filter(plan=rejection.plan, state="open").exclude(
        kind__in=["thank", "move_on"]).order_by("pk").first()
    print(json.dumps({"notes": notes, "step": step.pk, "person": thanks[0].person.pk}))
    """
)


@dataclass
class Tally:
    lock: threading.Lock = field(default_factory=threading.Lock)
    requests: int = 0
    errors: dict[str, int] = field(default_factory=dict)
    sends: int = 0

    def add(self, what: str, ok: bool) -> None:
        with self.lock:
            self.requests += 1
            if not ok:
                self.errors[what] = self.errors.get(what, 0) + 1


def prepare(env: dict[str, str]) -> dict[str, object]:
    code = PREPARE.replace("HEAVY_EMAIL", repr(HEAVY_EMAIL)).replace("NOTES", str(NOTES))
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, check=True, cwd=ROOT, capture_output=True, text=True
    ).stdout
    return dict(json.loads(out.strip().splitlines()[-1]))


def children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        with contextlib.suppress(OSError):
            found += [int(c) for c in (task / "children").read_text().split()]
    return found


def rss_mb(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def slope(points: list[tuple[float, float]]) -> float:
    """Least-squares MB per minute through (seconds, MB)."""
    if len(points) < 2:
        return 0.0
    n = len(points)
    mean_t = sum(t for t, _ in points) / n
    mean_m = sum(m for _, m in points) / n
    spread = sum((t - mean_t) ** 2 for t, _ in points)
    if not spread:
        return 0.0
    return sum((t - mean_t) * (m - mean_m) for t, m in points) / spread * 60


def person_does(
    base: str, cookie: str, ids: dict[str, object], stop_at: float, pause: float, tally: Tally
) -> None:
    notes: list[int] = ids["notes"]  # type: ignore[assignment]
    person, step, application = ids["person"], ids["step"], ids["application"]
    with httpx.Client(base_url=base, timeout=60, trust_env=False) as client:
        client.cookies.set("sessionid", cookie.split("=", 1)[1])

        def go(what: str, method: str, url: str, data: dict[str, str] | None = None) -> None:
            try:
                if method == "GET":
                    answer = client.get(url)
                else:
                    token = client.cookies.get("csrftoken", "")
                    answer = client.post(url, data={**(data or {}), "csrfmiddlewaretoken": token})
                ok = answer.status_code in (200, 302)
            except httpx.HTTPError:
                ok = False
            tally.add(what, ok)
            time.sleep(pause * random.uniform(0.5, 1.5))

        round_ = 0
        while time.monotonic() < stop_at:
            round_ += 1
            go("Today", "GET", "/today/")
            go("an application", "GET", f"/applications/{application}/")
            go("a person", "GET", f"/people/{person}/")
            go(
                "log an interaction",
                "POST",
                f"/people/{person}/",
                {"kind": "call", "summary": f"Soak call {round_}", "happened_on": ""},
            )
            go("step done", "POST", f"/steps/{step}/done/")
            go("step undo", "POST", f"/steps/{step}/undo/")
            with tally.lock:
                note = notes.pop() if notes and round_ % 4 == 0 else None
            if note is not None:
                go("send a note", "POST", f"/notes/{note}/send/", {"as_it_is": "1"})
                with tally.lock:
                    tally.sends += 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--seconds", type=int, default=600)
    parser.add_argument("--clients", type=int, default=4, help="people at once")
    parser.add_argument("--pause", type=float, default=0.25, help="seconds between requests")
    parser.add_argument("--every", type=float, default=5, help="seconds between samples")
    parser.add_argument("--rows", type=int, default=20, help="rows in the memory table")
    parser.add_argument("--threshold", type=float, default=1.0, help="MB a minute")
    parser.add_argument("--workers", type=int, default=None, help="web processes")
    args = parser.parse_args()

    with (
        tempfile.TemporaryDirectory(prefix="onward-soak-") as folder,
        faulty_smtp() as (smtp_port, sink),
    ):
        env = server_env(Path(folder), args.database)
        env.update(
            ONWARD_EMAIL="smtp",
            ONWARD_EMAIL_HOST="127.0.0.1",
            ONWARD_EMAIL_PORT=str(smtp_port),
            ONWARD_DAILY_SEND_LIMIT="0",
        )
        ids = {**build(env), **prepare(env)}
        port = free_port()
        server = start_server(env, port, args.workers)
        worker_log = Path(folder) / "worker.log"
        with worker_log.open("w") as log:
            worker = subprocess.Popen(
                [str(ONWARD), "worker"],
                env=env,
                cwd=ROOT,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        samples: list[tuple[float, dict[str, float]]] = []
        tally = Tally()
        try:
            names = {server.pid: "web master"}
            for n, pid in enumerate(sorted(children(server.pid)), 1):
                names[pid] = f"web {n}"
            names[worker.pid] = "worker"
            print(
                f"\n{args.database}, {args.clients} clients, {args.pause} s pauses, "
                f"{args.seconds} s, {os.cpu_count()} cores; RSS every {args.every} s\n",
                flush=True,
            )
            started = time.monotonic()
            stop_at = started + args.seconds
            people = [
                threading.Thread(
                    target=person_does,
                    args=(
                        f"http://127.0.0.1:{port}",
                        f"sessionid={ids['session']}",
                        ids,
                        stop_at,
                        args.pause,
                        tally,
                    ),
                    daemon=True,
                )
                for _ in range(args.clients)
            ]
            for person in people:
                person.start()
            while time.monotonic() < stop_at:
                for pid in children(server.pid):
                    names.setdefault(pid, f"web {len(names)} (new)")
                sample = {
                    name: mb for pid, name in names.items() if (mb := rss_mb(pid)) is not None
                }
                samples.append((time.monotonic() - started, sample))
                time.sleep(args.every)
            for person in people:
                person.join(timeout=90)
            time.sleep(3)  # the last notes' jobs
        finally:
            worker.terminate()
            worker.wait(timeout=30)
            stop(server)
        mailed = len(sink.kept)
        tracebacks = worker_log.read_text().count("Traceback")

    report(samples, tally, mailed, args)
    print(f"The worker's log holds {tracebacks} tracebacks.")


def report(
    samples: list[tuple[float, dict[str, float]]],
    tally: Tally,
    mailed: int,
    args: argparse.Namespace,
) -> None:
    names = sorted(
        {name for _, sample in samples for name in sample}, key=lambda n: (n == "worker", n)
    )
    print(f"{'minute':>7}" + "".join(f"{n:>13}" for n in names) + f"{'total':>10}   (MB)")
    step = max(1, len(samples) // args.rows)
    for t, sample in samples[::step] + ([samples[-1]] if (len(samples) - 1) % step else []):
        cells = "".join(f"{sample[n]:13.1f}" if n in sample else f"{'-':>13}" for n in names)
        print(f"{t / 60:7.1f}{cells}{sum(sample.values()):10.1f}")
    half = samples[len(samples) // 2 :]
    slopes = {n: slope([(t, s[n]) for t, s in half if n in s]) for n in names}
    total = slope([(t, sum(s.values())) for t, s in half])
    print(
        "\nslope over the second half, MB a minute: "
        + ", ".join(f"{n} {v:+.2f}" for n, v in slopes.items())
        + f"; total {total:+.2f}"
    )
    minutes = args.seconds / 60
    errors = sum(tally.errors.values())
    print(
        f"{tally.requests} requests ({tally.requests / minutes:.0f} a minute), {errors} errors"
        f"{f' {tally.errors}' if errors else ''}, {tally.sends} notes sent from the page, "
        f"{mailed} mailed by the worker"
    )
    growing = [n for n, v in slopes.items() if v >= args.threshold]
    if growing:
        print(f"Memory: growing ({', '.join(growing)} at or above {args.threshold} MB a minute)")
    else:
        print(f"Memory: flat (every process under {args.threshold} MB a minute)")


if __name__ == "__main__":
    main()

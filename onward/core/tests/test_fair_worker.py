"""The production server's workers share the connections evenly (core.fair_worker).

The server here is `onward serve --production`'s own (core.production.serve: its gunicorn
settings, its worker class) in a subprocess, without collecting the static files first.
Which worker holds a connection is read from /proc: the worker's socket inodes against the
established TCP connections to the server's port. Linux only.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest

from onward.core import fair_worker
from onward.tests.subprocesses import environment

pytestmark = pytest.mark.skipif(
    not Path("/proc/net/tcp").exists(), reason="reads the connections from Linux's /proc"
)

CHILD = """
import sys
import django
django.setup()
from onward.core import production
production.serve(production.Options(host="127.0.0.1", port=int(sys.argv[1]), workers=2, threads=2))
"""
REQUEST = b"GET /health/ HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"


@pytest.fixture
def fresh_board(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fair_worker, "_board", None)


def test_each_worker_forked_gets_a_slot_of_its_own(fresh_board: None) -> None:
    server = SimpleNamespace(WORKERS={})
    for pid in (101, 102, 103):
        worker = SimpleNamespace()
        fair_worker.pre_fork(server, worker)
        fair_worker.write(worker.board_slot, pid, 0)
        server.WORKERS[pid] = worker

    assert sorted(w.board_slot for w in server.WORKERS.values()) == [0, 1, 2]


def test_a_worker_that_is_gone_counts_for_nothing_and_its_slot_is_reused(
    fresh_board: None,
) -> None:
    server = SimpleNamespace(WORKERS={})
    first, second = SimpleNamespace(), SimpleNamespace()
    for pid, worker, held in ((101, first, 3), (102, second, 9)):
        fair_worker.pre_fork(server, worker)
        fair_worker.write(worker.board_slot, pid, held)
        server.WORKERS[pid] = worker
    assert fair_worker.others_least(first.board_slot) == 9

    del server.WORKERS[102]
    fair_worker.child_exit(server, second)
    replacement = SimpleNamespace()
    fair_worker.pre_fork(server, replacement)

    assert fair_worker.others_least(first.board_slot) is None
    assert replacement.board_slot == second.board_slot


@pytest.fixture
def server(demo_data_dir: Path, tmp_path: Path) -> Iterator[tuple[int, int]]:
    """(port, master's pid) of the production server with two workers of two threads."""
    script = tmp_path / "serve.py"
    script.write_text(CHILD)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    log = (tmp_path / "server.log").open("w")
    master = subprocess.Popen(
        [sys.executable, str(script), str(port)],
        env=environment(demo_data_dir),
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 60
        while len(_workers(master.pid)) < 2 or not _answers(port):
            assert master.poll() is None, (tmp_path / "server.log").read_text()
            assert time.monotonic() < deadline, "the server did not start"
            time.sleep(0.1)
        yield port, master.pid
    finally:
        master.terminate()
        master.wait(timeout=30)
        log.close()


def _answers(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1) as probe:
            probe.sendall(REQUEST)
            return probe.recv(64).startswith(b"HTTP/1.1 200")
    except OSError:
        return False


def _workers(master: int) -> list[int]:
    try:
        return [int(c) for c in Path(f"/proc/{master}/task/{master}/children").read_text().split()]
    except OSError:
        return []


def _held(port: int, worker: int) -> int:
    """How many established connections to `port` the process `worker` holds."""
    inodes = set()
    for fd in Path(f"/proc/{worker}/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue  # closed meanwhile
        if target.startswith("socket:["):
            inodes.add(target[len("socket:[") : -1])
    established = set()
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        fields = line.split()
        if int(fields[1].rsplit(":", 1)[1], 16) == port and fields[3] == "01":
            established.add(fields[9])
    return len(inodes & established)


def _kept_alive(port: int, count: int, *, all_at_once: bool) -> list[socket.socket]:
    """`count` connections, each having had one answer and kept open: all opened before
    any asks (a burst, as a load generator or a room of people starting at once), or one
    after another."""
    opened: list[socket.socket] = []
    for _ in range(count):
        link = socket.create_connection(("127.0.0.1", port), timeout=10)
        opened.append(link)
        if not all_at_once:
            link.sendall(REQUEST)
            assert link.recv(65536).startswith(b"HTTP/1.1 200")
    if all_at_once:
        for link in opened:
            link.sendall(REQUEST)
        for link in opened:
            assert link.recv(65536).startswith(b"HTTP/1.1 200")
    return opened


@pytest.mark.parametrize("all_at_once", [True, False], ids=["a burst", "one by one"])
def test_thirty_two_kept_alive_connections_are_shared_evenly_by_the_two_workers(
    server: tuple[int, int], all_at_once: bool
) -> None:
    port, master = server
    smaller_shares = []
    for _ in range(4):
        opened = _kept_alive(port, 32, all_at_once=all_at_once)
        try:
            time.sleep(0.2)  # the workers' counts, as /proc shows them, settle
            held = sorted(_held(port, worker) for worker in _workers(master))
        finally:
            for link in opened:
                link.close()
        assert sum(held) == 32
        smaller_shares.append(held[0])
    # gunicorn's own gthread workers split a burst 30/2, 4/28 or 10/22 here, and one by one
    # 3/29. On a machine starved of CPU a sibling can miss its turn for longer than a worker
    # waits for it (YIELD_AT_MOST_SECONDS, by design), so a round can land at 13/19: seen at a
    # load of 7 on two cores, and twice in one CI run ([16, 14, 13, 13]). Every round at 12/20
    # or better is what fair sharing promises; gthread's best seen split, 10/22, falls short.
    assert min(smaller_shares) >= 12, smaller_shares


def test_a_stuck_worker_costs_new_connections_a_moment_never_the_connection(
    server: tuple[int, int],
) -> None:
    port, master = server
    stuck, other = _workers(master)
    kept = _kept_alive(port, 4, all_at_once=False)  # the stuck one holds some: its share
    os.kill(stuck, signal.SIGSTOP)
    try:
        # It holds fewer than the other soon will, so the other yields each new one first.
        opened = _kept_alive(port, 12, all_at_once=False)
        assert _held(port, other) >= 12
    finally:
        os.kill(stuck, signal.SIGCONT)
    for link in kept + opened:
        link.close()


def test_when_a_worker_is_killed_no_new_connection_is_lost(
    server: tuple[int, int],
) -> None:
    port, master = server
    killed, other = _workers(master)
    os.kill(killed, signal.SIGKILL)
    opened = _kept_alive(port, 10, all_at_once=False)
    try:
        assert (
            _held(port, other)
            + sum(_held(port, w) for w in _workers(master) if w not in (killed, other))
            == 10
        )
    finally:
        for link in opened:
            link.close()

"""gunicorn's threaded worker, taking its fair share of the connections and no more.

The workers take new connections from one shared socket, whichever wakes first, and keep
each for as long as the client keeps it alive. So a burst of kept-alive connections (a
load generator's 32, a class of students opening the app at once) can land mostly on one
worker, and that worker then does most of the work on one core while the other core
idles: bench/load.py saw some rounds at half the throughput of others for that alone.

Each worker here writes how many connections it holds on a board shared by the workers (a
page of memory the master maps before forking them). A worker holding more than the least
busy of the others leaves the next new connection to them, for a few milliseconds: it stops
watching the socket, and takes the connection itself if it is still waiting after that,
so a sibling that is stuck or gone costs a new connection that delay, never the
connection. The one shared socket stays, so a worker being replaced leaves nothing behind
in a queue of its own (SO_REUSEPORT would give each worker one, reset when it closes).
"""

from __future__ import annotations

import mmap
import os
import struct
import time
from typing import Any

from gunicorn.workers.gthread import ThreadWorker

# A slot per worker: its process id and how many connections it holds (0 pid: free).
SLOTS = 64
_SLOT = struct.Struct("=ii")
# A worker holding more than its share looks again after YIELD_SECONDS, and takes the
# connection itself once it has left new ones to the others for YIELD_AT_MOST_SECONDS:
# long enough for a sibling's event loop to get the CPU and the GIL on a busy machine,
# short for a person.
YIELD_SECONDS = 0.005
YIELD_AT_MOST_SECONDS = 0.1

_board: mmap.mmap | None = None


def board() -> mmap.mmap:
    """The shared board, made in the master before the first fork (so every worker maps
    the same memory)."""
    global _board
    if _board is None:
        _board = mmap.mmap(-1, SLOTS * _SLOT.size)
    return _board


def read(slot: int) -> tuple[int, int]:
    pid, held = _SLOT.unpack_from(board(), slot * _SLOT.size)
    return pid, held


def write(slot: int, pid: int, held: int) -> None:
    _SLOT.pack_into(board(), slot * _SLOT.size, pid, held)


def others_least(mine: int) -> int | None:
    """The fewest connections any other live worker holds, or None if there is no other."""
    least: int | None = None
    for slot in range(SLOTS):
        if slot == mine:
            continue
        pid, held = read(slot)
        if pid and (least is None or held < least):
            least = held
    return least


def pre_fork(server: Any, worker: Any) -> None:
    """gunicorn's hook, in the master: give the worker about to be forked a free slot."""
    taken = {getattr(w, "board_slot", None) for w in server.WORKERS.values()}
    free = [slot for slot in range(SLOTS) if slot not in taken and not read(slot)[0]]
    worker.board_slot = free[0] if free else None


def child_exit(server: Any, worker: Any) -> None:
    """gunicorn's hook, in the master: a worker that is gone holds nothing, however it
    ended (SIGKILL included)."""
    slot = getattr(worker, "board_slot", None)
    if slot is not None:
        write(slot, 0, 0)


class FairWorker(ThreadWorker):  # type: ignore[misc]
    board_slot: int | None = None

    def init_process(self) -> None:
        self._yield_until = 0.0
        self._yielding_since = 0.0
        self._publish()
        super().init_process()

    def _publish(self) -> None:
        if self.board_slot is not None:
            write(self.board_slot, os.getpid(), self.nr_conns)

    def _more_than_my_share(self) -> bool:
        if self.board_slot is None:
            return False
        least = others_least(self.board_slot)
        return least is not None and self.nr_conns > least

    def accept(self, listener: Any) -> None:
        now = time.monotonic()
        if self._more_than_my_share():
            if not self._yielding_since:
                self._yielding_since = now
            # A connection still waiting after that long is one no sibling can take.
            if now - self._yielding_since < YIELD_AT_MOST_SECONDS:
                self._yield_until = now + YIELD_SECONDS
                self.set_accept_enabled(False)
                return
        self._yielding_since = 0.0
        super().accept(listener)
        self._publish()

    def set_accept_enabled(self, enabled: bool) -> None:
        # The event loop turns accepting back on whenever it has room; not while yielding.
        if enabled and time.monotonic() < self._yield_until:
            return
        super().set_accept_enabled(enabled)

    def wait_for_and_dispatch_events(self, timeout: float) -> None:
        yielding = self._yield_until - time.monotonic()
        if yielding > 0:
            timeout = min(timeout, yielding)
        super().wait_for_and_dispatch_events(timeout)
        # Closed connections are counted in the callbacks just run.
        self._publish()

"""What one signed-in visit's trip to Redis costs, the ways Onward can make it.

    .venv/bin/python bench/redis_trip.py [--url redis://127.0.0.1:6379/12] [--repeat 20000]

A visit to Today reads, in one trip: the session, the user's snapshot, their preferences
and the kept page (17.6 KB). This stores entries of those sizes under keys of its own
(removed at the end) and reads them `--repeat` times each way, printing the CPU each read
costs redis-server (from /proc, so run it on the machine Redis runs on) and this client:

- `script`: the Lua script that finds the user's id beside the session on the server
  (core.snapshots.read_with_session, a process's first visit with a session);
- `mget, redis-py`: the same keys with redis-py's `mget` (its retries and hooks);
- `mget, pooled`: the same on a connection from the pool, as a later visit reads them
  (core.snapshots._mget).

Each way is run twice, in turn, so a change in the machine's load shows as a difference
between the two.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "onward.settings")

PREFIX = f"onward-bench-trip-{os.getpid()}:"


def redis_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main() -> None:
    import redis

    from onward.core import snapshots

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default="redis://127.0.0.1:6379/12")
    parser.add_argument("--repeat", type=int, default=20000)
    args = parser.parse_args()
    found = subprocess.run(["pgrep", "-x", "redis-server"], capture_output=True, text=True)
    if not found.stdout.split():
        sys.exit("redis-server is not running on this machine")
    pid = int(found.stdout.split()[0])
    client = redis.Redis.from_url(args.url)
    user = "7"
    sizes = {"session": 190, "hint": 0, "snapshot": 280, "preferences": 545, "page": 17_682}
    for name, size in sizes.items():
        key = PREFIX + (name if name in ("session", "hint") else f"{name}:{user}")
        client.set(key, user if name == "hint" else b"\x80" + b"x" * (size - 1))
    templates = [f"{PREFIX}{name}:{{user}}" for name in ("snapshot", "preferences", "page")]
    made = [t.replace("{user}", user) for t in templates]
    script = client.register_script(snapshots._WITH_SESSION)
    ways: dict[str, Callable[[], Any]] = {
        "script": lambda: script(
            keys=[PREFIX + "session", PREFIX + "hint"], args=[*templates, "{user}"]
        ),
        "mget, redis-py": lambda: client.mget([PREFIX + "session", *made]),
        "mget, pooled": lambda: snapshots._mget(client, [PREFIX + "session", *made]),
    }
    try:
        print(f"{'way':<16}{'Redis µs':>10}{'client µs':>11}")
        for _ in range(2):
            for name, read in ways.items():
                read()
                server, mine = redis_seconds(pid), time.process_time()
                for _ in range(args.repeat):
                    read()
                server = (redis_seconds(pid) - server) / args.repeat * 1e6
                mine = (time.process_time() - mine) / args.repeat * 1e6
                print(f"{name:<16}{server:>10.1f}{mine:>11.1f}", flush=True)
    finally:
        client.delete(*[k for k in client.scan_iter(PREFIX + "*")])


if __name__ == "__main__":
    main()

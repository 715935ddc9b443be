"""What the test suite costs, in CPU-seconds rather than wall-clock.

    .venv/bin/python bench/test_cost.py [--top 40] [--workers auto] [-- pytest arguments]

Runs `make test` (so exactly what it runs, with PYTEST_WORKERS and PYTEST_ARGS) with
this file as a pytest plugin. Every pytest process (each pytest-xdist worker, or the one
process with `-n 0`) measures, around each test's setup, call and teardown, its own CPU
time (all its threads, so the browser tests' live server counts) plus that of the
subprocesses it waited for (RUSAGE_CHILDREN: `onward` processes the tests start, Chromium once its
driver exits). It also measures what collecting the tests cost.

Prints the wall-clock, the CPU-seconds of the whole run (this script's children: pytest
and everything it waited for), the collection cost per worker, and the tests and modules
that cost the most. Wall-clock on a shared machine swings with the others' load; the
CPU-seconds hardly do. Module-scoped fixtures are counted in the module's first (setup)
and last (teardown) test, so read the modules table for those.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = "ONWARD_TEST_COST_DIR"


def cpu_now() -> float:
    """CPU-seconds of this process and of the children it has waited for."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


# The plugin: loaded into each pytest process by `-p test_cost`.

_started = cpu_now()
_collected: float | None = None
_tests: dict[str, list[float]] = {}  # node id: [CPU-seconds, wall-clock seconds]


def pytest_collection_finish(session: pytest.Session) -> None:
    global _collected
    _collected = cpu_now() - _started


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item: pytest.Item) -> Iterator[None]:
    before, started = cpu_now(), time.monotonic()
    yield
    cost = _tests.setdefault(item.nodeid, [0.0, 0.0])
    cost[0] += cpu_now() - before
    cost[1] += time.monotonic() - started


def pytest_unconfigure(config: pytest.Config) -> None:
    folder = os.environ.get(OUT_DIR)
    if not folder or _collected is None:
        return
    worker = os.environ.get("PYTEST_XDIST_WORKER", "master")
    record = {"collection": _collected, "total": cpu_now() - _started, "tests": _tests}
    (Path(folder) / f"{worker}.json").write_text(json.dumps(record))


# The script.


def module_of(nodeid: str) -> str:
    return nodeid.split("::", 1)[0]


def table(title: str, costs: dict[str, float], top: int) -> None:
    print(f"\n{title}")
    for name, seconds in sorted(costs.items(), key=lambda kv: -kv[1])[:top]:
        print(f"  {seconds:7.2f}  {name}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--top", type=int, default=40, help="rows in each table")
    parser.add_argument("--workers", default="auto", help="PYTEST_WORKERS (0: one process)")
    parser.add_argument("pytest_args", nargs="*", help="after --: passed to pytest")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="onward-test-cost-") as folder:
        env = dict(os.environ)
        env[OUT_DIR] = folder
        here = str(Path(__file__).resolve().parent)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (here, env.get("PYTHONPATH")) if p)
        pytest_args = " ".join(["-p", "test_cost", "-p", "no:cacheprovider", *args.pytest_args])
        command = ["make", "test", f"PYTEST_WORKERS={args.workers}", f"PYTEST_ARGS={pytest_args}"]
        started = time.monotonic()
        cpu_before = cpu_now()
        result = subprocess.run(command, cwd=ROOT, env=env)
        wall = time.monotonic() - started
        cpu = cpu_now() - cpu_before
        records: dict[str, dict[str, Any]] = {
            path.stem: json.loads(path.read_text()) for path in Path(folder).glob("*.json")
        }

    tests: dict[str, float] = {}
    waits: dict[str, float] = {}
    for record in records.values():
        for nodeid, (cpu_seconds, wall_seconds) in record["tests"].items():
            tests[nodeid] = cpu_seconds
            waits[nodeid] = wall_seconds - cpu_seconds
    modules: dict[str, float] = defaultdict(float)
    for nodeid, seconds in tests.items():
        modules[module_of(nodeid)] += seconds

    print(f"\npytest exited {result.returncode}; {len(tests)} test ids")
    print(f"wall-clock {wall:.1f} s; CPU {cpu:.1f} s (make test and every process it waited for)")
    for worker, record in sorted(records.items()):
        print(
            f"  {worker}: collection {record['collection']:.1f} s CPU, "
            f"tests {sum(c for c, _ in record['tests'].values()):.1f} s, "
            f"total {record['total']:.1f} s"
        )
    table(f"Top {args.top} modules by CPU-seconds", modules, args.top)
    table(f"Top {args.top} tests by CPU-seconds", tests, args.top)
    table(f"Top {args.top} tests by wall-clock beyond their CPU (waiting)", waits, args.top)
    return result.returncode


if __name__ == "__main__":
    sys.exit(main())

"""Onward run as `make run` runs it: `onward` in subprocesses with a data folder of its own.

Migrating a new database and loading the demo takes several seconds, so it is done once
for the whole test run (whichever pytest-xdist worker gets there first; the others wait on
a file lock) and each test gets a copy of the folder.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import subprocess
import sys
from pathlib import Path

ONWARD = [sys.executable, "-m", "onward.cli"]
DEMO_EMAIL = "worker@example.com"
DEMO_PASSWORD = "pw-for-worker-1"


def environment(data_dir: Path, **extra: str) -> dict[str, str]:
    """The test settings with a data folder of their own and no database from outside."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DATABASE_URL", "REDIS_URL", "PYTEST_CURRENT_TEST"}
    }
    env.update(
        ONWARD_DATA_DIR=str(data_dir), DJANGO_SETTINGS_MODULE="onward.settings_test", **extra
    )
    return env


def run(args: list[str], env: dict[str, str]) -> str:
    result = subprocess.run(
        ONWARD + args, env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def demo_folder(shared: Path, migrated: Path | None = None) -> Path:
    """A data folder holding a migrated SQLite database with the demo account, made once.
    `migrated`: a database just migrated on these settings (the run's copy made for the
    test databases, onward.tests.shared_test_db), copied instead of migrating again."""
    from onward.tests.shared_test_db import copy

    folder = shared / "migrated-demo"
    with open(shared / "migrated-demo.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (folder / ".ready").exists():
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir()
            env = environment(folder)
            if migrated is not None and migrated.exists():
                copy(migrated, folder / "onward.sqlite3")
            else:
                run(["migrate", "--verbosity", "0"], env)
            run(["demo", "--email", DEMO_EMAIL, "--password", DEMO_PASSWORD], env)
            (folder / ".ready").touch()
    return folder


def copy_of(folder: Path, target: Path) -> Path:
    shutil.copytree(folder, target, ignore=shutil.ignore_patterns(".ready"))
    return target


def in_process(*args: str) -> subprocess.CompletedProcess[str]:
    """`onward ARGS` through the console script's own entry point, in this process: what
    it prints and the exit status it gives, as subprocess.run reports them. Starting a
    real `onward` costs over a second of CPU (it imports some 600 modules); each command
    keeps one test that does, and the rest of its console tests run here."""
    import contextlib
    import io
    import logging

    from onward.cli import main

    out, err = io.StringIO(), io.StringIO()
    code: int | str | None = 0
    # Django's set-up, run again by the entry point, configures logging afresh: the root
    # logger's handlers go back as they were, not left writing to this call's stderr.
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            main(["onward", *args])
        except SystemExit as exit_:
            code = exit_.code
        finally:
            root.handlers[:] = handlers
            root.setLevel(level)
    status = code if isinstance(code, int) else 0 if code is None else 1
    return subprocess.CompletedProcess(["onward", *args], status, out.getvalue(), err.getvalue())

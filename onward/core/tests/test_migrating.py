"""Several servers starting at once migrate one after the other, never side by side."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings

ROOT = Path(__file__).resolve().parents[3]
MIGRATE = (
    "import django; django.setup(); "
    "from onward.core.migrating import migrate_once; migrate_once(); print('migrated')"
)


def test_two_servers_starting_together_both_come_up_on_one_migrated_database(
    tmp_path: Path,
) -> None:
    if not settings.DATABASES["default"]["ENGINE"].endswith("sqlite3"):
        pytest.skip("on PostgreSQL the lock is the database's own (pg_advisory_lock)")
    env = {k: v for k, v in os.environ.items() if not k.startswith("ONWARD_")}
    env.pop("DATABASE_URL", None)
    env.update(DJANGO_SETTINGS_MODULE="onward.settings", ONWARD_DATA_DIR=str(tmp_path))
    starters = [
        subprocess.Popen(
            [sys.executable, "-c", MIGRATE],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    for starter in starters:
        out, err = starter.communicate(timeout=300)
        assert starter.returncode == 0, err
        assert "migrated" in out
    check = subprocess.run(
        [sys.executable, "manage.py", "migrate", "--check"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert check.returncode == 0, check.stdout + check.stderr

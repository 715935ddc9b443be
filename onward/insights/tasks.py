"""The digest's periodic job, run by `onward worker` (huey)."""

from __future__ import annotations

from huey import crontab
from huey.contrib.djhuey import db_periodic_task, lock_task

from .digest import send_due_digests


# Hourly: each run sends the digests whose local hour has come (time zones differ,
# so every hour is someone's 8 o'clock). Idempotent, so an extra run sends nothing.
@db_periodic_task(crontab(minute="5"))
@lock_task("onward-digest")
def send_digests() -> int:
    return send_due_digests()

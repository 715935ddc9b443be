"""Background jobs for the watch, run by `onward worker` (huey)."""

from __future__ import annotations

import logging

from huey import crontab
from huey.contrib.djhuey import db_periodic_task, db_task, lock_task

from onward.core.sending import register_resender

log = logging.getLogger(__name__)


@db_task(retries=3, retry_delay=120)
def email_alert(alert_id: int) -> bool:
    # Imported here, as the poller below: the services bring httpx with them.
    from .services import email_alert as deliver_alert_email

    return deliver_alert_email(alert_id)


register_resender("alert", email_alert)


# Every 15 minutes the worker checks the boards whose turn has come: each board
# is due ONWARD_WATCH_EVERY_HOURS after its last good check (6 by default), or
# after its back-off when it had trouble. Most runs find nothing due.
@db_periodic_task(crontab(minute="*/15"))
@lock_task("onward-watch-poll")
def poll_due_boards() -> int:
    # Imported here: the poller brings httpx and the whole HTTP client, half a second of
    # start-up on a slow machine for every process that loads the apps, when only the
    # worker and the watch's pages use them (`onward import-mail` never does).
    from .poller import poll_cycle

    report = poll_cycle()
    if report.boards:
        log.info("watch: %s", report.summary())
    return len(report.announced)

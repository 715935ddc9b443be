"""Background jobs for reflect, run by `onward worker` (huey)."""

from __future__ import annotations

from huey.contrib.djhuey import db_task

from onward.core.sending import register_resender

from .mentoring.notify import send_reply_notice


@db_task(retries=3, retry_delay=60)
def notify_reply(reply_id: int) -> bool:
    return send_reply_notice(reply_id)


register_resender("mentor-reply", notify_reply)

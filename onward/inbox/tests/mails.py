"""Raw emails for tests, built the way mail clients write them."""

from __future__ import annotations

import datetime as dt
from email.utils import format_datetime

WHEN = dt.datetime(2024, 11, 5, 10, 0, tzinfo=dt.UTC)

REJECTION_TEXT = (
    "Hi Alex,\n\nThank you for your interest in Acme Analytics and the Data Analyst role. "
    "Unfortunately, we have decided to move forward with other candidates.\n\n"
    "Best,\nThe Acme Analytics Recruiting Team\n"
)


def raw(
    *,
    sender: str = "Acme Analytics Talent Team via Greenhouse <no-reply@us.greenhouse-mail.io>",
    subject: str = "Your application to Acme Analytics",
    body: str = REJECTION_TEXT,
    message_id: str | None = "<rejection-1@greenhouse.example>",
    when: dt.datetime = WHEN,
    content_type: str = "text/plain; charset=utf-8",
    extra: str = "",
    newline: str = "\n",
) -> bytes:
    lines = [f"From: {sender}", "To: Alex Morgan <alex@example.com>", f"Subject: {subject}"]
    lines.append(f"Date: {format_datetime(when)}")
    if message_id:
        lines.append(f"Message-ID: {message_id}")
    lines.append(f"Content-Type: {content_type}")
    if extra:
        lines.append(extra)
    text = "\n".join(lines) + "\n\n" + body
    return text.replace("\n", newline).encode("utf-8")


def human(message_id: str = "<human-1@acme.example>", **kwargs: object) -> bytes:
    """A rejection from a real person: she gets a "connect" to-do."""
    return raw(
        sender="Priya Raman <priya.raman@acme.example>",
        subject="Data Analyst - final round",
        body=(
            "Dear Alex,\n\nThank you for coming in for the final round. This was difficult, "
            "but we've decided to go with another candidate for the Data Analyst role.\n\n"
            "Warmly,\nPriya Raman\nAnalytics Manager, Acme Analytics\n"
        ),
        message_id=message_id,
        **kwargs,  # type: ignore[arg-type]
    )


def alert(message_id: str = "<alert-1@linkedin.example>") -> bytes:
    return raw(
        sender="LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        subject='"data analyst": 12 new jobs',
        body=(
            "Data Analyst - Globex - London\nSee all jobs\nUnfortunately, one job you saved "
            "is no longer accepting applications.\nManage your alerts · Unsubscribe\n"
        ),
        message_id=message_id,
        extra="List-Unsubscribe: <https://www.linkedin.com/unsub>",
    )


def mbox(*messages: bytes) -> bytes:
    out = b""
    for message in messages:
        body = message.replace(b"\nFrom ", b"\n>From ")
        out += b"From MAILER-DAEMON Tue Nov  5 10:00:00 2024\n" + body.rstrip(b"\n") + b"\n\n"
    return out

"""Human dates: "today", "tomorrow", "in 2 weeks", "Tue 3 Dec"."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone


def human_date(day: dt.date | dt.datetime | None, today: dt.date | None = None) -> str:
    if day is None:
        return ""
    if isinstance(day, dt.datetime):
        day = timezone.localtime(day).date() if timezone.is_aware(day) else day.date()
    today = today or timezone.localdate()
    delta = (day - today).days
    if delta == 0:
        return "today"
    if delta == 1:
        return "tomorrow"
    if delta == -1:
        return "yesterday"
    if 2 <= delta <= 6:
        return f"{day:%A}"
    if -6 <= delta <= -2:
        return f"last {day:%A}"
    if delta >= 7 and delta % 7 == 0 and delta <= 56:
        weeks = delta // 7
        return "in 1 week" if weeks == 1 else f"in {weeks} weeks"
    label = f"{day:%a} {day.day} {day:%b}"
    return label if day.year == today.year else f"{label} {day.year}"


def when_due(day: dt.date, today: dt.date) -> str:
    """A due date in words: "due today", "from last Monday" (still open), "due Friday"."""
    if day == today:
        return "due today"
    return f"{'from' if day < today else 'due'} {human_date(day, today)}"

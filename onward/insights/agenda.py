"""What the digest and the calendar feed carry: the dated part of what is due.

The items come from core.due.collect, the list Today reads, so each reads the same in
all three places. Undated prompts (a check-in, emails waiting) belong to Today alone:
a calendar needs a date, and a digest of them would be an email every day.
"""

from __future__ import annotations

import datetime as dt

from django.contrib.auth.models import User

from onward.accounts.gentle import soften
from onward.accounts.prefs import preferences_for
from onward.core.due import DueItem, collect


def agenda(user: User, today: dt.date | None = None, days_ahead: int = 60) -> list[DueItem]:
    """Everything open with a date by `days_ahead` from today (overdue included).

    In gentle mode the words are softened here, since an email or a calendar has no
    template filter to do it on the way out.
    """
    prefs = preferences_for(user)
    today = today or prefs.local_today()
    until = today + dt.timedelta(days=days_ahead)
    items = collect(user, today, until, reword=soften if prefs.gentle_mode else None)
    return [item for item in items if item.dated]

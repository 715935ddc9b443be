"""The secret calendar feed (RFC 5545), built with the icalendar library.

Each item is an all-day VEVENT (every common calendar app shows those in a
subscribed feed; VTODO is ignored by several), marked transparent so it never
blocks time. Something overdue sits on today's date until it is done, so it stays
in sight. UIDs are the item's kind and id at the site's host, so they stay the same
across fetches and a calendar updates an item instead of duplicating it.
"""

from __future__ import annotations

import datetime as dt
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth.models import User
from django.utils import timezone
from icalendar import Calendar, Event

from onward.accounts.prefs import preferences_for

from .agenda import agenda

PRODID = "-//Onward//Onward calendar feed//EN"
REFRESH = "PT6H"  # how often a calendar app should fetch again


def _host() -> str:
    return urlsplit(settings.SITE_URL).hostname or "onward.local"


def build_feed(user: User, now: dt.datetime | None = None) -> bytes:
    now = now or timezone.now()
    prefs = preferences_for(user)
    today = prefs.local_today(now)
    site = settings.SITE_URL.rstrip("/")
    host = _host()
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", "Onward")
    cal.add("x-wr-timezone", prefs.time_zone)
    cal.add("refresh-interval", dt.timedelta(hours=6), parameters={"VALUE": "DURATION"})
    cal.add("x-published-ttl", REFRESH)
    stamp = now.astimezone(dt.UTC).replace(microsecond=0)
    for item in agenda(user, today):
        if item.due_on is None:  # the agenda is dated; this keeps mypy and a reader sure
            continue
        day = max(item.due_on, today)
        event = Event()
        event.add("uid", f"{item.uid}@{host}")
        event.add("dtstamp", stamp)
        event.add("dtstart", day)
        event.add("dtend", day + dt.timedelta(days=1))
        event.add("summary", item.title)
        lines = [item.detail] if item.detail else []
        if item.due_on < today:
            lines.append(f"Waiting since {item.due_on:%a %d %b}.")
        lines.append(site + item.url)
        event.add("description", "\n".join(lines))
        event.add("url", site + item.url)
        event.add("categories", [item.kind])
        event.add("transp", "TRANSPARENT")
        event.add("status", "CONFIRMED")
        cal.add_component(event)
    return bytes(cal.to_ical())

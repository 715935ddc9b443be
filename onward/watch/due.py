"""What the watch has due: "Acme is hiring a Product Analyst", one click from a note,
a board that moved and needs its new address, and a careers page to look at yourself
(a company with no board Onward can read)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from django.contrib.auth.models import User
from django.urls import reverse
from django.utils import timezone

from onward.core.due import DueItem, Priority

from .models import Alert, Board, Watch

SHOW_FOR_DAYS = 14
AT_MOST = 3


def items(user: User, today: dt.date, until: dt.date) -> Iterator[DueItem]:
    yield from alerts(user, today)
    yield from moved_boards(user)
    yield from careers_pages(user, until)


def alerts(user: User, today: dt.date) -> Iterator[DueItem]:
    """The newest alerts not yet written about, each dated the day it was found."""
    since = timezone.make_aware(
        dt.datetime.combine(today - dt.timedelta(days=SHOW_FOR_DAYS), dt.time.min)
    )
    found = (
        Alert.objects.filter(
            user=user, dismissed_at__isnull=True, created_at__gte=since, notes__isnull=True
        )
        .select_related("watch__company", "posting")
        .order_by("-created_at")[:AT_MOST]
    )
    for alert in found:
        posting = alert.posting
        yield DueItem(
            uid=f"alert-{alert.pk}",
            kind="alert",
            title=alert.headline,
            url=reverse("watch:alert_detail", args=[alert.pk]),
            action="Have a look",
            detail=posting.location or ("Remote" if posting.remote else ""),
            context="A door you left open",
            due_on=min(timezone.localtime(alert.created_at).date(), today),
            priority=Priority.NEWS,
        )


def moved_boards(user: User) -> Iterator[DueItem]:
    moved = (
        Board.objects.filter(watches__user=user, watches__active=True)
        .filter(status__in=[Board.Status.MOVED, Board.Status.GONE])
        .distinct()
        .exists()
    )
    if moved:
        yield DueItem(
            uid="watch-board",
            kind="watch-board",
            title="A job board you watch has moved or closed",
            url=reverse("watch:watch_list"),
            action="See your watches",
            detail="Paste its new address to keep watching.",
            priority=Priority.NEWS,
        )


def careers_pages(user: User, until: dt.date) -> Iterator[DueItem]:
    """Reminder-only watches whose next look falls by `until` (overdue ones included)."""
    due = Watch.objects.filter(
        user=user, active=True, board__isnull=True, next_look_on__lte=until
    ).select_related("company")
    for watch in due:
        yield DueItem(
            uid=f"watch-look-{watch.pk}",
            kind="watch-look",
            title=f"Look at {watch.company.name}'s careers page",
            url=reverse("watch:watch_edit", args=[watch.pk]),
            action="Have a look",
            detail=f"For roles like {watch.keywords}" if watch.keywords else "For a role that fits",
            context="A door you left open",
            due_on=watch.next_look_on,
            priority=Priority.TASK,
        )

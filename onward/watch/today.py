"""Alerts on Today: "Acme is hiring a Product Analyst", one click from a note."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.urls import reverse
from django.utils import timezone

from onward.core.registry import TodayItem

from .models import Alert, Board

SHOW_FOR_DAYS = 14
AT_MOST = 3


def today_alerts(user: Any, day: dt.date) -> list[TodayItem]:
    since = timezone.make_aware(
        dt.datetime.combine(day - dt.timedelta(days=SHOW_FOR_DAYS), dt.time.min)
    )
    alerts = (
        Alert.objects.filter(
            user=user, dismissed_at__isnull=True, created_at__gte=since, notes__isnull=True
        )
        .select_related("watch__company", "posting")
        .order_by("-created_at")[:AT_MOST]
    )
    items = []
    for alert in alerts:
        posting = alert.posting
        where = posting.location or ("Remote" if posting.remote else "")
        items.append(
            TodayItem(
                title=alert.headline,
                url=reverse("alert_detail", args=[alert.pk]),
                action="Have a look",
                detail=where,
                context="A door you left open",
                kind="alert",
            )
        )
    moved = (
        Board.objects.filter(watches__user=user, watches__active=True)
        .filter(status__in=[Board.Status.MOVED, Board.Status.GONE])
        .distinct()
        .count()
    )
    if moved:
        items.append(
            TodayItem(
                title="A job board you watch has moved or closed",
                url=reverse("watch_list"),
                action="See your watches",
                detail="Paste its new address to keep watching.",
                kind="watch-board",
            )
        )
    return items

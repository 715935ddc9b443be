"""What reflect puts on Today: a mentor's unread reply, and action items that are due."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.urls import reverse

from onward.core.registry import TodayItem
from onward.lib.dates import human_date

from .models import ActionItem, MentorReply


def today_items(user: Any, day: dt.date) -> list[TodayItem]:
    return [*_replies(user, day), *_actions(user, day)]


def _replies(user: Any, day: dt.date) -> list[TodayItem]:
    unread = MentorReply.objects.filter(request__user=user, read_at__isnull=True).select_related(
        "request"
    )
    by_request: dict[int, list[MentorReply]] = {}
    for reply in unread:
        by_request.setdefault(reply.request_id, []).append(reply)
    items = []
    for replies in by_request.values():
        first = replies[0]
        names = sorted({r.first_name for r in replies})
        who = " and ".join(names)
        items.append(
            TodayItem(
                title=f"{who} replied to your request for advice",
                url=first.request.get_absolute_url(),
                action="Read the reply" if len(replies) == 1 else "Read the replies",
                detail="Turn what helps into a next step or two.",
                # First in the list: a reply from someone who gave their time comes first.
                due_on=min(day, first.created_at.date()),
                kind="mentor-reply",
            )
        )
    return items


def _actions(user: Any, day: dt.date) -> list[TodayItem]:
    due = ActionItem.objects.filter(user=user, done_at__isnull=True, due_on__lte=day)
    return [
        TodayItem(
            title=item.title,
            url=reverse("action_list") + f"#action-{item.pk}",
            action="Open",
            detail="due today" if item.due_on == day else f"from {human_date(item.due_on, day)}",
            due_on=item.due_on,
            kind="action-item",
            context=item.focus_title,
        )
        for item in due.select_related("reply")
    ]

"""What reflect has due: a mentor's unread reply, and the action items from their advice."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from django.contrib.auth.models import User
from django.urls import reverse

from onward.core.due import DueItem, Priority
from onward.lib.dates import when_due

from .models import ActionItem, MentorReply


def items(user: User, today: dt.date, until: dt.date) -> Iterator[DueItem]:
    yield from replies(user)
    yield from actions(user, today, until)


def replies(user: User) -> Iterator[DueItem]:
    """One item per request with unread replies; undated, so Today's alone (the reply
    itself already came by email)."""
    unread = MentorReply.objects.filter(request__user=user, read_at__isnull=True).select_related(
        "request"
    )
    by_request: dict[int, list[MentorReply]] = {}
    for reply in unread:
        by_request.setdefault(reply.request_id, []).append(reply)
    for request_id, found in by_request.items():
        names = sorted({r.first_name for r in found})
        yield DueItem(
            uid=f"mentor-reply-{request_id}",
            kind="mentor-reply",
            title=f"{' and '.join(names)} replied to your request for advice",
            url=found[0].request.get_absolute_url(),
            action="Read the reply" if len(found) == 1 else "Read the replies",
            detail="Turn what helps into a next step or two.",
            # Someone gave their time: their reply comes before the to-dos.
            priority=Priority.REPLY,
        )


def actions(user: User, today: dt.date, until: dt.date) -> Iterator[DueItem]:
    due = ActionItem.objects.filter(user=user, done_at__isnull=True, due_on__lte=until)
    for item in due:
        yield DueItem(
            uid=f"action-item-{item.pk}",
            kind="action-item",
            title=item.title,
            url=reverse("reflect:action_list") + f"#action-{item.pk}",
            detail=when_due(item.due_on, today),
            context=item.focus_title,
            due_on=item.due_on,
            priority=Priority.TASK,
        )

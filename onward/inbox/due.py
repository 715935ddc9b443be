"""What the inbox has due: emails waiting for a yes, and people worth connecting with."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from django.contrib.auth.models import User
from django.db.models import Count, Q
from django.urls import reverse

from onward.core.due import DueItem, Priority

from .models import ConnectTodo, ImportedMessage

CONNECTS_SHOWN = 2  # a suggestion, not a wall of tasks

WORDS = ["", "One email", "Two emails", "Three emails", "Four emails", "Five emails"]


def items(user: User, today: dt.date, until: dt.date) -> Iterator[DueItem]:
    yield from review_items(user)
    yield from connect_items(user)


def _number(count: int) -> str:
    words = ["None", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine"]
    return words[count] if count < len(words) else str(count)


def review_items(user: User) -> Iterator[DueItem]:
    waiting = ImportedMessage.objects.filter(user=user, status=ImportedMessage.Status.PENDING)
    counts = waiting.aggregate(all=Count("pk"), rejections=Count("pk", filter=Q(label="rejection")))
    count, rejections = counts["all"], counts["rejections"]
    if not count:
        return
    title = f"{WORDS[count] if count < len(WORDS) else f'{count} emails'} to look at"
    detail = (
        "One may be a no. Onward can start a gentle plan from it."
        if rejections == 1
        else f"{_number(rejections)} may be a no. Nothing changes until you say yes."
        if rejections
        else "They may move an application forward."
    )
    yield DueItem(
        uid="inbox-review",
        kind="inbox-review",
        title=title,
        url=reverse("inbox:queue"),
        action="Look at them" if count > 1 else "Look at it",
        detail=detail,
        priority=Priority.NEWS,
    )


def connect_items(user: User) -> Iterator[DueItem]:
    todos = (
        ConnectTodo.objects.filter(user=user, state=ConnectTodo.State.OPEN)
        .select_related("person__company", "message")
        .order_by("created_at")[:CONNECTS_SHOWN]
    )
    for todo in todos:
        person = todo.person
        yield DueItem(
            uid=f"inbox-connect-{todo.pk}",
            kind="inbox-connect",
            title=f"Connect with {person.name}",
            url=reverse("inbox:connect", args=[todo.pk]),
            action="Connect",
            detail="They wrote to you. A short hello keeps the door open.",
            context=f"{person.title or 'Recruiter'}"
            + (f" at {person.company.name}" if person.company else ""),
            priority=Priority.NEWS,
        )

"""Advice turned into action items: dated, linked to a focus area, shown on Today."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone

from onward.core import versions

from ..debriefs.patterns import Progress, progress_on
from ..debriefs.services import facts
from .models import ActionItem, MentorReply, MentorRequest


@transaction.atomic
def create_action(
    user: User,
    title: str,
    due_on: dt.date,
    focus_key: str = "",
    focus_title: str = "",
    request: MentorRequest | None = None,
    reply: MentorReply | None = None,
) -> ActionItem:
    return ActionItem.objects.create(
        user=user,
        title=" ".join(title.split()),
        due_on=due_on,
        focus_key=focus_key,
        focus_title=focus_title,
        request=request,
        reply=reply,
    )


@transaction.atomic
def complete(item: ActionItem) -> None:
    ActionItem.objects.filter(pk=item.pk, done_at__isnull=True).update(done_at=timezone.now())
    versions.changed([item.user_id])
    item.refresh_from_db()


@transaction.atomic
def reopen(item: ActionItem) -> None:
    ActionItem.objects.filter(pk=item.pk).update(done_at=None)
    versions.changed([item.user_id])
    item.refresh_from_db()


@dataclass(frozen=True)
class Tracked:
    item: ActionItem
    progress: Progress


def with_progress(user: User, items: list[ActionItem]) -> list[Tracked]:
    """Each item with whether later debriefs improved on its focus area."""
    debriefs, rejections = facts(user)
    return [
        Tracked(
            item,
            progress_on(item.focus_key, item.created_at, debriefs, rejections)
            if item.focus_key
            else Progress("", ""),
        )
        for item in items
    ]

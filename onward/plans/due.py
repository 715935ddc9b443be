"""The plan's open steps, as what is due: on Today, in the digest and in the calendar."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from django.contrib.auth.models import User
from django.db.models import QuerySet
from django.urls import reverse

from onward.core.due import DueItem, Priority

from .models import Step

KIND = "step"
# Positions run kind by kind (kind index x 100), so a plan's steps keep the playbook's order.
MAX_POSITION = 999


def open_steps(user: User) -> QuerySet[Step]:
    """The user's open steps, in the order items() ranks them (the playbook's, then the date)."""
    return (
        Step.objects.filter(plan__user=user, state=Step.State.OPEN)
        .select_related("plan__rejection__application__company", "person")
        .order_by("position", "due_on", "title", "pk")
    )


def items(user: User, today: dt.date, until: dt.date) -> Iterator[DueItem]:
    for step in open_steps(user).filter(due_on__lte=until):
        yield item_for(step)


def item_for(step: Step) -> DueItem:
    """A step as a due item: the same words on Today, in the digest and in the calendar."""
    return DueItem(
        uid=f"step-{step.pk}",
        kind=KIND,
        title=step.title,
        url=reverse("plans:step_open", args=[step.pk]),
        action=step.action_label or "Open",
        detail=step.detail,
        context=step.company_name,
        due_on=step.due_on,
        # The playbook's order (check in, then thank, then the rest) before the date,
        # so the time-sensitive steps lead and an old leftover never pushes them down.
        priority=Priority.PLAN + min(step.position, MAX_POSITION),
        record=step,
    )

"""The plan's open steps, as what is due: on Today, in the digest and in the calendar."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from django.contrib.auth.models import User
from django.urls import reverse

from onward.core.due import DueItem, Priority

from .models import Step

KIND = "step"
# Positions run kind by kind (kind index x 100), so a plan's steps keep the playbook's order.
MAX_POSITION = 999


def items(user: User, today: dt.date, until: dt.date) -> Iterator[DueItem]:
    steps = Step.objects.filter(
        plan__user=user, state=Step.State.OPEN, due_on__lte=until
    ).select_related("plan__rejection__application__company", "person")
    for step in steps:
        yield DueItem(
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

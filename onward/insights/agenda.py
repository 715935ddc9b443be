"""What is due, across apps, for the calendar feed and the email digest.

Plan steps, action items (from mentor advice), the reframe's next step and
keep-in-touch reminders, each with a stable id so a calendar sees the same item
from one fetch to the next.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from django.urls import reverse
from django.utils import timezone

from onward.accounts.gentle import soften
from onward.accounts.prefs import preferences_for
from onward.outlook.models import Reframe
from onward.people import cadence
from onward.plans.models import Step
from onward.reflect.models import ActionItem
from onward.watch.services import digest_alerts


@dataclass(frozen=True)
class AgendaItem:
    uid: str  # stable across fetches: the kind and the object's id
    kind: str  # "step", "action-item", "next-step", "keep-in-touch"
    title: str
    due_on: dt.date
    path: str  # the page where it gets done
    detail: str = ""
    context: str = ""  # e.g. the company

    def is_due(self, today: dt.date) -> bool:
        return self.due_on <= today


def _steps(user: Any, until: dt.date) -> list[AgendaItem]:
    steps = Step.objects.filter(
        plan__user=user, state=Step.State.OPEN, due_on__lte=until
    ).select_related("plan__rejection__application__company")
    return [
        AgendaItem(
            uid=f"step-{step.pk}",
            kind="step",
            title=step.title,
            due_on=step.due_on,
            path=reverse("step_open", args=[step.pk]),
            detail=step.detail,
            context=step.company_name,
        )
        for step in steps
    ]


def _action_items(user: Any, until: dt.date) -> list[AgendaItem]:
    path = reverse("action_list")
    items = ActionItem.objects.filter(user=user, done_at__isnull=True, due_on__lte=until)
    return [
        AgendaItem(
            uid=f"action-item-{item.pk}",
            kind="action-item",
            title=item.title,
            due_on=item.due_on,
            path=path,
            detail="An action item from your reflection.",
            context=getattr(item, "focus_title", "") or "",
        )
        for item in items
    ]


def _next_steps(user: Any, until: dt.date) -> list[AgendaItem]:
    reframes = Reframe.objects.filter(
        user=user, next_step_done_at__isnull=True, next_step_due__lte=until
    ).select_related("rejection__application__company")
    return [
        AgendaItem(
            uid=f"next-step-{reframe.pk}",
            kind="next-step",
            title=reframe.next_step,
            due_on=reframe.next_step_due,
            path=reframe.get_absolute_url(),
            detail="Your next step, from finding the silver lining.",
            context=reframe.rejection.application.company.name,
        )
        for reframe in reframes
    ]


def _touches(user: Any, today: dt.date, until: dt.date) -> list[AgendaItem]:
    return [
        AgendaItem(
            uid=f"keep-in-touch-{r.person.pk}",
            kind="keep-in-touch",
            title=f"A light touch with {r.person.name}",
            due_on=r.due_on,
            path=reverse("person_reminder", args=[r.person.pk]),
            detail=(f"Last in touch on {r.last_on:%d %b %Y}." if r.last_on else "Not in touch yet.")
            + f" Every {r.person.keep_in_touch_days} days.",
            context=str(r.person.company or r.person.get_relationship_display()),
        )
        for r in cadence.reminders(user, today, within_days=(until - today).days)
    ]


ALERT_DAYS = 14


def _alerts(user: Any, today: dt.date) -> list[AgendaItem]:
    """New roles at companies the user watches, on the day they were found."""
    since = timezone.now() - dt.timedelta(days=ALERT_DAYS)
    return [
        AgendaItem(
            uid=f"alert-{alert.pk}",
            kind="alert",
            title=alert.headline,
            due_on=min(timezone.localtime(alert.created_at).date(), today),
            path=reverse("alert_detail", args=[alert.pk]),
            detail="A door you left open: a role that may fit.",
            context=alert.watch.company.name,
        )
        for alert in digest_alerts(user, since)
    ]


def agenda(user: Any, today: dt.date | None = None, days_ahead: int = 60) -> list[AgendaItem]:
    """Everything open that is due by `days_ahead` from today (overdue included), by date."""
    prefs = preferences_for(user)
    today = today or prefs.local_today()
    until = today + dt.timedelta(days=days_ahead)
    items = [
        *_steps(user, until),
        *_action_items(user, until),
        *_next_steps(user, until),
        *_touches(user, today, until),
        *_alerts(user, today),
    ]
    if prefs.gentle_mode:
        items = [
            AgendaItem(
                i.uid, i.kind, soften(i.title), i.due_on, i.path, soften(i.detail), i.context
            )
            for i in items
        ]
    return sorted(items, key=lambda i: (i.due_on, i.kind, i.title))

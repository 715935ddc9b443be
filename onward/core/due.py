"""What is due: one list that Today, the email digest and the calendar feed all read.

Each app that has something due has a `due.py` with one function,
`items(user, today, until) -> Iterable[DueItem]`, listed by dotted path in
`settings.ONWARD_DUE_SOURCES`. A source yields only its user's items: what is open
and due by `until` (overdue included), plus undated prompts meant for `today`.
The screens differ only in how they show the list: Today filters and caps it, the
digest and the feed format its dated items. The words are the source's, everywhere.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from enum import IntEnum
from typing import Any

from django.conf import settings
from django.contrib.auth.models import User
from django.db.models import Model

from .plugins import load

SETTING = "ONWARD_DUE_SOURCES"


class Priority(IntEnum):
    """Lower comes first. Within one priority, the earlier date, then the title."""

    CARE = 0  # how the person is comes before anything to do
    REPLY = 100  # someone gave their time: their reply comes next
    PLAN = 1_000  # plan steps; each adds its playbook position (under 1,000)
    TASK = 2_000  # action items, next steps, people to keep in touch with
    NEWS = 3_000  # alerts, emails to look at, people to connect with


@dataclass(frozen=True)
class DueItem:
    uid: str  # the kind and the object's id: stable, so a calendar updates, never duplicates
    kind: str  # e.g. "step", "action-item", "alert": for styling and calendar categories
    title: str
    url: str  # the path of the page where it gets done
    action: str = "Open"  # the button label on Today
    detail: str = ""
    context: str = ""  # e.g. the company
    # None: a prompt for today with no date of its own (a check-in, emails waiting);
    # Today shows it, while the digest and the calendar carry dated items only.
    due_on: dt.date | None = None
    priority: int = Priority.TASK
    # The record behind the item, for a screen that acts on it (Today's done/skip buttons).
    record: Model | None = field(default=None, compare=False, repr=False)

    @property
    def dated(self) -> bool:
        return self.due_on is not None

    def is_due(self, today: dt.date) -> bool:
        return self.due_on is None or self.due_on <= today

    def reworded(self, reword: Callable[[str], str]) -> DueItem:
        """The same item with every word the user may read passed through `reword`
        (gentle mode's softening, for screens that have no template filter). The uid
        stays as it is: a calendar must see the same item whatever the wording."""
        return replace(
            self,
            kind=reword(self.kind),  # a calendar shows it as the event's category
            title=reword(self.title),
            action=reword(self.action),
            detail=reword(self.detail),
            context=reword(self.context),
        )


Source = Callable[[Any, dt.date, dt.date], Iterable[DueItem]]


def sources() -> list[Source]:
    """The functions settings.ONWARD_DUE_SOURCES names, imported once per path."""
    return [load(SETTING, path) for path in getattr(settings, SETTING)]


def collect(
    user: User,
    today: dt.date,
    until: dt.date,
    reword: Callable[[str], str] | None = None,
    only: list[Source] | None = None,
) -> list[DueItem]:
    """Everything open for `user` due by `until` (overdue included), in priority order;
    from the `only` sources given, else from all of them."""
    chosen = sources() if only is None else only
    items = [item for source in chosen for item in source(user, today, until)]
    if reword is not None:
        items = [item.reworded(reword) for item in items]
    return sorted(items, key=lambda item: (item.priority, item.due_on or today, item.title))

"""How apps plug into Today without importing each other's views.

Each app registers, in its AppConfig.ready(), a Today source: a function
(user, day) -> list[TodayItem], shown on Today.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class TodayItem:
    """Something for Today that is not a plan step: an action item, an alert, a reminder."""

    title: str
    url: str
    action: str  # the button label, e.g. "Write to Priya"
    detail: str = ""
    due_on: dt.date | None = None
    kind: str = ""  # the app's own label, e.g. "action-item", "alert", "keep-in-touch"
    context: str = ""  # a line of context, e.g. the company


TodaySource = Callable[[Any, dt.date], list[TodayItem]]

_today_sources: list[TodaySource] = []


def register_today_source(source: TodaySource) -> None:
    if source not in _today_sources:
        _today_sources.append(source)


def today_items(user: Any, day: dt.date) -> list[TodayItem]:
    items: list[TodayItem] = []
    for source in _today_sources:
        items.extend(source(user, day))
    return sorted(items, key=lambda item: (item.due_on or day, item.title))

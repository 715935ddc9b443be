"""How apps plug into shared screens without importing each other's views.

Each app registers in its AppConfig.ready():
- a Today source: a function (user, day) -> list[TodayItem], shown on Today;
- a demo populator: a function (user) that adds the app's demo data to a demo account.
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
DemoPopulator = Callable[[Any], None]

_today_sources: list[TodaySource] = []
_demo_populators: list[DemoPopulator] = []


def register_today_source(source: TodaySource) -> None:
    if source not in _today_sources:
        _today_sources.append(source)


def today_items(user: Any, day: dt.date) -> list[TodayItem]:
    items: list[TodayItem] = []
    for source in _today_sources:
        items.extend(source(user, day))
    return sorted(items, key=lambda item: (item.due_on or day, item.title))


def register_demo_populator(populator: DemoPopulator) -> None:
    if populator not in _demo_populators:
        _demo_populators.append(populator)


def populate_demo(user: Any) -> None:
    for populator in _demo_populators:
        populator(user)

"""How apps plug into the plan and the demo without importing each other's views.

Each app registers in its AppConfig.ready():
- a step page: the URL name a plan step of some kind opens (e.g. "reflect" -> a debrief);
- a demo populator: a function (user) that adds the app's demo data to a demo account.

What an app puts on Today, in the digest and in the calendar is not registered here:
settings.ONWARD_DUE_SOURCES lists it (see core/due.py).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

DemoPopulator = Callable[[Any], None]

_step_pages: dict[str, str] = {}
_demo_populators: list[DemoPopulator] = []


def register_step_page(step_kind: str, url_name: str) -> None:
    """The page a step of this kind opens; it receives the step's pk as its only argument."""
    _step_pages[step_kind] = url_name


def step_page(step_kind: str) -> str | None:
    return _step_pages.get(step_kind)


def register_demo_populator(populator: DemoPopulator) -> None:
    if populator not in _demo_populators:
        _demo_populators.append(populator)


def populate_demo(user: Any) -> None:
    for populator in _demo_populators:
        populator(user)

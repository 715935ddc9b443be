"""Step pages share one URL shape, /steps/<pk>/<kind>/, named from Step.PAGES.

Each app routes its own step pages with `step_page` (so plans imports none of their
views), and old addresses of a step page answer with `moved_to`, a permanent redirect.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.urls import URLPattern, path
from django.views.generic import RedirectView

from .models import Step


def slug(kind: str) -> str:
    return kind.replace("_", "-")


def step_page(kind: Step.Kind, view: Callable[..., Any]) -> URLPattern:
    # PAGES holds the full "app:name"; the app's own urls.py supplies the namespace.
    _, name = Step.PAGES[kind].split(":")
    return path(f"steps/<int:pk>/{slug(kind)}/", view, name=name)


def moved_to(kind: Step.Kind) -> Callable[..., Any]:
    """An old address of a step page: a bookmark still lands on the page."""
    return RedirectView.as_view(pattern_name=Step.PAGES[kind], permanent=True)

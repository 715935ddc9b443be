"""Asking a mentor: requests, private links, the mentor's replies, the notice sent for
each, and the action items the user makes of the advice."""

from __future__ import annotations

from typing import Any


def __getattr__(name: str) -> Any:
    # onward.reflect.demo still calls `mentoring.create_share` from when this package was
    # one module. Imported on first use, so that loading the models (which imports this
    # package) does not load the services and everything they import.
    if name == "create_share":
        from .services import create_share

        return create_share
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

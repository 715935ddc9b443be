"""The watch's knobs: a Django setting of the same name wins, then the environment."""

from __future__ import annotations

import os

from django.conf import settings


def _number(name: str, default: float) -> float:
    value = getattr(settings, name, None)
    if value is None:
        value = os.environ.get(name, "")
    try:
        number = float(value) if value != "" else default
    except (TypeError, ValueError):
        return default
    return number if number > 0 else default


def _flag(name: str) -> bool:
    value = getattr(settings, name, None)
    if value is None:
        value = os.environ.get(name, "")
    return str(value).strip().lower() in {"1", "true", "yes", "on"}


def every_hours() -> float:
    """How often each board is checked (ONWARD_WATCH_EVERY_HOURS, default 6)."""
    return _number("ONWARD_WATCH_EVERY_HOURS", 6)


def concurrency() -> int:
    return int(_number("ONWARD_WATCH_CONCURRENCY", 20))


def per_host() -> int:
    return int(_number("ONWARD_WATCH_PER_HOST", 6))


def timeout() -> float:
    return _number("ONWARD_WATCH_TIMEOUT", 20)


def max_pages() -> int:
    return int(_number("ONWARD_WATCH_MAX_PAGES", 20))


def allow_private_feeds() -> bool:
    """Feeds on private or loopback addresses are refused unless this is on, so a
    shared instance can't be used to probe its own network."""
    return _flag("ONWARD_WATCH_ALLOW_PRIVATE_FEEDS")

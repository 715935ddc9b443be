"""Reflect's knobs: a Django setting when one is defined, else the environment, else the
default. Tests override the settings; a deployment sets the environment."""

from __future__ import annotations

import os

from django.conf import settings


def number(name: str, default: int) -> int:
    value = getattr(settings, name, None)
    if value is None:
        value = os.environ.get(name, "").strip() or default
    return int(value)


def flag(name: str, default: bool) -> bool:
    value = getattr(settings, name, None)
    if value is None:
        raw = os.environ.get(name, "").strip().lower()
        return default if not raw else raw in {"1", "true", "yes", "on"}
    return bool(value)

"""Fixtures for reflect's tests: a clean cache (rate limits) and a private MEDIA_ROOT."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def fresh_cache() -> Iterator[None]:
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def media_root(settings: Any, tmp_path: Path) -> Path:
    settings.MEDIA_ROOT = tmp_path / "media"
    return Path(settings.MEDIA_ROOT)


@pytest.fixture
def no_wait(settings: Any) -> None:
    """Replies need no minimum time to write (the stamp check is tested on its own)."""
    settings.ONWARD_REPLY_MIN_SECONDS = 0

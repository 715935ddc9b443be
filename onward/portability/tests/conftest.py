from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from django.core.cache import cache

from onward.tests.isolation.world import World, build


@pytest.fixture(autouse=True)
def private_media(settings: Any, tmp_path: Path) -> Iterator[None]:
    # A mentor request's CV is a file; rate limits are counted in the cache.
    settings.MEDIA_ROOT = tmp_path / "media"
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def world(alice: Any) -> World:
    """One of every kind of row alice can own."""
    return build(alice)

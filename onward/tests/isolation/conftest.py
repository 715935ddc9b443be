from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from django.core.cache import cache

from .world import World, build


@pytest.fixture(autouse=True)
def private_media_and_cache(settings: Any, tmp_path: Path) -> Iterator[None]:
    # The mentor request's CV is a file; rate limits are counted in the cache.
    settings.MEDIA_ROOT = tmp_path / "media"
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def world(alice: Any) -> World:
    return build(alice)

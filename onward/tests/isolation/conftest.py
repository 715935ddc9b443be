from __future__ import annotations

import copy
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from django.core.cache import cache
from django.db import transaction
from django.test import override_settings

from onward.test import UserFactory

from .world import World, build


@pytest.fixture(scope="module")
def world_once(
    django_db_setup: None, django_db_blocker: Any, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[World, Path]]:
    """Alice's world, built once for the module inside a transaction that is rolled back at
    its end (as Django's setUpTestData does): building it is most of each test's time, and
    every test runs in a savepoint of its own on top of it."""
    media = tmp_path_factory.mktemp("isolation-media")
    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=media):
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            alice = UserFactory.create(
                username="alice@example.com", first_name="Alice", last_name="Lee"
            )
            yield build(alice), media
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)


@pytest.fixture
def world(world_once: tuple[World, Path], db: None, settings: Any, tmp_path: Path) -> World:
    # The mentor request's CV is a file: each test gets its own copy of the media folder.
    built, media = world_once
    shutil.copytree(media, tmp_path / "media", dirs_exist_ok=True)
    settings.MEDIA_ROOT = tmp_path / "media"
    # A copy, so that what one test does to the objects in memory never reaches the next.
    return copy.deepcopy(built)


@pytest.fixture
def alice(world: World) -> Any:
    return world.alice


@pytest.fixture(autouse=True)
def private_media_and_cache(settings: Any, tmp_path: Path) -> Iterator[None]:
    # Uploads land in the test's own folder; rate limits are counted in the cache.
    settings.MEDIA_ROOT = tmp_path / "media"
    cache.clear()
    yield
    cache.clear()

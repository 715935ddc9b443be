"""The user snapshots (core.snapshots) on a real Redis, where they are on by themselves:
the published version only grows, a snapshot older than it is refused by the server's
check-and-set, and a deletion's tombstone outranks every version. (The behaviour through
the pages, with the local-memory cache, is in accounts/tests/test_snapshots.py.)"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest
from django.core.cache import caches
from django.test import Client
from django.urls import reverse

from onward.core import snapshots
from onward.test import UserFactory

REDIS_DB = 11  # the tests' own (core/tests/test_rediscache.py); this run's keys, removed
USER = 987_654_321  # no row needed for the store's own rules


@pytest.fixture
def redis_cache(settings: Any) -> Iterator[Any]:
    import redis

    try:
        redis.Redis(host="127.0.0.1", port=6379, socket_connect_timeout=1).ping()
    except redis.RedisError:
        pytest.skip("needs Redis answering on 127.0.0.1:6379")
    settings.CACHES = {
        "default": {
            "BACKEND": "onward.core.rediscache.RedisCache",
            "LOCATION": f"redis://127.0.0.1:6379/{REDIS_DB}",
            "KEY_PREFIX": f"onward-test-snapshots-{os.getpid()}",
        }
    }
    settings.ONWARD_USER_SNAPSHOTS = None  # decided by the cache
    cache = caches["default"]
    cache.clear()
    yield cache
    cache.clear()


def usable(cache: Any, user_id: int = USER) -> tuple[Any, ...] | None:
    keys = [snapshots.version_key(user_id), snapshots.snapshot_key(user_id)]
    return snapshots.usable(user_id, cache.get_many(keys))


def test_on_by_themselves_with_redis(redis_cache: Any) -> None:
    assert snapshots.active()


def test_a_snapshot_is_used_only_under_the_published_version(redis_cache: Any) -> None:
    assert usable(redis_cache) is None
    snapshots.keep(USER, ("row", 5))
    assert usable(redis_cache) == ("row", 5)
    snapshots.publish({USER: 6})
    assert usable(redis_cache) is None
    snapshots.keep(USER, ("older row", 5))  # read before the change: refused
    assert usable(redis_cache) is None
    snapshots.publish({USER: 4})  # a version never goes back
    assert redis_cache.get(snapshots.version_key(USER)) == 6
    snapshots.keep(USER, ("new row", 6))
    assert usable(redis_cache) == ("new row", 6)


def test_a_deleted_accounts_tombstone_outranks_every_version(redis_cache: Any) -> None:
    snapshots.keep(USER, ("row", 5))
    snapshots.tombstone([USER])
    assert usable(redis_cache) is None
    snapshots.keep(USER, ("row", 5))
    snapshots.keep(USER, ("row", 6))
    assert usable(redis_cache) is None


@pytest.mark.django_db(transaction=True)
def test_a_visit_reads_its_user_from_redis_and_a_new_password_ends_it(
    redis_cache: Any, settings: Any
) -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    settings.SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
    user = UserFactory.create()
    client = Client()
    client.force_login(user)
    today = reverse("plans:today")
    for _ in range(2):
        assert client.get(today).status_code == 200
    with CaptureQueriesContext(connection) as captured:
        assert client.get(today).status_code == 200
    assert len(captured) == 0, [q["sql"] for q in captured]
    user.set_password("a-new-long-passphrase")
    user.save()
    answer = client.get(today)
    assert answer.status_code == 302
    assert answer["Location"].startswith(reverse("account_login"))

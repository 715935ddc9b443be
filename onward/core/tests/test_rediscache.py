"""The Redis cache (core.rediscache) is Django's, but for keeping one redis-py client: what
goes in comes out, from any thread, and no client is made per command."""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

from onward.core.rediscache import RedisCache

REDIS_DB = 11  # the tests' own; each run's keys carry its process id and are removed


@pytest.fixture
def cache() -> Any:
    import redis

    try:
        redis.Redis(host="127.0.0.1", port=6379, socket_connect_timeout=1).ping()
    except redis.RedisError:
        pytest.skip("needs Redis answering on 127.0.0.1:6379")
    made = RedisCache(
        f"redis://127.0.0.1:6379/{REDIS_DB}", {"KEY_PREFIX": f"onward-test-{os.getpid()}"}
    )
    yield made
    made.delete_many([f"key-{n}" for n in range(200)] + ["page"])


def test_what_goes_in_comes_out(cache: Any) -> None:
    assert cache.get("page") is None
    cache.set("page", ("<p>Today</p>", [1, 2]), 60)
    assert cache.get("page") == ("<p>Today</p>", [1, 2])
    cache.delete("page")
    assert cache.get("page") is None


def test_one_client_serves_every_command_and_thread(cache: Any) -> None:
    client = cache._cache.get_client()
    assert cache._cache.get_client(write=True) is client

    def round_trip(n: int) -> bool:
        cache.set(f"key-{n}", n, 60)
        return bool(cache.get(f"key-{n}") == n)

    with ThreadPoolExecutor(max_workers=8) as pool:
        assert all(pool.map(round_trip, range(200)))
    assert cache._cache.get_client() is client


def test_integers_and_everything_else_read_back_as_they_went_in(cache: Any) -> None:
    """Integers are kept as digits (so INCR works on them); the rest pickled."""
    values = [0, -3, 2**62, True, 1.5, "12", b"\x80", ("page", None), {"a": [1]}]
    for n, value in enumerate(values):
        cache.set(f"key-{n}", value, 60)
    back = [cache.get(f"key-{n}") for n in range(len(values))]
    assert back == values and [type(v) for v in back] == [type(v) for v in values]
    assert cache._cache.get_client().get(cache.make_key("key-0")) == b"0"
    assert cache.incr("key-1") == -2

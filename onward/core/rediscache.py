"""Django's Redis cache, keeping its redis-py client instead of making one per command.

Django's RedisCacheClient.get_client makes a new `redis.Redis` for every get and set, and
making one (redis-py fills a table of some 170 reply handlers) cost more CPU than the
command itself: about a third of a signed-in page that reads three entries. Django leaves
get_client to be overridden; this one keeps a client per connection pool. A client holds
no connection of its own (it takes one from the pool for each command and gives it back),
so threads can share it, as redis-py says.
"""

from __future__ import annotations

import pickle
from typing import Any

from django.core.cache.backends import redis


class Serializer(redis.RedisSerializer):
    """Django's, reading back the same: integers as they are, everything else pickled. Its
    loads tries int() on every entry first, and for a pickle that fails only after making
    an error message from the whole entry (a kept Today page is 17 KB)."""

    def loads(self, data: Any) -> Any:
        if data[:1] == b"\x80":  # how every pickle of protocol 2 or later begins
            return pickle.loads(data)
        return int(data)


class RedisCacheClient(redis.RedisCacheClient):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._clients: dict[int, Any] = {}

    def get_client(self, key: Any = None, *, write: bool = False) -> Any:
        # Django's own helpers (not in its type stubs); the tests would see them change.
        pool = self._get_connection_pool(write)  # type: ignore[attr-defined]
        client = self._clients.get(id(pool))
        if client is None:
            make = self._client  # type: ignore[attr-defined]
            client = self._clients[id(pool)] = make(connection_pool=pool)
        return client


class RedisCache(redis.RedisCache):
    def __init__(self, server: str, params: dict[str, Any]) -> None:
        options = {"serializer": Serializer, **params.get("OPTIONS", {})}
        super().__init__(server, {**params, "OPTIONS": options})
        self._class = RedisCacheClient

"""Work kept per user in Django's cache, filed under their data version (core.versions).

A page that draws on the whole of someone's history (insights' charts) works it out once
per change to their data and per day, not on every visit. The key holds the version read
*before* the work (so an entry never claims fresher data than it saw), the day the work
is for, the account's creation time (a deleted account's id may come back) and a digest
of the code that shaped the value (a new release never unpickles an older one's entry
from Redis). Inside a transaction the work is always done afresh: its writes are not
anyone else's yet and may roll back. The cache being away only means doing the work.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import hashlib
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import cast

from django.contrib.auth.models import User
from django.core.cache import cache
from django.db import connection

from . import versions

KEEP_SECONDS = 36 * 3600  # an entry outlives its day only long enough to be unreachable


@functools.cache
def code_digest(files: tuple[Path, ...]) -> str:
    digest = hashlib.sha256()
    for file in files:
        with contextlib.suppress(OSError):
            digest.update(file.read_bytes())
    return digest.hexdigest()[:12]


def key_for(
    user: User, name: str, code: Iterable[Path], version: int, day: dt.date | None = None
) -> str:
    """Where work for this user, data version and day (or any day) is filed."""
    joined = _joined(user)
    mark = code_digest(tuple(code))
    when = day.isoformat() if day is not None else "any"
    return f"onward:{name}:{mark}:{user.pk}:{joined}:{version}:{when}"


def slot_for(user_id: int, name: str, code: Iterable[Path]) -> str:
    """Where the latest work of this kind for this user is kept, whatever its version:
    known from the user's id alone, so it can be read in the same trip to the cache as
    the user (core.snapshots). What is kept there is `stamped`, and `unstamped` on the
    way out: only work for the user's current version and account is ever used."""
    return f"onward:{name}:{code_digest(tuple(code))}:{user_id}:latest"


def _joined(user: User) -> int:
    return int(user.date_joined.timestamp() * 1_000_000)


def stamped(user: User, version: int, value: object) -> tuple[int, int, object]:
    return (version, _joined(user), value)


def unstamped(user: User, entry: object) -> object:
    """What was kept in a slot, if it is this user's work for their version in this
    request (versions.for_request), else None."""
    if not isinstance(entry, tuple) or len(entry) != 3:
        return None
    version, joined, value = entry
    if version != versions.for_request(user) or joined != _joined(user):
        return None
    return value


def read(key: str) -> object:
    try:
        return cache.get(key)
    except Exception:  # e.g. Redis away: the work is done instead
        return None


def read_many(keys: Iterable[str]) -> dict[str, object]:
    """Several entries in one trip to the cache (one MGET on Redis); those not there are
    left out, and so is everything when the cache is away."""
    try:
        return dict(cache.get_many(list(keys)))
    except Exception:
        return {}


def keep(key: str, value: object) -> None:
    with contextlib.suppress(Exception):
        cache.set(key, value, KEEP_SECONDS)


def remembered[T](
    user: User, name: str, day: dt.date, code: Iterable[Path], work_out: Callable[[], T]
) -> T:
    """work_out(), or what it gave last time for this user, data version and day."""
    if connection.in_atomic_block:
        return work_out()
    key = key_for(user, name, code, versions.current(user.pk), day)
    found = read(key)
    if found is not None:
        return cast(T, found)
    value = work_out()
    keep(key, value)
    return value

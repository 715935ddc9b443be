"""The signed-in user's row and data version, kept in a shared cache (Redis), so a visit
that finds everything there makes no trip to the database at all.

Two entries per user:
- the *published version*: the highest data version (core.versions) anyone has told the
  cache about. It only grows: every write moves it on in the same breath as the database
  (`publish`, called by core.versions before the commit and again after it), and deleting
  the account sets it past any version the account could ever reach (`tombstone`);
- the *snapshot*: the row's fields and the version they were read with, in one query.

A snapshot is used only while its version is the published one. A change to the account
(a new password, deactivation, a first name) is a save, which moves the version on and
publishes it before the change commits, so from then on the old snapshot is never used:
the next visit reads the row from the database again and keeps the new one. A snapshot
is only ever kept under the version it was read with, and never when the published one
is already newer (a check-and-set on the server, one Lua script), so a visit that read
the row just before a change cannot put the old row back. A snapshot lives ten minutes
at most: if Redis failed just as a change was published, the old one is not used after.

Only with a cache every process shares (Redis): with each process's own memory, one
process would never hear of another's change. Inside a transaction neither is read or
kept: its reads may be rolled back (ONWARD_USER_SNAPSHOTS=True in a test turns them on
with the local-memory cache, where one process is the whole server).
"""

from __future__ import annotations

import functools
import hashlib
import logging
import threading
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from django.conf import settings
from django.core.cache import caches
from django.db import connection

from .rediscache import RedisCache

log = logging.getLogger(__name__)

SNAPSHOT_SECONDS = 600
VERSION_SECONDS = 36 * 3600  # far longer than any request that could still hold an older row
# Past any version an account reaches: a deleted account's snapshot is never used again.
TOMBSTONE = 2**52  # still exact in Lua's double-precision numbers

# The row's shape: a release that changes it never reads an older release's snapshot.
SHAPE = "1"

# Keep `version` and `snapshot` only if `version` is not older than the published one;
# publish it. Keys: the published version, the snapshot. Args: version, snapshot, seconds
# for each.
_KEEP = """
local published = tonumber(redis.call('GET', KEYS[1]) or '-1')
local version = tonumber(ARGV[1])
if version < published then return 0 end
if version > published then redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[3]) end
if KEYS[2] then redis.call('SET', KEYS[2], ARGV[2], 'EX', ARGV[4]) end
return 1
"""
_lock = threading.Lock()  # the same check-and-set for caches without scripts (one process)


def active() -> bool:
    """Snapshots are kept (and every change published) with this cache."""
    chosen = getattr(settings, "ONWARD_USER_SNAPSHOTS", None)
    return isinstance(caches["default"], RedisCache) if chosen is None else bool(chosen)


def enabled() -> bool:
    """Snapshots may be read and kept now (not inside a transaction)."""
    return active() and not connection.in_atomic_block


def version_key(user_id: int) -> str:
    return f"onward:user-version:{_database()}:{user_id}"


def snapshot_key(user_id: int) -> str:
    return f"onward:user:{SHAPE}:{_database()}:{user_id}"


@functools.cache
def _database() -> str:
    """Which database the users are in: two Onwards sharing one Redis (staging beside
    production, say) never read each other's user 1."""
    db = settings.DATABASES["default"]
    where = "|".join(str(db.get(k, "")) for k in ("ENGINE", "HOST", "PORT", "NAME"))
    return hashlib.sha256(where.encode()).hexdigest()[:8]


def usable(user_id: int, found: Mapping[str, object]) -> tuple[Any, ...] | None:
    """The snapshot's field values, from `found` (the two entries read from the cache),
    if it is there and its version is the published one; the version is the last value."""
    published = found.get(version_key(user_id))
    snapshot = found.get(snapshot_key(user_id))
    if type(published) is not int or not isinstance(snapshot, tuple) or not snapshot:
        return None
    if snapshot[-1] != published:
        return None
    return snapshot


def keep(user_id: int, values: Iterable[Any]) -> None:
    """Keep the row's values (its version last), unless a newer version is published."""
    snapshot = tuple(values)
    _keep(user_id, int(snapshot[-1]), snapshot)


def publish(versions: Mapping[int, int]) -> None:
    """Tell the cache these users' versions moved on (a version never goes back)."""
    for user_id, version in versions.items():
        _keep(user_id, version, None)


def tombstone(user_ids: Iterable[int]) -> None:
    publish(dict.fromkeys(user_ids, TOMBSTONE))


def _keep(user_id: int, version: int, snapshot: tuple[Any, ...] | None) -> None:
    cache = caches["default"]
    try:
        if isinstance(cache, RedisCache):
            _keep_in_redis(cache, user_id, version, snapshot)
        else:
            _keep_here(cache, user_id, version, snapshot)
    except Exception:
        # A snapshot not kept only costs the next visit a query; a version not published
        # leaves an older snapshot usable until it expires (SNAPSHOT_SECONDS).
        log.exception("The cache did not take user %s's version %s", user_id, version)


def _keep_here(cache: Any, user_id: int, version: int, snapshot: tuple[Any, ...] | None) -> None:
    with _lock:
        published = cache.get(version_key(user_id))
        if type(published) is int and version < published:
            return
        if type(published) is not int or version > published:
            cache.set(version_key(user_id), version, VERSION_SECONDS)
        if snapshot is not None:
            cache.set(snapshot_key(user_id), snapshot, SNAPSHOT_SECONDS)


_scripts: dict[int, Any] = {}


def _keep_in_redis(
    cache: Any, user_id: int, version: int, snapshot: tuple[Any, ...] | None
) -> None:
    inner = cache._cache  # type: ignore[attr-defined]  # Django's client, with its pickling
    client = inner.get_client(write=True)
    script = _scripts.get(id(client))
    if script is None:
        script = _scripts[id(client)] = client.register_script(_KEEP)
    keys = [cache.make_key(version_key(user_id))]
    args: list[Any] = [version, b"", VERSION_SECONDS, SNAPSHOT_SECONDS]
    if snapshot is not None:
        keys.append(cache.make_key(snapshot_key(user_id)))
        args[1] = inner._serializer.dumps(snapshot)
    script(keys=keys, args=args, client=client)


# Stands for the user's id in the keys read with the session (read_with_session).
USER_PLACE = "{user}"

# The session, the id of its user as last seen (a hint, checked against the session), and
# the keys given as templates with that id put in. Keys: the session, the hint. Args: the
# templates. Not for Redis Cluster: the templates' keys are made on the server.
_WITH_SESSION = """
local out = redis.call('MGET', KEYS[1], KEYS[2])
local user = out[2]
if out[1] and user then
  local place, keys = ARGV[#ARGV], {}
  for i = 1, #ARGV - 1 do
    local a, b = string.find(ARGV[i], place, 1, true)
    keys[i] = string.sub(ARGV[i], 1, a - 1) .. user .. string.sub(ARGV[i], b + 1)
  end
  local found = redis.call('MGET', unpack(keys))
  for i = 1, #found do out[i + 2] = found[i] end
end
return out
"""


def scripted() -> bool:
    """The cache runs scripts (Redis), so read_with_session can be used."""
    return isinstance(caches["default"], RedisCache)


def read_with_session(
    session_key: str, hint_key: str, templates: Sequence[str], hinted: int | None = None
) -> tuple[object, int | None, dict[str, object]]:
    """In one trip to Redis: the entry `session_key` (None if not there), the user id
    kept under `hint_key`, and each template's entry with that id in place of USER_PLACE
    (keyed by template; those not there left out).

    With `hinted` (the id this process last saw with the session) the keys are made here
    and read with a plain MGET, which costs Redis about a third of the script; the id
    given back is then `hinted`, to be checked against the session as the kept one is."""
    cache = caches["default"]
    inner = cache._cache  # type: ignore[attr-defined]
    client = inner.get_client()
    if hinted is None:
        script = _scripts.get(-id(client))
        if script is None:
            script = _scripts[-id(client)] = client.register_script(_WITH_SESSION)
        made = [cache.make_key(t) for t in templates]
        raw = script(
            keys=[cache.make_key(session_key), cache.make_key(hint_key)],
            args=[*made, USER_PLACE],
            client=client,
        )
    else:
        mine = str(hinted)
        made = [cache.make_key(t.replace(USER_PLACE, mine)) for t in templates]
        raw = _mget(client, [cache.make_key(session_key), *made])
        raw.insert(1, hinted)
    loads = inner._serializer.loads
    session = None if raw[0] is None else loads(raw[0])
    user_id = None if len(raw) < 2 or raw[1] is None else int(raw[1])
    found = {t: loads(v) for t, v in zip(templates, raw[2:], strict=False) if v is not None}
    return session, user_id, found


def _mget(client: Any, keys: Sequence[str]) -> list[Any]:
    """MGET on a connection from the client's pool, without redis-py's command path (its
    retries and observability hooks): 18-21 µs of the client's CPU against 24-26
    (bench/redis_trip.py), on the one read almost every visit makes. A failure is not
    retried here: the caller then reads the way Django does."""
    pool = client.connection_pool
    link = pool.get_connection()
    try:
        link.send_command("MGET", *keys)
        return list(link.read_response())
    except BaseException:
        link.disconnect()
        raise
    finally:
        pool.release(link)

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

from onward.accounts import visit
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
    _remove_this_runs_keys(cache)
    yield cache
    _remove_this_runs_keys(cache)


def _remove_this_runs_keys(cache: Any) -> None:
    """Not cache.clear(): that empties the whole database, which another test process may
    be using at the same moment (core/tests/test_rediscache.py shares it)."""
    client = cache._cache.get_client(write=True)
    keys = list(client.scan_iter(match=f"{cache.key_prefix}:*"))
    if keys:
        client.delete(*keys)


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


TODAY = reverse("plans:today")


@pytest.fixture
def sessions_in_redis(redis_cache: Any, settings: Any) -> None:
    settings.SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"


def signed_in(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    for _ in range(2):  # the first visit makes the preferences (a change), the second keeps
        assert client.get(TODAY).status_code == 200
    return client


def trips(client: Client, monkeypatch: pytest.MonkeyPatch) -> tuple[list[str], int, str]:
    """The trips to Redis and the queries a visit makes, and the page."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from onward.core import remembered

    made: list[str] = []

    def counted(name: str, read: Any) -> Any:
        def reading(*args: Any) -> Any:
            made.append(name)
            return read(*args)

        return reading

    monkeypatch.setattr(
        snapshots, "read_with_session", counted("script", snapshots.read_with_session)
    )
    monkeypatch.setattr(remembered, "read_many", counted("mget", remembered.read_many))
    monkeypatch.setattr(remembered, "read", counted("get", remembered.read))
    with CaptureQueriesContext(connection) as captured:
        answer = client.get(TODAY)
    monkeypatch.undo()
    assert answer.status_code == 200
    return made, len(captured), answer.content.decode()


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("sessions_in_redis")
def test_a_visit_is_one_trip_to_redis_and_none_to_the_database(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    client = signed_in(UserFactory.create())
    assert trips(client, monkeypatch)[:2] == (["script"], 0)


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("sessions_in_redis")
def test_a_process_that_saw_the_session_reads_with_a_plain_mget(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Cheaper for Redis than the script: the keys are known before the trip."""
    client = signed_in(UserFactory.create())
    plain: list[int] = []
    mget = snapshots._mget

    def counted(*args: Any) -> Any:
        plain.append(1)
        return mget(*args)

    monkeypatch.setattr(snapshots, "_mget", counted)
    assert client.get(TODAY).status_code == 200
    assert plain == [1]
    visit._seen.clear()
    assert client.get(TODAY).status_code == 200
    assert plain == [1]  # a process new to the session runs the script


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("sessions_in_redis")
def test_a_new_password_ends_the_session_read_from_redis() -> None:
    user = UserFactory.create()
    client = signed_in(user)
    user.set_password("a-new-long-passphrase")
    user.save()
    answer = client.get(TODAY)
    assert answer.status_code == 302
    assert answer["Location"].startswith(reverse("account_login"))


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("sessions_in_redis")
def test_signing_out_ends_it_though_the_hint_stays(redis_cache: Any) -> None:
    from onward.accounts.visit import hint_key

    client = signed_in(UserFactory.create())
    cookie = client.cookies["sessionid"].value
    assert redis_cache.get(hint_key(cookie)) is not None
    assert client.post(reverse("account_logout")).status_code == 302
    again = Client()
    again.cookies["sessionid"] = cookie
    assert again.get(TODAY).status_code == 302


def carol_and_dan_signed_in() -> tuple[Any, Any, Client]:
    """Two people, each with a rejection of their own on Today; Carol's client."""
    from onward.test import rejected_application

    carol = UserFactory.create(username="carol@example.com")
    dan = UserFactory.create(username="dan@example.com")
    rejected_application(carol, company="Carol Co")
    rejected_application(dan, company="Dan Co")
    carols, dans = signed_in(carol), signed_in(dan)
    assert "Dan Co" in dans.get(TODAY).content.decode()
    return carol, dan, carols


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("sessions_in_redis")
def test_a_hint_naming_someone_else_reads_no_one_else(
    redis_cache: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The hint only says which keys to read; the session says who it is."""
    from onward.accounts.visit import hint_key

    _, dan, carols = carol_and_dan_signed_in()
    redis_cache.set(hint_key(carols.cookies["sessionid"].value), dan.pk, 600)
    visit._seen.clear()  # a process that has not seen Carol's session asks the kept hint
    made, _, page = trips(carols, monkeypatch)
    assert "Carol Co" in page and "Dan Co" not in page
    assert made == ["script", "mget"]  # the keys read again, for Carol; the hint put right
    made, queries, page = trips(carols, monkeypatch)
    assert made == ["script"] and queries == 0 and "Carol Co" in page


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("sessions_in_redis")
def test_a_hint_this_process_kept_naming_someone_else_reads_no_one_else(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The process's own hint is checked against the session as the kept one is."""
    carol, dan, carols = carol_and_dan_signed_in()
    cookie = carols.cookies["sessionid"].value
    assert visit._seen[cookie] == carol.pk
    visit._seen[cookie] = dan.pk
    made, _, page = trips(carols, monkeypatch)
    assert "Carol Co" in page and "Dan Co" not in page
    assert made == ["script", "mget"]
    assert cookie not in visit._seen  # forgotten: the next visit asks the kept hint
    made, queries, page = trips(carols, monkeypatch)
    assert made == ["script"] and queries == 0 and "Carol Co" in page
    assert visit._seen[cookie] == carol.pk


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("sessions_in_redis")
def test_the_hints_a_process_keeps_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(visit, "SEEN_AT_MOST", 3)
    visit._seen.clear()
    visit._seen.update({"a": 1, "b": 2, "c": 3})
    client = signed_in(UserFactory.create())
    assert len(visit._seen) <= 3
    assert client.cookies["sessionid"].value in visit._seen

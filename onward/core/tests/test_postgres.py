"""On PostgreSQL a kept connection is checked before a request reuses it without a round
trip (core.postgres): a connection the server has ended is still replaced before the
request's first query, so a restarted database costs no one an error page."""

from __future__ import annotations

import select
import time

import psycopg
import pytest
from django.db import connection

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL only"),
]


def _backend_pid() -> int:
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        return int(cursor.fetchone()[0])


def _new_request() -> None:
    """What Django does at the start of each request (close_old_connections): a kept
    connection is to be checked again before its first query."""
    connection.close_if_unusable_or_obsolete()
    assert connection.health_check_done is False  # type: ignore[attr-defined]


def test_a_live_connection_is_kept_without_asking_the_server(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = _backend_pid()
    connection.close_at = None  # kept between requests, as ONWARD_DB_CONN_MAX_AGE does
    _new_request()
    raw = connection.connection
    asked: list[object] = []
    cursor = raw.cursor

    def counted(*args: object, **kwargs: object) -> object:
        asked.append(args)
        return cursor(*args, **kwargs)

    monkeypatch.setattr(raw, "cursor", counted)
    connection.close_if_health_check_failed()
    assert connection.health_check_done  # type: ignore[attr-defined]
    assert connection.connection is raw
    assert asked == []  # no SELECT 1
    monkeypatch.undo()
    assert _backend_pid() == before


def test_a_connection_the_server_ended_is_replaced_before_the_next_query() -> None:
    before = _backend_pid()
    connection.close_at = None
    settings = connection.settings_dict
    with psycopg.connect(
        dbname=settings["NAME"],
        user=settings["USER"],
        host=settings["HOST"],
        port=settings["PORT"] or 5432,
        password=settings["PASSWORD"] or None,
        autocommit=True,
    ) as other:
        other.execute("SELECT pg_terminate_backend(%s)", [before])
    # The server's goodbye reaches the socket.
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if select.select([connection.connection.fileno()], [], [], 0.1)[0]:
            break
    _new_request()
    assert _backend_pid() != before  # a new connection, and no error

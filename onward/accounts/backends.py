"""Reading back who is signed in, with one plain query.

Every signed-in request reads its user again. Django's ModelBackend builds that query with
the ORM each time, about a fifth of the CPU of a Today visit with nothing changed; this
backend reads the same row with one plain query and makes the user as the ORM would (the
same fields, value converters and model), and answers the same: the user, if the row is
there and active. The same query reads the user's data version (core.versions) and keeps
it on the user for the request, so a page that files work under it (Today, preferences)
makes no second trip to the database for it; it is read before any of the request's work,
the safe way round (core.versions.for_request says why).

It never signs anyone in: its authenticate() takes no credentials, so Django passes it by,
and sign-in stays with allauth, its rate limits and its lockout. At sign-in,
`read_back_cheaply` has the new session come back through it; sessions made before keep
the backend they were made with (both read the same row, one more cheaply). Django still
checks the session against the user's password hash on every request.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, cast

from django.contrib.auth import BACKEND_SESSION_KEY, get_user_model
from django.contrib.auth.backends import BaseBackend
from django.db import connections, router
from django.db.models import Field
from django.http import HttpRequest

from onward.core import snapshots, versions
from onward.core.models import DataVersion

PATH = "onward.accounts.backends.SessionUserBackend"
# Backends whose get_user is Django's ModelBackend's: the row by primary key, if active.
READS_THE_SAME = frozenset(
    {
        "django.contrib.auth.backends.ModelBackend",
        "allauth.account.auth_backends.AuthenticationBackend",
    }
)


class SessionUserBackend(BaseBackend):
    def authenticate(self, request: HttpRequest | None) -> None:  # type: ignore[override]
        return None

    def get_user(self, user_id: Any) -> Any:
        model = get_user_model()
        alias = router.db_for_read(model)
        fields = _user_sql(alias)[1]
        offered = _OFFERED.get()
        if offered is not None and offered[0] == user_id == offered[1][_pk_index(alias)]:
            *values, version = offered[1]
        else:
            found = _read(alias, user_id)
            if found is None:
                return None
            *values, version = found
            if snapshots.enabled():
                snapshots.keep(user_id, found)
        user = model.from_db(alias, [f.attname for f in fields], values)
        setattr(user, versions.FOR_THIS_REQUEST, int(version))
        return user if getattr(user, "is_active", True) else None


# The snapshot (core.snapshots) of the user about to be read, as the middleware found it
# in the cache: (user id, the row's values with the version last).
_OFFERED: ContextVar[tuple[Any, tuple[Any, ...]] | None] = ContextVar(
    "onward_offered_user", default=None
)


@contextmanager
def offering(user_id: Any, snapshot: tuple[Any, ...] | None) -> Iterator[None]:
    """get_user(user_id) takes the user from this snapshot (usable, as core.snapshots
    checked) instead of the database, while this lasts."""
    token = _OFFERED.set(None if snapshot is None else (user_id, snapshot))
    try:
        yield
    finally:
        _OFFERED.reset(token)


def _read(alias: str, user_id: Any) -> list[Any] | None:
    """The user's row as the ORM would make it, and their data version last."""
    connection = connections[alias]
    with connection.cursor() as cursor:
        cursor.execute(_user_sql(alias)[0], [user_id])
        row = cursor.fetchone()
    if row is None:
        return None
    values = list(row)
    for index, convert, column in _converters(alias):
        if isinstance(convert, str):  # the database's own, on this thread's connection
            convert = getattr(connection.ops, convert)
        values[index] = convert(values[index], column, connection)
    values[-1] = int(values[-1])
    return values


@functools.cache
def _user_sql(alias: str) -> tuple[str, tuple[Field[Any, Any], ...]]:
    """The user's row and their data version (0 before their first change), by id."""
    meta, quote = get_user_model()._meta, connections[alias].ops.quote_name
    fields = tuple(meta.concrete_fields)
    table, versions_table = quote(meta.db_table), quote(DataVersion._meta.db_table)
    columns = ", ".join(f"{table}.{quote(cast(str, f.column))}" for f in fields)
    key = f"{table}.{quote(cast(str, meta.pk.column))}"
    sql = (
        f"SELECT {columns}, COALESCE({versions_table}.{quote('version')}, 0)"
        f" FROM {table} LEFT JOIN {versions_table}"
        f" ON {versions_table}.{quote('owner')} = {key} WHERE {key} = %s"
    )
    return sql, fields


@functools.cache
def _pk_index(alias: str) -> int:
    return _user_sql(alias)[1].index(get_user_model()._meta.pk)


@functools.cache
def _converters(alias: str) -> tuple[tuple[int, Any, Any], ...]:
    """What the ORM would do to each column's value as the database gives it (SQLite's
    text dates and 0/1 booleans, say), worked out once. The database's converters are
    kept by name, to be run on the connection of the thread that reads."""
    connection = connections[alias]
    found: list[tuple[int, Any, Any]] = []
    for index, field in enumerate(_user_sql(alias)[1]):
        column = field.cached_col
        for convert in connection.ops.get_db_converters(column):
            mine = getattr(convert, "__self__", None) is connection.ops
            found.append((index, convert.__name__ if mine else convert, column))
        for convert in field.get_db_converters(connection):
            found.append((index, convert, column))
    return tuple(found)


def read_back_cheaply(sender: Any, request: HttpRequest | None, user: Any, **kwargs: Any) -> None:
    """user_logged_in: the session just made reads its user back through this backend."""
    session = getattr(request, "session", None)
    if session is not None and session.get(BACKEND_SESSION_KEY) in READS_THE_SAME:
        session[BACKEND_SESSION_KEY] = PATH

"""Sessions in the database, read with one plain query.

Every signed-in page reads its session first; Django's database store builds that query
with the ORM each time, which cost more CPU than the rest of a cached Today visit. This
store reads the same row (its key, not expired) with plain SQL and is Django's store in
every other way: saving, signing out (the row is deleted, so the cookie is worth nothing
afterwards, in every process) and clearing expired sessions are unchanged.

Where the cache is shared by every process (REDIS_URL), settings use Django's
`cached_db` store instead: reads come from the cache, writes go through to the database,
and signing out deletes the cached copy that every process reads. A cache of each
process's own (local memory) can't do that: a session signed out in one process would
still be found in another's, so there the session is read from the database.
"""

from __future__ import annotations

import functools
from typing import Any

from django.contrib.sessions.backends import db
from django.db import connections, router
from django.utils import timezone


class SessionStore(db.SessionStore):
    def load(self) -> dict[str, Any]:
        data = self._session_data_from_db()
        if data is None:
            self._session_key = None
            return {}
        return self.decode(data)

    def _session_data_from_db(self) -> str | None:
        if not self.session_key:
            return None
        alias = router.db_for_read(self.model)
        connection = connections[alias]
        now = connection.ops.adapt_datetimefield_value(timezone.now())
        with connection.cursor() as cursor:
            cursor.execute(_read_sql(alias), [self.session_key, now])
            row = cursor.fetchone()
        return None if row is None else str(row[0])


@functools.cache
def _read_sql(alias: str) -> str:
    from django.contrib.sessions.models import Session

    quote = connections[alias].ops.quote_name
    table = quote(Session._meta.db_table)
    return f"SELECT session_data FROM {table} WHERE session_key = %s AND expire_date > %s"

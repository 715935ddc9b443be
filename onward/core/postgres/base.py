"""Django's PostgreSQL backend, its health check made without a round trip.

With CONN_HEALTH_CHECKS (envparse sets it: a database that restarted must cost no one an
error page), Django sends `SELECT 1` before the first query of every request on a kept
connection. On a cached Today visit that was one of three trips to PostgreSQL, and about
a tenth of the CPU the visit cost the web process and the database together.

A server that ends a connection (a restart, pg_terminate_backend, an idle timeout) tells
the client and closes the socket, so an idle connection it has ended has something to
read. This check first looks, without waiting, whether the socket has anything to read:
nothing means the server has said nothing since the last query, and the connection is
used as it is; anything at all (the server's goodbye, or a notice) means Django's own
`SELECT 1` decides, as before. A connection whose peer vanished without a word (a cable
pulled between machines) passes both checks alike: the query then fails, Django closes
the connection at the end of that request, and the next one opens a new connection.
"""

from __future__ import annotations

import select

from django.db.backends.postgresql import base


class DatabaseWrapper(base.DatabaseWrapper):
    def is_usable(self) -> bool:
        connection = self.connection
        if connection is None or connection.closed or getattr(connection, "broken", False):
            return False
        try:
            waiting = _has_something_to_read(connection.fileno())
        except (OSError, ValueError):  # the socket is gone already
            return False
        return True if not waiting else bool(super().is_usable())


def _has_something_to_read(fd: int) -> bool:
    """Without waiting. poll() where there is one: select() refuses descriptors past 1024,
    which a busy process may hand out. A hang-up or an error counts as something."""
    if hasattr(select, "poll"):
        poller = select.poll()
        poller.register(fd, select.POLLIN | select.POLLPRI)
        return bool(poller.poll(0))
    return bool(select.select([fd], [], [], 0)[0])

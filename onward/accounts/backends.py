"""Reading back who is signed in, with one plain query.

Every signed-in request reads its user again. Django's ModelBackend builds that query with
the ORM each time, about a fifth of the CPU of a Today visit with nothing changed; this
backend reads the same row with Manager.raw (the fields, time zones and model as the ORM
makes them) for about a third of that, and answers the same: the user, if the row is there
and active.

It never signs anyone in: its authenticate() takes no credentials, so Django passes it by,
and sign-in stays with allauth, its rate limits and its lockout. At sign-in,
`read_back_cheaply` has the new session come back through it; sessions made before keep
the backend they were made with (both read the same row, one more cheaply). Django still
checks the session against the user's password hash on every request.
"""

from __future__ import annotations

import functools
from typing import Any, cast

from django.contrib.auth import BACKEND_SESSION_KEY, get_user_model
from django.contrib.auth.backends import BaseBackend
from django.db import connections, router
from django.http import HttpRequest

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
        found = list(model._default_manager.db_manager(alias).raw(_user_sql(alias), [user_id]))
        user = found[0] if found else None
        return user if user is not None and getattr(user, "is_active", True) else None


@functools.cache
def _user_sql(alias: str) -> str:
    meta, quote = get_user_model()._meta, connections[alias].ops.quote_name
    key = cast(str, meta.pk.column)
    return f"SELECT * FROM {quote(meta.db_table)} WHERE {quote(key)} = %s"


def read_back_cheaply(sender: Any, request: HttpRequest | None, user: Any, **kwargs: Any) -> None:
    """user_logged_in: the session just made reads its user back through this backend."""
    session = getattr(request, "session", None)
    if session is not None and session.get(BACKEND_SESSION_KEY) in READS_THE_SAME:
        session[BACKEND_SESSION_KEY] = PATH

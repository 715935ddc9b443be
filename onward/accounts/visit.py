"""A signed-in visit's user, preferences and the cache slots its view reads, in as few
trips to a shared cache (Redis) as can be: one, and none to the database, when the visit's
session, the user's snapshot (core.snapshots) and the slots are all there.

The one trip is a script on the server: it reads the session and the id of the user that
session last had (kept beside it, `hint_key`), and with that id the user's snapshot, their
preferences and the view's slots. The hint only says which keys to read: the session
itself, read in the same trip, says who is signed in, and anything read for another id
is dropped (the hint is then put right, and the slots read again). Django still checks
the session against the user's password and the account being active, as ever.

Each process also remembers the id it last saw with a session (`_seen`): with it, the
keys are known before the trip and a plain MGET reads them all, cheaper for Redis than the
script; it is checked against the session in the same way.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from django.contrib.auth import SESSION_KEY, get_user_model
from django.contrib.sessions.backends import cached_db
from django.core.cache import caches
from django.core.exceptions import ValidationError
from django.http import HttpRequest

from onward.core import remembered, snapshots

from .backends import offering
from .prefs import preferences_key

Slots = Callable[[HttpRequest, Any], Sequence[str]]

# Session key -> the user id this process last read with it. Only a hint, checked as the
# kept one is; emptied when full, so memory stays bounded however many sessions come.
_seen: dict[str, Any] = {}
SEEN_AT_MOST = 20_000


def hint_key(session_key: str) -> str:
    return f"onward:session-user:{session_key}"


def read_with_the_user(
    request: HttpRequest, beside: Slots | None
) -> tuple[Sequence[str], dict[str, object]] | None:
    """Read the request's user now (request.user, from their snapshot if it is current)
    and, in the same trip, their preferences and the slots `beside` names; (those slots,
    what was found) for prefs.keep_for_request, or None if no one is signed in."""
    found = _in_one_trip(request, beside)
    if found is None:
        user_id = _user_id(getattr(request, "session", None))
        if user_id is None:
            return None
        keys = beside(request, user_id) if beside is not None else ()
        wanted = [snapshots.version_key(user_id), snapshots.snapshot_key(user_id)]
        found = user_id, keys, remembered.read_many([*wanted, preferences_key(user_id), *keys])
    user_id, keys, entries = found
    with offering(user_id, snapshots.usable(user_id, entries)):
        request.user.is_authenticated  # noqa: B018  # read now, from the snapshot if current
    return keys, entries


def _user_id(session: Any) -> Any:
    try:
        return get_user_model()._meta.pk.to_python(session[SESSION_KEY])
    except (KeyError, TypeError, ValueError, ValidationError):
        return None  # not signed in


def _in_one_trip(
    request: HttpRequest, beside: Slots | None
) -> tuple[Any, Sequence[str], dict[str, object]] | None:
    session = getattr(request, "session", None)
    if (
        not isinstance(session, cached_db.SessionStore)
        or session._cache is not caches["default"]  # type: ignore[attr-defined]
        or not snapshots.scripted()
        or session.session_key is None
        or hasattr(session, "_session_cache")  # read already
    ):
        return None
    place = snapshots.USER_PLACE
    slots = beside(request, place) if beside is not None else ()
    templates = [
        snapshots.version_key(place),  # type: ignore[arg-type]
        snapshots.snapshot_key(place),  # type: ignore[arg-type]
        preferences_key(place),  # type: ignore[arg-type]
        *slots,
    ]
    seen = _seen.get(session.session_key)
    try:
        data, hinted, found = snapshots.read_with_session(
            session.cache_key, hint_key(session.session_key), templates, seen
        )
    except Exception:  # e.g. Redis away: Django's own reading copes, or says so
        return None
    if not isinstance(data, dict):
        return None  # not in the cache: Django reads it from the database
    # What cached_db's load() would have found: the session is read, once.
    session._session_cache = data  # type: ignore[attr-defined]
    user_id = _user_id(data)
    if user_id is None:
        return None
    if hinted != user_id:
        _remember_hint(session, user_id)
        return None
    if seen is None:
        if len(_seen) >= SEEN_AT_MOST:
            _seen.clear()
        _seen[session.session_key] = user_id
    mine = str(user_id)
    keys = [slot.replace(place, mine) for slot in slots]
    return user_id, keys, {t.replace(place, mine): v for t, v in found.items()}


def _remember_hint(session: cached_db.SessionStore, user_id: Any) -> None:
    _seen.pop(session.session_key or "", None)  # the next visit asks the kept hint
    try:
        caches["default"].set(
            hint_key(session.session_key or ""), user_id, session.get_expiry_age()
        )
    except Exception:  # only the next visit's one trip is lost
        return

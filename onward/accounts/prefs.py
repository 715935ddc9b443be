"""How other apps read a user's preferences: one small function each, never the model's guts."""

from __future__ import annotations

import zoneinfo
from collections.abc import Mapping, Sequence
from functools import cache
from pathlib import Path

from django.conf import settings
from django.contrib.auth.models import AnonymousUser, User
from django.db import IntegrityError, connection, router, transaction

from onward.core import remembered, versions

from .models import Preferences, new_token

# What shapes the preferences kept in the cache: a new release never reads an older one's.
CODE = (Path(__file__).resolve().parent / "models.py",)


@cache
def known_time_zones() -> frozenset[str]:
    """Every time zone zoneinfo knows, read once per process: zoneinfo walks its folders
    again on each call, which took longer than the rest of a signed-in request."""
    return frozenset(zoneinfo.available_timezones())


def default_time_zone() -> str:
    """A new user's time zone until they pick theirs: ONWARD_DEFAULT_TIME_ZONE, else the
    server's own (ONWARD_TIME_ZONE), else UTC."""
    chosen = settings.ONWARD_DEFAULT_TIME_ZONE or settings.TIME_ZONE or "UTC"
    return chosen if chosen in known_time_zones() else "UTC"


# Where the signed-in user of a request keeps its preferences for that request, so the
# screens that ask again (gentle mode, dates) don't each query them.
FOR_THIS_REQUEST = "_onward_preferences"


def preferences_for(user: User | AnonymousUser) -> Preferences:
    """The user's preferences, made with the defaults the first time they are needed
    (a visitor who is not signed in gets the defaults, never saved)."""
    if isinstance(user, AnonymousUser):
        return Preferences(time_zone=default_time_zone())
    if (kept := getattr(user, FOR_THIS_REQUEST, None)) is not None:
        return kept
    prefs = Preferences.objects.filter(user=user).first()
    if prefs is None:
        try:
            with transaction.atomic():
                prefs = Preferences.objects.create(user=user, time_zone=default_time_zone())
        except IntegrityError:  # made by a parallel request a moment ago
            prefs = Preferences.objects.get(user=user)
    return prefs


# Where the entries read beside the preferences wait for the view that asked for them.
READ_BESIDE = "_onward_read_beside"


def preferences_key(user_id: int) -> str:
    """Where a user's preferences are kept in the cache (remembered.slot_for): known
    from their id alone, so they can be read with the user (accounts.middleware)."""
    return remembered.slot_for(user_id, "preferences", CODE)


def keep_for_request(
    user: User, beside: Sequence[str] = (), found: Mapping[str, object] | None = None
) -> Preferences:
    """The preferences of a request's user, read once and kept on that user object (which
    lives as long as the request) for every later preferences_for(user). Outside a
    transaction they come from the cache, stamped with the user's data version: saving
    them moves it on, so a change shows on the next request.

    `beside`: other cache slots the view will read, fetched in the same trip to the cache
    (one MGET on Redis) and handed to it by `read_beside`. `found`: that trip made already
    (with the user, by accounts.middleware)."""
    if connection.in_atomic_block:
        prefs = preferences_for(user)
    else:
        key = preferences_key(user.pk)
        if found is None:
            found = remembered.read_many([key, *beside])
        entries = {k: remembered.unstamped(user, found.get(k)) for k in beside}
        setattr(user, READ_BESIDE, (frozenset(beside), entries))
        kept = _from_row(remembered.unstamped(user, found.get(key)))
        if kept is not None and kept.user_id == user.pk:
            prefs = kept
        else:
            version = versions.for_request(user)  # read before the preferences: see there
            prefs = preferences_for(user)
            remembered.keep(key, remembered.stamped(user, version, _as_row(prefs)))
    setattr(user, FOR_THIS_REQUEST, prefs)
    return prefs


# The preferences are kept as their row's values, not as the model: unpickling a model
# instance (its state, its class looked up again) cost 30 µs, a few per cent of a Today
# visit that reads them on every request; the row's values cost 3, and from_db 6 more.
@cache
def _attnames() -> tuple[str, ...]:
    return tuple(f.attname for f in Preferences._meta.concrete_fields)


def _as_row(prefs: Preferences) -> tuple[object, ...]:
    return tuple(getattr(prefs, name) for name in _attnames())


def _from_row(row: object) -> Preferences | None:
    """The preferences a kept row holds; None for anything else (nothing kept, or what an
    earlier release kept there)."""
    names = _attnames()
    if not isinstance(row, tuple) or len(row) != len(names):
        return None
    return Preferences.from_db(router.db_for_read(Preferences), list(names), list(row))


def read_beside(user: User, key: str) -> object:
    """What the cache slot `key` holds for this user's current version, as read beside
    the user's preferences in this request, or read now if it was not."""
    kept: tuple[frozenset[str], dict[str, object]] | None = getattr(user, READ_BESIDE, None)
    if kept is None or key not in kept[0]:
        return remembered.unstamped(user, remembered.read(key))
    return kept[1].get(key)


def is_gentle(user: User | AnonymousUser) -> bool:
    return user.is_authenticated and preferences_for(user).gentle_mode


@transaction.atomic
def turn_feed_on(prefs: Preferences) -> str:
    """A new secret for the calendar feed; any earlier address stops working at once."""
    prefs.feed_token = new_token()
    prefs.save(update_fields=["feed_token"])
    return prefs.feed_token


@transaction.atomic
def turn_feed_off(prefs: Preferences) -> None:
    prefs.feed_token = None
    prefs.save(update_fields=["feed_token"])


def by_feed_token(token: str) -> Preferences | None:
    if not token or len(token) < 22:  # shorter than 128 bits: never one of ours
        return None
    return Preferences.objects.select_related("user").filter(feed_token=token).first()


def by_unsubscribe_token(token: str) -> Preferences | None:
    if not token or len(token) < 22:
        return None
    return Preferences.objects.select_related("user").filter(unsubscribe_token=token).first()

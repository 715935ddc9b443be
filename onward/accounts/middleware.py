"""Each signed-in user's own time zone for the whole request (dates on Today, "tomorrow"…).

Not switched on by this app: add "onward.accounts.middleware.UserTimeZoneMiddleware"
to MIDDLEWARE after AuthenticationMiddleware to use it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.utils import timezone

from onward.core import snapshots
from onward.core.http import needs_no_user

from .prefs import keep_for_request
from .visit import read_with_the_user


class UserTimeZoneMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        try:
            return self.get_response(request)
        finally:
            timezone.deactivate()

    def process_view(
        self, request: HttpRequest, view: Callable[..., Any], args: Any, kwargs: Any
    ) -> None:
        # In process_view, not before: a view that reads no user (the health check) then
        # costs no session, user or preferences query.
        if needs_no_user(view):
            return
        # A view may name cache slots it will read, to be fetched with these.
        beside = getattr(view, READ_BESIDE_PREFERENCES, None)
        found = read_with_the_user(request, beside) if snapshots.enabled() else None
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            if found is not None:
                keys = found[0]
                prefs = keep_for_request(user, keys, found[1])
            else:
                keys = beside(request, user.pk) if beside is not None else ()
                prefs = keep_for_request(user, keys)
            timezone.activate(prefs.zone)


# Set on a view (reads_beside_preferences): the cache slots it reads, by request and user id.
READ_BESIDE_PREFERENCES = "onward_read_beside_preferences"


def reads_beside_preferences[V: Callable[..., Any]](
    keys: Callable[[HttpRequest, Any], Sequence[str]],
) -> Callable[[V], V]:
    """The view reads these cache slots (prefs.read_beside), named from the request and
    the user's id: they come in the same trip to the cache as the user's preferences (and
    the user, with a shared cache), one round trip fewer on every visit."""

    def mark(view: V) -> V:
        setattr(view, READ_BESIDE_PREFERENCES, keys)
        return view

    return mark

"""Each signed-in user's own time zone for the whole request (dates on Today, "tomorrow"…).

Not switched on by this app: add "onward.accounts.middleware.UserTimeZoneMiddleware"
to MIDDLEWARE after AuthenticationMiddleware to use it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.utils import timezone

from onward.core.http import needs_no_user

from .prefs import keep_for_request


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
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            # A view may name cache entries it will read, to be fetched with these.
            beside = getattr(view, READ_BESIDE_PREFERENCES, None)
            keys = beside(request, user) if beside is not None else ()
            timezone.activate(keep_for_request(user, keys).zone)


# Set on a view (reads_beside_preferences): what it reads from the cache, by request and user.
READ_BESIDE_PREFERENCES = "onward_read_beside_preferences"


def reads_beside_preferences[V: Callable[..., Any]](
    keys: Callable[[HttpRequest, Any], Sequence[str]],
) -> Callable[[V], V]:
    """The view reads these cache entries (prefs.read_beside): they come in the same trip
    to the cache as the user's preferences, one round trip fewer on every visit."""

    def mark(view: V) -> V:
        setattr(view, READ_BESIDE_PREFERENCES, keys)
        return view

    return mark

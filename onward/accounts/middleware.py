"""Each signed-in user's own time zone for the whole request (dates on Today, "tomorrow"…).

Not switched on by this app: add "onward.accounts.middleware.UserTimeZoneMiddleware"
to MIDDLEWARE after AuthenticationMiddleware to use it.
"""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from django.utils import timezone

from .prefs import preferences_for


class UserTimeZoneMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            timezone.activate(preferences_for(user).zone)
        try:
            return self.get_response(request)
        finally:
            timezone.deactivate()

"""Who is asking: a personal access token (`Authorization: Bearer onw_…`) or the browser's
signed-in session (with Django's CSRF check for anything that writes)."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any, cast

from django.contrib.auth.models import User
from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone
from ninja.errors import HttpError
from ninja.security import HttpBearer, SessionAuth

from onward.accounts.prefs import preferences_for

from . import tokens
from .models import AccessToken

READ_ONLY = (
    "This token can only read. Make a token without “read only” under Settings → API "
    "to change things."
)


class TokenAuth(HttpBearer):
    def authenticate(self, request: HttpRequest, token: str) -> User | None:
        found = tokens.find(token.strip())
        if found is None:
            return None
        request.access_token = found  # type: ignore[attr-defined]
        request.user = found.user
        # What UserTimeZoneMiddleware does for a signed-in page (it ran before the token
        # was read, and deactivates the zone when the request ends): "today" is the user's.
        timezone.activate(preferences_for(found.user).zone)
        return found.user


class BrowserSession(SessionAuth):
    """The signed-in browser: the docs page's "Try it out" works without a token."""


AUTH = [TokenAuth(), BrowserSession()]


class ApiRequest(HttpRequest):
    auth: User
    user: User  # type: ignore[assignment]


def user_of(request: HttpRequest) -> User:
    return cast(ApiRequest, request).auth


def token_of(request: HttpRequest) -> AccessToken | None:
    return getattr(request, "access_token", None)


def writes[F: Callable[..., Any]](view: F) -> F:
    """An operation that changes something: refused to a read-only token, and one
    transaction, so a failure part-way leaves nothing half-saved."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> Any:
        refuse_read_only(request)
        with transaction.atomic():
            return view(request, *args, **kwargs)

    return cast(F, wrapped)


def refuse_read_only(request: HttpRequest) -> None:
    token = token_of(request)
    if token is not None and token.read_only:
        raise HttpError(403, READ_ONLY)

"""The request type of pages behind sign-in, so views are typed with a real user; and the
one way a page reached by a secret link (a token in its address) keeps that link private."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any, cast

from django.contrib.auth.decorators import login_not_required
from django.contrib.auth.models import User
from django.http import HttpRequest, HttpResponseBase
from django.views.decorators.cache import never_cache
from django_htmx.middleware import HtmxDetails


class AuthedRequest(HttpRequest):
    user: User  # type: ignore[assignment]
    htmx: HtmxDetails


def private_link[V: Callable[..., HttpResponseBase]](view: V) -> V:
    """The token in the address is the key: keep the page out of caches and search engines.

    The Referer leaves it only for this same site, through SECURE_REFERRER_POLICY
    ("same-origin"), not "no-referrer": browsers would then send "Origin: null" with a
    form on the page, and Django's CSRF check rightly refuses that.
    """

    @wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        response = view(request, *args, **kwargs)
        response["X-Robots-Tag"] = "noindex, nofollow"
        return response

    return cast(V, never_cache(wrapped))


def no_user[V: Callable[..., Any]](view: V) -> V:
    """A view that never looks at who is asking (the health check): open to all, and the
    middleware leaves the session and the user unread, so it costs no query."""
    view.reads_no_user = True  # type: ignore[attr-defined]
    return login_not_required(view)


def needs_no_user(view: Callable[..., Any]) -> bool:
    return getattr(view, "reads_no_user", False) is True

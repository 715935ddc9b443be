"""Transactions around writes only, so reading a page never waits for someone's write.

Django's ATOMIC_REQUESTS wraps every request, GETs included; with SQLite's immediate
transactions that made each page view take the one write lock. Here a request that may
write (POST, PUT, PATCH, DELETE) runs in one transaction, as before, and a view that
raises leaves nothing behind; a GET reads in autocommit (WAL lets readers and the one
writer work side by side). A view marked `transaction.non_atomic_requests` opens its own
transactions, as it would under ATOMIC_REQUESTS.
"""

from __future__ import annotations

from collections.abc import Callable

from django.db import DEFAULT_DB_ALIAS, transaction
from django.http import HttpRequest, HttpResponse
from django.urls import Resolver404, get_urlconf, resolve

from . import versions

# Set on a request this middleware opened a transaction for, and on one whose view raised.
MARK = "onward.write_transaction"
FAILED = "onward.write_failed"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})


def _wants_transaction(request: HttpRequest) -> bool:
    if request.method in SAFE_METHODS:
        return False
    try:
        match = resolve(request.path_info, getattr(request, "urlconf", None) or get_urlconf())
    except Resolver404:
        return False
    return DEFAULT_DB_ALIAS not in getattr(match.func, "_non_atomic_requests", set())


class WriteTransactionMiddleware:
    """Last in MIDDLEWARE, so the transaction holds the view and little else."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not _wants_transaction(request):
            return self.get_response(request)
        request.META[MARK] = True
        with transaction.atomic():
            response = self.get_response(request)
            # The handler turns a view's exception into a response (a 500, or another
            # middleware's answer such as allauth's "sign in again") before it gets here.
            # Rolling back only now lets those other middlewares still read the database.
            if request.META.get(FAILED):
                transaction.set_rollback(True)
            else:
                # Whatever the view wrote (queryset updates included, which send no
                # signal), the user's cached pages are worked out again (core.versions).
                user = getattr(request, "user", None)
                if user is not None and user.is_authenticated:
                    versions.changed([user.pk])
            return response

    def process_exception(self, request: HttpRequest, exception: Exception) -> None:
        if request.META.get(MARK):
            request.META[FAILED] = True

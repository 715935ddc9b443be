"""The site's 500 page, and a friendly 503 when the database can't be reached.

Django turns an exception anywhere (a middleware loading the session, a view) into a call
to handler500 while the exception is being handled, so the one place that sees every
database outage is here. Neither page touches the database or the user.
"""

from __future__ import annotations

import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse
from django.template import loader

# Long enough for a restart of the database, short enough that a person retrying by hand
# gets through soon after it's back.
RETRY_AFTER_SECONDS = 30


def server_error(request: HttpRequest) -> HttpResponse:
    error = sys.exc_info()[1]
    if isinstance(error, OperationalError | InterfaceError):
        return database_unavailable()
    return HttpResponse(loader.get_template("500.html").render(), status=500)


def database_unavailable() -> HttpResponse:
    response = HttpResponse(loader.get_template("503.html").render(), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response

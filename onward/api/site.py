"""The REST API: one NinjaAPI, its routers (one module per area under endpoints/), the
sign-in it accepts, and its docs page and OpenAPI schema, served from this install."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.decorators import login_not_required
from django.db import transaction
from django.urls import URLPattern, URLResolver
from ninja import NinjaAPI, Swagger

from . import errors
from .auth import AUTH
from .endpoints import applications, checkins, notes, people, plans, watches

DESCRIPTION = """\
Everything in your Onward account, for your own scripts.

Send a personal access token (Settings → API) as `Authorization: Bearer onw_…`, or use
this page while signed in. Lists are paginated with `limit` and `offset`. Anything that
is not yours answers 404, as if it did not exist. Invalid input answers 422 with
`errors`, each naming its `field` and the reason.
"""


class OnwardAPI(NinjaAPI):
    def get_openapi_operation_id(self, operation: Any) -> str:
        # "application_list", not the module's whole dotted path.
        return str(operation.view_func.__name__)


api = OnwardAPI(
    title="Onward API",
    version="1",
    description=DESCRIPTION,
    auth=AUTH,
    urls_namespace="api",
    docs=Swagger(settings={"persistAuthorization": False, "tryItOutEnabled": False}),
    docs_url="/docs/",
    openapi_url="/openapi.json",
)
errors.install(api)
for module in (applications, people, plans, notes, checkins, watches):
    api.add_router("", module.router)


def urlpatterns() -> list[URLPattern | URLResolver]:
    """The API's URLs for the project's URLconf.

    The API signs people in itself (a token, or the session), and answers 401 in JSON
    rather than sending a script to the sign-in page; and it opens its own transaction
    around each write (auth.writes), so a refusal after a partial write still rolls back.
    """
    patterns, _, _ = api.urls
    for pattern in patterns:
        if isinstance(pattern, URLPattern):
            view: Any = pattern.callback
            login_not_required(view)
            transaction.non_atomic_requests(view)
    return patterns

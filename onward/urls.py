"""The project's URLconf only includes: each app routes its own pages, under its own
namespace (`reverse("watch:watch_list")`), from the site's root, so an app can own a page
outside its folder (every plan step opens at /steps/<pk>/<kind>/)."""

from django.urls import include, path

urlpatterns = [
    # Today first: Django tries each include in turn, and it is the page most asked for.
    # No two apps route the same path, so the order changes nothing else.
    path("", include("onward.plans.urls")),
    path("", include("onward.core.urls")),
    path("", include("onward.accounts.urls")),
    path("", include("onward.demo.urls")),
    path("", include("onward.pipeline.urls")),
    path("", include("onward.people.urls")),
    path("", include("onward.keep_in_touch.urls")),
    path("", include("onward.notes.urls")),
    path("", include("onward.outlook.urls")),
    path("", include("onward.reflect.urls")),
    path("", include("onward.inbox.urls")),
    path("", include("onward.watch.urls")),
    path("", include("onward.insights.urls")),
    path("", include("onward.portability.urls")),
    path("", include("onward.api.urls")),
    path("", include("onward.imports.urls")),
    path("accounts/", include("allauth.urls")),
]

# Any error in any request ends here; a database outage gets a 503 that says so.
handler500 = "onward.core.errors.server_error"
# The usual "Nothing here" page; under /api/, the API's JSON instead.
handler404 = "onward.api.views.not_found"

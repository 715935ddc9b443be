from django.urls import include, path

from . import site, views

app_name = "api"
urlpatterns = [
    path("settings/api/", views.token_list, name="tokens"),
    path("settings/api/<int:pk>/revoke/", views.token_revoke, name="token_revoke"),
    # The API's own routes, named after their operations (api:application_detail).
    path("api/", include(site.urlpatterns())),
]

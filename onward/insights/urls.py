from django.urls import include, path

from . import views

_pages = [
    path("", views.insights, name="insights"),
    path("work-search-log.csv", views.worklog_csv, name="worklog_csv"),
    path("work-search-log.pdf", views.worklog_pdf, name="worklog_pdf"),
    path("digest/preview/", views.digest_preview, name="digest_preview"),
    path("digest/unsubscribe/<str:token>/", views.digest_unsubscribe, name="digest_unsubscribe"),
    path("calendar/<str:token>/onward.ics", views.calendar_feed, name="calendar_feed"),
]

app_name = "insights"
urlpatterns = [
    path("insights/", include(_pages)),
]

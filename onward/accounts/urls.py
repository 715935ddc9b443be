from django.urls import path

from . import views

app_name = "accounts"
urlpatterns = [
    path("settings/name/", views.first_name, name="first_name"),
    path("settings/preferences/", views.preferences, name="preferences"),
    path("settings/calendar/new/", views.feed_new, name="feed_new"),
    path("settings/calendar/off/", views.feed_off, name="feed_off"),
]

from django.urls import path

from . import views

app_name = "core"
urlpatterns = [
    path("", views.landing, name="landing"),
    path("health/", views.health, name="health"),
    path("settings/", views.settings_page, name="settings"),
    path("settings/mail-test/", views.mail_test, name="mail_test"),
]

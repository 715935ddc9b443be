"""Reflect's front page, and each feature's own urls.py (paths and names as they were)."""

from django.urls import include, path

from . import home

urlpatterns = [
    path("", home.reflect_home, name="reflect_home"),
    path("patterns/", home.patterns_page, name="reflect_patterns"),
    path("", include("onward.reflect.debriefs.urls")),
    path("", include("onward.reflect.mentoring.urls")),
    path("", include("onward.reflect.strengths.urls")),
    path("", include("onward.reflect.stories.urls")),
]

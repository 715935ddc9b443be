"""Reflect's front page, and each feature's own urls.py (paths and names as they were)."""

from django.urls import URLPattern, URLResolver, include, path

from onward.plans.models import Step
from onward.plans.pages import step_page

from . import home
from .debriefs.views import debrief_for_step
from .mentoring.views import mentor_for_step
from .strengths.views import strengths_for_step

# The plan's steps open at /steps/<pk>/<kind>/, outside /reflect/.
step_pages = [
    step_page(Step.Kind.REFLECT, debrief_for_step),
    step_page(Step.Kind.MENTOR, mentor_for_step),
    step_page(Step.Kind.STRENGTHS, strengths_for_step),
]

_pages: list[URLPattern | URLResolver] = [
    path("", home.reflect_home, name="reflect_home"),
    path("patterns/", home.patterns_page, name="reflect_patterns"),
    path("", include("onward.reflect.debriefs.urls")),
    path("", include("onward.reflect.mentoring.urls")),
    path("", include("onward.reflect.strengths.urls")),
    path("", include("onward.reflect.stories.urls")),
]

app_name = "reflect"
urlpatterns = [
    *step_pages,
    path("reflect/", include(_pages)),
]

from django.urls import path

from onward.plans.models import Step
from onward.plans.pages import step_page

from . import views

# The plan's step opens at /steps/<pk>/stay-in-touch/ (routed by the root URLconf).
step_pages = [step_page(Step.Kind.STAY_IN_TOUCH, views.stay_in_touch_for_step)]

# Mounted at /people/ by the root URLconf, beside the records' own pages.
urlpatterns = [
    path("losing-touch/", views.losing_touch, name="losing_touch"),
    path("<int:pk>/reminder/", views.person_reminder, name="person_reminder"),
]

from django.urls import path

from onward.plans.models import Step
from onward.plans.pages import step_page

from . import views

urlpatterns = [
    path("people/losing-touch/", views.losing_touch, name="losing_touch"),
    path("people/<int:pk>/reminder/", views.person_reminder, name="person_reminder"),
    step_page(Step.Kind.STAY_IN_TOUCH, views.stay_in_touch_for_step),
]

from django.urls import path

from onward.plans.models import Step
from onward.plans.pages import step_page

from . import keep_in_touch

urlpatterns = [
    path("people/losing-touch/", keep_in_touch.losing_touch, name="losing_touch"),
    path("people/<int:pk>/reminder/", keep_in_touch.person_reminder, name="person_reminder"),
    step_page(Step.Kind.STAY_IN_TOUCH, keep_in_touch.stay_in_touch_for_step),
]

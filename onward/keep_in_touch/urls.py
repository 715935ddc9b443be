from django.urls import include, path

from onward.plans.models import Step
from onward.plans.pages import step_page

from . import views

# The plan's step opens at /steps/<pk>/stay-in-touch/.
step_pages = [step_page(Step.Kind.STAY_IN_TOUCH, views.stay_in_touch_for_step)]

# Under /people/, beside the records' own pages.
_pages = [
    path("losing-touch/", views.losing_touch, name="losing_touch"),
    path("<int:pk>/reminder/", views.person_reminder, name="person_reminder"),
]

app_name = "keep_in_touch"
urlpatterns = [
    *step_pages,
    path("people/", include(_pages)),
]

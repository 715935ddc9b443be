from django.urls import path

from . import keep_in_touch

urlpatterns = [
    path("people/losing-touch/", keep_in_touch.losing_touch, name="losing_touch"),
    path("people/<int:pk>/reminder/", keep_in_touch.person_reminder, name="person_reminder"),
    path(
        "steps/<int:pk>/stay-in-touch/",
        keep_in_touch.stay_in_touch_for_step,
        name="stay_in_touch_for_step",
    ),
]

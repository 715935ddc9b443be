from django.urls import path

from onward.plans.models import Step
from onward.plans.pages import step_page

from . import views

app_name = "outlook"
urlpatterns = [
    path("checkin/", views.checkin, name="checkin"),
    step_page(Step.Kind.PAUSE, views.checkin_for_step),
    step_page(Step.Kind.SILVER_LINING, views.reframe_for_step),
    path("reframes/<int:pk>/", views.reframe_detail, name="reframe_detail"),
    path("reframes/<int:pk>/edit/", views.reframe_edit, name="reframe_edit"),
    path("reframes/<int:pk>/done/", views.reframe_step_done, name="reframe_step_done"),
    path("reframes/<int:pk>/undo/", views.reframe_step_undo, name="reframe_step_undo"),
]

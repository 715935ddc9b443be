from django.urls import path

from . import views
from .models import Step
from .pages import step_page

app_name = "plans"
urlpatterns = [
    path("today/", views.today, name="today"),
    path("plans/<int:pk>/", views.plan_detail, name="plan_detail"),
    path("steps/<int:pk>/", views.step_open, name="step_open"),
    path("steps/<int:pk>/done/", views.step_done, name="step_done"),
    path("steps/<int:pk>/skip/", views.step_skip, name="step_skip"),
    path("steps/<int:pk>/snooze/", views.step_snooze, name="step_snooze"),
    path("steps/<int:pk>/undo/", views.step_undo, name="step_undo"),
    step_page(Step.Kind.MOVE_ON, views.move_on_for_step),
]

from django.urls import path

from onward.plans.models import Step
from onward.plans.pages import moved_to

from . import views

urlpatterns = [
    # The old address of the plan step's page.
    path("steps/<int:pk>/debrief/", moved_to(Step.Kind.REFLECT)),
    path("rejections/<int:pk>/debrief/", views.debrief_new, name="debrief_new"),
    path("debriefs/<int:pk>/", views.debrief_detail, name="debrief_detail"),
    path("debriefs/<int:pk>/edit/", views.debrief_edit, name="debrief_edit"),
    path("debriefs/<int:pk>/delete/", views.debrief_delete, name="debrief_delete"),
]

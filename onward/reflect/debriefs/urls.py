from django.urls import path

from . import views

urlpatterns = [
    path("steps/<int:pk>/debrief/", views.debrief_for_step, name="debrief_for_step"),
    path("rejections/<int:pk>/debrief/", views.debrief_new, name="debrief_new"),
    path("debriefs/<int:pk>/", views.debrief_detail, name="debrief_detail"),
    path("debriefs/<int:pk>/edit/", views.debrief_edit, name="debrief_edit"),
    path("debriefs/<int:pk>/delete/", views.debrief_delete, name="debrief_delete"),
]

from django.urls import path

from . import views

urlpatterns = [
    path("steps/<int:pk>/silver-lining/", views.reframe_for_step, name="reframe_for_step"),
    path("reframes/<int:pk>/", views.reframe_detail, name="reframe_detail"),
    path("reframes/<int:pk>/edit/", views.reframe_edit, name="reframe_edit"),
    path("reframes/<int:pk>/done/", views.reframe_step_done, name="reframe_step_done"),
    path("reframes/<int:pk>/undo/", views.reframe_step_undo, name="reframe_step_undo"),
]

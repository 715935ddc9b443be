from django.urls import path

from . import views

urlpatterns = [
    path("strengths/", views.strengths_home, name="strengths_home"),
    path("strengths/start/", views.strengths_start, name="strengths_start"),
    path("strengths/how-it-works/", views.strengths_method, name="strengths_method"),
    path("strengths/<int:pk>/", views.strengths_report, name="strengths_report"),
    path("strengths/<int:pk>/page/<int:page>/", views.strengths_page, name="strengths_page"),
]

from django.urls import include, path

from . import views

app_name = "pipeline"
urlpatterns = [
    path(
        "applications/",
        include(
            [
                path("", views.application_list, name="application_list"),
                path("new/", views.application_new, name="application_new"),
                path("<int:pk>/", views.application_detail, name="application_detail"),
                path("<int:pk>/delete/", views.application_delete, name="application_delete"),
                path("<int:pk>/stage/", views.application_stage, name="application_stage"),
                path("<int:pk>/interviews/new/", views.interview_new, name="interview_new"),
                path("<int:pk>/rejection/", views.rejection_new, name="rejection_new"),
            ]
        ),
    ),
]

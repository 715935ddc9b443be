from django.urls import include, path

from . import views

app_name = "imports"

_pages = [
    path("", views.home, name="home"),
    path("applications/", views.applications_upload, name="applications"),
    path("applications/preview/", views.applications_preview, name="applications_preview"),
    path("linkedin/", views.linkedin_upload, name="linkedin"),
    path("linkedin/preview/", views.linkedin_preview, name="linkedin_preview"),
    path("vcards/", views.vcards_upload, name="vcards"),
    path("vcards/preview/", views.vcards_preview, name="vcards_preview"),
    path("people.vcf", views.people_vcf, name="people_vcf"),
]

urlpatterns = [path("imports/", include(_pages))]

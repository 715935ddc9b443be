from django.urls import path

from . import views

app_name = "portability"
urlpatterns = [
    path("settings/data/", views.your_data, name="your_data"),
    path("settings/data/onward-export.json", views.download_json, name="download_json"),
    path("settings/data/onward-spreadsheets.zip", views.download_csv, name="download_csv"),
    path("settings/data/import/", views.import_preview, name="import_preview"),
    path("settings/data/import/confirm/", views.import_confirm, name="import_confirm"),
    path("settings/delete/", views.delete, name="delete"),
]

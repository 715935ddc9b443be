from django.urls import path

from . import views

app_name = "demo"
urlpatterns = [
    path("welcome/sample/", views.sample_data_add, name="sample_data_add"),
    path("settings/sample/clear/", views.sample_data_clear, name="sample_data_clear"),
]

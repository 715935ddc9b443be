from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "onward.api"
    label = "api"
    verbose_name = "API"

from django.apps import AppConfig


class ImportsConfig(AppConfig):
    name = "onward.imports"
    label = "imports"
    verbose_name = "Bring your search with you"

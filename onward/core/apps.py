from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "onward.core"
    label = "core"

from django.apps import AppConfig


class ReflectConfig(AppConfig):
    name = "onward.reflect"
    label = "reflect"
    verbose_name = "Reflect and grow"

    def ready(self) -> None:
        from onward.core.registry import register_today_source

        from . import tasks  # noqa: F401  (huey finds the jobs when the app loads)
        from .today import today_items

        register_today_source(today_items)

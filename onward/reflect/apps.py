from django.apps import AppConfig


class ReflectConfig(AppConfig):
    name = "onward.reflect"
    label = "reflect"
    verbose_name = "Reflect and grow"

    def ready(self) -> None:
        from . import tasks  # noqa: F401  (huey finds the jobs when the app loads)

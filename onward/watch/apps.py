from django.apps import AppConfig


class WatchConfig(AppConfig):
    name = "onward.watch"
    label = "watch"
    verbose_name = "Company watch"

    def ready(self) -> None:
        from . import tasks  # noqa: F401  (registers the worker's jobs)

from django.apps import AppConfig


class WatchConfig(AppConfig):
    name = "onward.watch"
    label = "watch"
    verbose_name = "Company watch"

    def ready(self) -> None:
        from onward.core.registry import register_demo_populator, register_step_page

        from . import tasks  # noqa: F401  (registers the worker's jobs)
        from .demo import populate

        register_step_page("watch", "watch_for_step")
        register_demo_populator(populate)

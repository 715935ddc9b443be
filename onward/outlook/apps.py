from django.apps import AppConfig


class OutlookConfig(AppConfig):
    name = "onward.outlook"
    label = "outlook"

    def ready(self) -> None:
        from onward.core.registry import register_today_source

        from . import signals  # noqa: F401  (sample check-ins leave with the sample data)
        from .today import today_items

        register_today_source(today_items)

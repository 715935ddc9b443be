from django.apps import AppConfig


class OutlookConfig(AppConfig):
    name = "onward.outlook"
    label = "outlook"

    def ready(self) -> None:
        from onward.core.registry import (
            register_demo_populator,
            register_today_source,
        )

        from . import signals  # noqa: F401  (sample check-ins leave with the sample data)
        from .demo import populate
        from .today import today_items

        register_today_source(today_items)
        register_demo_populator(populate)

from django.apps import AppConfig


class OutlookConfig(AppConfig):
    name = "onward.outlook"
    label = "outlook"

    def ready(self) -> None:
        from . import signals  # noqa: F401  (sample check-ins leave with the sample data)

from django.apps import AppConfig


class InsightsConfig(AppConfig):
    name = "onward.insights"
    label = "insights"

    def ready(self) -> None:
        from . import tasks  # noqa: F401  (registers the digest's hourly job)

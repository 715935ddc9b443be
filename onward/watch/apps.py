from django.apps import AppConfig


class WatchConfig(AppConfig):
    name = "onward.watch"
    label = "watch"
    verbose_name = "Company watch"

    def ready(self) -> None:
        from onward.core.registry import register_today_source
        from onward.notes.services import register_drafter

        from . import tasks  # noqa: F401  (registers the worker's jobs)
        from .drafts import draft_re_engage
        from .today import today_alerts

        register_today_source(today_alerts)
        register_drafter("re_engage", draft_re_engage)

from django.apps import AppConfig


class PeopleConfig(AppConfig):
    name = "onward.people"
    label = "people"

    def ready(self) -> None:
        from onward.core.registry import register_today_source

        from .reminders import today_reminders

        register_today_source(today_reminders)

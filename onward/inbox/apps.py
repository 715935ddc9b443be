from django.apps import AppConfig


class InboxConfig(AppConfig):
    name = "onward.inbox"
    label = "inbox"
    verbose_name = "Inbox"

    def ready(self) -> None:
        from onward.core.registry import register_today_source

        from . import today

        register_today_source(today.review_items)
        register_today_source(today.connect_items)

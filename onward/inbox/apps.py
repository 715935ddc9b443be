from django.apps import AppConfig


class InboxConfig(AppConfig):
    name = "onward.inbox"
    label = "inbox"
    verbose_name = "Inbox"

    def ready(self) -> None:
        from onward.core.registry import register_demo_populator

        from . import demo

        register_demo_populator(demo.populate)

from django.apps import AppConfig


class InboxConfig(AppConfig):
    name = "onward.inbox"
    label = "inbox"
    verbose_name = "Inbox"

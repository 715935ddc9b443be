from django.apps import AppConfig


class WatchConfig(AppConfig):
    name = "onward.watch"
    label = "watch"

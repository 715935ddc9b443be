from django.apps import AppConfig


class OutlookConfig(AppConfig):
    name = "onward.outlook"
    label = "outlook"

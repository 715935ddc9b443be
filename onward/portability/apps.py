from django.apps import AppConfig


class PortabilityConfig(AppConfig):
    name = "onward.portability"
    label = "portability"

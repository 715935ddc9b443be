from django.apps import AppConfig


class ReflectConfig(AppConfig):
    name = "onward.reflect"
    label = "reflect"

from django.apps import AppConfig


class PlansConfig(AppConfig):
    name = "onward.plans"
    label = "plans"

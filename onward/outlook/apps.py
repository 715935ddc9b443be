from django.apps import AppConfig


class OutlookConfig(AppConfig):
    name = "onward.outlook"
    label = "outlook"

    def ready(self) -> None:
        from onward.core.registry import register_demo_populator, register_step_page

        from . import signals  # noqa: F401  (sample check-ins leave with the sample data)
        from .demo import populate

        register_step_page("silver_lining", "reframe_for_step")
        register_demo_populator(populate)

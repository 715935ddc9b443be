from django.apps import AppConfig


class ReflectConfig(AppConfig):
    name = "onward.reflect"
    label = "reflect"
    verbose_name = "Reflect and grow"

    def ready(self) -> None:
        from onward.core.registry import register_demo_populator, register_step_page

        from . import tasks  # noqa: F401  (huey finds the jobs when the app loads)
        from .demo import populate

        register_step_page("reflect", "debrief_for_step")
        register_step_page("mentor", "mentor_for_step")
        register_demo_populator(populate)

from django.apps import AppConfig


class PeopleConfig(AppConfig):
    name = "onward.people"
    label = "people"

    def ready(self) -> None:
        from onward.core.registry import register_demo_populator, register_step_page

        from .demo import populate

        register_step_page("stay_in_touch", "stay_in_touch_for_step")
        register_demo_populator(populate)

from django.apps import AppConfig


class PlansConfig(AppConfig):
    name = "onward.plans"
    label = "plans"

    def ready(self) -> None:
        from onward.pipeline.signals import rejection_recorded

        from .receivers import plan_for_rejection
        from .results import finders

        rejection_recorded.connect(plan_for_rejection, dispatch_uid="plans.plan_for_rejection")
        finders()  # a wrong path in ONWARD_STEP_RESULTS stops the app at startup

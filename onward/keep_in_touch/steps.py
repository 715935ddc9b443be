"""What the plan's "stay in touch" step leads back to (ONWARD_STEP_RESULTS)."""

from __future__ import annotations

from django.urls import reverse

from onward.plans.models import Step
from onward.plans.results import StepResult


def result(step: Step) -> StepResult | None:
    # The touches themselves live in each person's history; the step's page lists them all.
    if step.state != Step.State.DONE:
        return None
    url = reverse("keep_in_touch:stay_in_touch_for_step", args=[step.pk])
    return StepResult("See your people", url)

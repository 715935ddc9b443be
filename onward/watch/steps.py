"""What the plan's "keep an eye on them" step produced: the watch (ONWARD_STEP_RESULTS)."""

from __future__ import annotations

from onward.plans.models import Step
from onward.plans.results import StepResult

from .models import Watch


def result(step: Step) -> StepResult | None:
    rejection = step.plan.rejection
    watch = Watch.objects.filter(
        user_id=step.plan.user_id, company_id=rejection.application.company_id
    ).first()
    if watch is None:
        return None
    return StepResult("See the watch", watch.get_absolute_url(), f"Watching {watch.company}")

"""Plan steps in any template: what a done step produced, and the step after this one."""

from __future__ import annotations

from typing import Any

from django import template
from django.utils import timezone

from onward.lib.dates import human_date
from onward.plans.models import Step
from onward.plans.results import StepResult, result_of
from onward.plans.services import next_step_after

register = template.Library()


@register.simple_tag
def step_result(step: Step) -> StepResult | None:
    """{% step_result step as result %}: the note, debrief, watch... a finished step made."""
    return result_of(step) if step.state != Step.State.OPEN else None


@register.inclusion_tag("plans/_next_step.html")
def next_step_link(step: Step | None) -> dict[str, Any]:
    """{% next_step_link note.step %}: "Next: Thank Tom" once this step is behind you."""
    if step is None:
        return {"upcoming": None, "plan": None}
    upcoming = next_step_after(step)
    when = ""
    if upcoming is not None:
        today = timezone.localdate()
        when = "ready now" if upcoming.due_on <= today else human_date(upcoming.due_on, today)
    return {"upcoming": upcoming, "when": when, "plan": step.plan}

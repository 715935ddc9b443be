"""What the plan's pause and silver-lining steps produced (ONWARD_STEP_RESULTS)."""

from __future__ import annotations

from django.urls import reverse

from onward.lib.dates import human_date
from onward.plans.models import Step
from onward.plans.results import StepResult

from .models import MoodCheckIn, Reframe


def checkin_result(step: Step) -> StepResult | None:
    checkin = (
        MoodCheckIn.objects.filter(user_id=step.plan.user_id, rejection_id=step.plan.rejection_id)
        .order_by("created_at")
        .first()
    )
    if checkin is None:
        return None
    # One check-in has no page of its own; the mood chart shows it among the others.
    url = reverse("insights:insights") + "#mood"
    return StepResult(
        "See how you've been feeling", url, f"You felt {checkin.get_mood_display().lower()}"
    )


def reframe_result(step: Step) -> StepResult | None:
    reframe = Reframe.objects.filter(rejection_id=step.plan.rejection_id).first()
    if reframe is None:
        return None
    when = "done" if reframe.next_step_done else f"by {human_date(reframe.next_step_due)}"
    return StepResult(
        "See your silver lining",
        reframe.get_absolute_url(),
        ", ".join(reframe.door_labels),
        (f"{reframe.next_step} ({when})",),
    )

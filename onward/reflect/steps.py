"""What the plan's reflect, strengths and mentor steps produced (ONWARD_STEP_RESULTS).

Their points are what the chapter's ending lists under "What you learned".
"""

from __future__ import annotations

import datetime as dt

from django.utils.text import Truncator

from onward.plans.models import Step
from onward.plans.results import StepResult

from .debriefs.models import Debrief
from .mentoring.models import ActionItem, MentorRequest
from .strengths.inventory import STRENGTHS
from .strengths.models import InventoryTake
from .strengths.scoring import TOP

POINT_WORDS = 25
# A take finished a moment before its step is marked done, in the same request.
SAME_MOMENT = dt.timedelta(minutes=1)


def _first_line(text: str) -> str:
    line = next((line.strip(" -*\u2022\t") for line in text.splitlines() if line.strip()), "")
    return Truncator(line).words(POINT_WORDS)


def debrief_result(step: Step) -> StepResult | None:
    debrief = Debrief.objects.filter(rejection_id=step.plan.rejection_id).first()
    if debrief is None:
        return None
    points = []
    if went_well := _first_line(debrief.went_well):
        points.append(f"What went well: {went_well}")
    if differently := _first_line(debrief.differently):
        points.append(f"Next time: {differently}")
    return StepResult("Read your debrief", debrief.get_absolute_url(), points=tuple(points))


def mentor_result(step: Step) -> StepResult | None:
    ask = (
        MentorRequest.objects.filter(user_id=step.plan.user_id, step=step).first()
        or MentorRequest.objects.filter(
            user_id=step.plan.user_id, rejection_id=step.plan.rejection_id
        ).first()
    )
    if ask is None:
        return None
    replied = ask.replies.exists()
    summary = (
        f"{ask.mentor_first_name} replied"
        if replied
        else f"Waiting to hear from {ask.mentor_first_name}"
    )
    actions = ActionItem.objects.filter(request=ask).values_list("title", flat=True)
    return StepResult(
        f"See your request to {ask.mentor_first_name}",
        ask.get_absolute_url(),
        summary,
        tuple(f"To do: {title}" for title in actions),
    )


def strengths_result(step: Step) -> StepResult | None:
    takes = InventoryTake.objects.filter(user_id=step.plan.user_id, finished_at__isnull=False)
    if step.done_at:
        takes = takes.filter(finished_at__lte=step.done_at + SAME_MOMENT)
    take = takes.order_by("-finished_at").first()
    if take is None:
        return None
    # The result frozen when the take finished, so a later change of wording rewrites nothing.
    names = {strength.key: strength.name for strength in STRENGTHS}
    ranked = sorted(take.result.items(), key=lambda item: item[1]["rank"])
    top = [names[key] for key, _ in ranked if key in names][:TOP]
    points = (f"Your strengths: {', '.join(top)}",) if top else ()
    return StepResult("See your strengths", take.get_absolute_url(), points=points)

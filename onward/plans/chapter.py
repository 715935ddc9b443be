"""Closing the chapter: a look back at what a plan did, and the step that ends it.

The "move on" step has its own page: what you did, who you thanked, what you learned,
your next step and the people you will keep in touch with. Closing asks first when steps
are still open; saying yes sets them aside (each can be brought back from the plan).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db import transaction
from django.urls import reverse

from onward.accounts.prefs import preferences_for
from onward.people import cadence
from onward.people.cadence import Reminder
from onward.pipeline.services import interviewers_of

from . import services
from .models import AftercarePlan, Step
from .results import StepResult, results_of

SET_ASIDE = "Set aside when you closed the chapter"
# Whose results hold something to carry on with, and under which heading.
LEARNED_FROM = (Step.Kind.REFLECT, Step.Kind.STRENGTHS, Step.Kind.MENTOR)
NEXT_FROM = (Step.Kind.SILVER_LINING,)


@dataclass
class Chapter:
    plan: AftercarePlan
    step: Step  # the "move on" step
    done: list[tuple[Step, StepResult | None]] = field(default_factory=list)
    skipped: list[Step] = field(default_factory=list)
    still_open: list[Step] = field(default_factory=list)
    thanked: list[tuple[Step, StepResult | None]] = field(default_factory=list)
    learned: list[str] = field(default_factory=list)
    next_steps: list[str] = field(default_factory=list)
    people: list[Reminder] = field(default_factory=list)

    @property
    def is_closed(self) -> bool:
        return self.step.state == Step.State.DONE


def chapter_of(step: Step) -> Chapter:
    plan = step.plan
    steps = [s for s in plan.steps.select_related("person") if s.pk != step.pk]
    results = results_of(steps)
    chapter = Chapter(plan=plan, step=step)
    for s in steps:
        result = results.get(s.pk)
        if s.state == Step.State.DONE:
            chapter.done.append((s, result))
            if s.kind == Step.Kind.THANK:
                chapter.thanked.append((s, result))
        elif s.state == Step.State.SKIPPED:
            chapter.skipped.append(s)
        else:
            chapter.still_open.append(s)
        # A debrief written after its step was skipped still taught something.
        if result and s.kind in LEARNED_FROM:
            chapter.learned += result.points
        if result and s.kind in NEXT_FROM:
            chapter.next_steps += result.points
    prefs = preferences_for(plan.user)
    zone, today = prefs.zone, prefs.local_today()
    for person in interviewers_of(plan.rejection.application):
        if reminder := cadence.reminder_for(person, zone, today):
            chapter.people.append(reminder)
    return chapter


@transaction.atomic
def close(step: Step) -> list[Step]:
    """Close the chapter: open steps are set aside (skipped), the "move on" step is done.
    Returns the steps set aside."""
    still_open = list(step.plan.steps.filter(state=Step.State.OPEN).exclude(pk=step.pk))
    for other in still_open:
        services.skip(other, SET_ASIDE)
    services.mark_done(step)
    return still_open


def result(step: Step) -> StepResult | None:
    """The "move on" step's result is the look back itself."""
    if step.state != Step.State.DONE:
        return None
    url = reverse("plans:move_on_for_step", args=[step.pk])
    return StepResult("Look back at this chapter", url)

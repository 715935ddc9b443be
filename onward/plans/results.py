"""What a finished step produced: the note, the debrief, the watch... and a link to it.

The work of a step lives in the app that owns its page, above plans, so plans cannot look
it up itself. Each app names a function in `settings.ONWARD_STEP_RESULTS` (by step kind),
`result(step) -> StepResult | None`, the way Today's items are named in ONWARD_DUE_SOURCES.
The plan links each done step to its result; the chapter's ending gathers them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django.conf import settings

from onward.core.plugins import load

from .models import Step

SETTING = "ONWARD_STEP_RESULTS"


@dataclass(frozen=True)
class StepResult:
    label: str  # the link's words: "See the note you sent"
    url: str
    summary: str = ""  # one line, for the chapter's ending: "Sent by email, Tue 1 Dec"
    points: tuple[str, ...] = ()  # what is worth carrying on: lessons, a next step


Finder = Callable[[Step], StepResult | None]


def finders() -> dict[str, Finder]:
    """Every function the setting names; a wrong path stops the app at startup."""
    return {kind: load(SETTING, path) for kind, path in getattr(settings, SETTING).items()}


def result_of(step: Step) -> StepResult | None:
    path = getattr(settings, SETTING).get(step.kind)
    return load(SETTING, path)(step) if path else None


def results_of(steps: Iterable[Step]) -> dict[int, StepResult]:
    """Results by step id, for the steps that have one."""
    found = {step.pk: result_of(step) for step in steps}
    return {pk: result for pk, result in found.items() if result is not None}

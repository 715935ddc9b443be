"""The aftercare plan: the playbook turned into dated steps, and what a user does with them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone

from onward.core import versions
from onward.core.ownership import owned_or_404
from onward.pipeline.models import Rejection
from onward.pipeline.services import interviewers_of

from .models import SNOOZE_DAYS, AftercarePlan, Step

KEEP_IN_TOUCH_DAYS = 90
# After the notes and the debrief, before asking a mentor: the strengths give that talk words.
STRENGTHS_DAY = 4
# Said as advice, not as a question a reader could take for an invitation to ask.
MENTOR_DETAIL = (
    "Skip asking the company why: they rarely answer, and it can put them on the defensive. "
    "Talk it through with a mentor you trust instead."
)


@dataclass(frozen=True)
class Planned:
    kind: str
    day: int
    title: str
    detail: str
    person_id: int | None = None


def planned_steps(rejection: Rejection) -> list[Planned]:
    """The playbook, in order: pause, thank, reflect, strengths, mentor, silver lining,
    stay in touch, watch, move on. Pure, so each kind of rejection can be checked without
    a database write."""
    application = rejection.application
    company = application.company.name
    people = interviewers_of(application)
    steps = [
        Planned(
            Step.Kind.PAUSE,
            0,
            "Pause, and check in with yourself",
            "It's OK to feel upset. Give yourself today; the next steps start tomorrow.",
        )
    ]
    for index, person in enumerate(people):
        # Spread the notes over two days so no single day asks too much.
        steps.append(
            Planned(
                Step.Kind.THANK,
                1 if index < 2 else 2,
                f"Thank {person.name}",
                f"{person.title or 'Interviewer'}: a short note keeps the door open.",
                person.pk,
            )
        )
    steps += [
        Planned(
            Step.Kind.REFLECT,
            2,
            "Reflect on how it went",
            "What went well, what you'd do differently. For you, not for them.",
        ),
        Planned(
            Step.Kind.STRENGTHS,
            STRENGTHS_DAY,
            "Know your strengths",
            "Ten minutes, whenever you like: find the strengths to lead with next time.",
        ),
        Planned(Step.Kind.MENTOR, 5, "Ask a mentor for advice", MENTOR_DETAIL),
        Planned(
            Step.Kind.SILVER_LINING,
            7,
            "Find the silver lining",
            "What might this open the door to? One small next step is enough.",
        ),
    ]
    if people:
        names = ", ".join(person.first_name for person in people)
        steps.append(
            Planned(
                Step.Kind.STAY_IN_TOUCH,
                14,
                "Stay in touch",
                f"A light touch with {names}: share something useful, or just say hello.",
            )
        )
    if rejection.would_work_there:
        steps.append(
            Planned(
                Step.Kind.WATCH,
                3,
                f"Keep an eye on {company}",
                f"If {company} hires again, a better-fitting role may open. Onward can watch.",
            )
        )
    steps.append(
        Planned(
            Step.Kind.MOVE_ON,
            14,
            "Close this chapter",
            "You did the gracious things. Time to look forward.",
        )
    )
    return steps


@dataclass(frozen=True)
class Progress:
    """How far a plan has come, said calmly: "3 of 9 done"."""

    done: int
    skipped: int
    total: int
    ahead: list[Step]  # the open steps, in the plan's order

    @property
    def next_step(self) -> Step | None:
        return self.ahead[0] if self.ahead else None

    @property
    def focus(self) -> list[Step]:
        """The steps shown with all their buttons; the rest of the plan stays folded."""
        return self.ahead[:FOCUS]

    @property
    def started(self) -> bool:
        return bool(self.done or self.skipped)


# "One step at a time": the next step or two get their buttons, the rest wait folded.
FOCUS = 2


def progress(plan: AftercarePlan) -> Progress:
    steps = list(plan.steps.all())
    return Progress(
        done=sum(1 for step in steps if step.state == Step.State.DONE),
        skipped=sum(1 for step in steps if step.state == Step.State.SKIPPED),
        total=len(steps),
        ahead=[step for step in steps if step.state == Step.State.OPEN],
    )


def next_step_after(step: Step) -> Step | None:
    """The plan's next open step once `step` is behind you (not `step` itself)."""
    return step.plan.steps.filter(state=Step.State.OPEN).exclude(pk=step.pk).first()


def step_of_kind(user: User, pk: int, kind: str) -> Step:
    """The page of a step of `kind`: the user's own step of that kind, or a 404 for a step
    that is missing, someone else's or of another kind (a stranger learns nothing)."""
    steps = Step.objects.select_related("plan__rejection__application__company", "person")
    return owned_or_404(steps, user, "plan__user", pk=pk, kind=kind)


@transaction.atomic
def build_plan(rejection: Rejection, today: dt.date | None = None) -> AftercarePlan:
    starts_on = today or timezone.localdate()
    plan = AftercarePlan.objects.create(
        user=rejection.user, rejection=rejection, starts_on=starts_on
    )
    order = list(Step.Kind.values)
    planned = planned_steps(rejection)
    Step.objects.bulk_create(
        Step(
            plan=plan,
            kind=item.kind,
            position=order.index(item.kind) * 100 + index,
            title=item.title,
            detail=item.detail,
            person_id=item.person_id,
            due_on=starts_on + dt.timedelta(days=item.day),
        )
        for index, item in enumerate(planned)
    )
    versions.changed([plan.user_id])  # bulk_create sends no signal
    # Interviewers become contacts on a keep-in-touch cadence (unless one is already set).
    for person in interviewers_of(rejection.application):
        if person.keep_in_touch_days is None:
            person.keep_in_touch_days = KEEP_IN_TOUCH_DAYS
            person.save(update_fields=["keep_in_touch_days"])
    return plan


@transaction.atomic
def mark_done(step: Step) -> None:
    step.state = Step.State.DONE
    step.done_at = timezone.now()
    step.save(update_fields=["state", "done_at"])


@transaction.atomic
def skip(step: Step, reason: str) -> None:
    step.state = Step.State.SKIPPED
    step.skip_reason = reason.strip()
    step.done_at = timezone.now()
    step.save(update_fields=["state", "skip_reason", "done_at"])


@transaction.atomic
def snooze(step: Step, days: int = SNOOZE_DAYS) -> None:
    base = max(step.due_on, timezone.localdate())
    step.due_on = base + dt.timedelta(days=days)
    step.snoozed_times += 1
    step.save(update_fields=["due_on", "snoozed_times"])


@transaction.atomic
def reopen(step: Step) -> None:
    """Undo a done or skip."""
    step.state = Step.State.OPEN
    step.skip_reason = ""
    step.done_at = None
    step.save(update_fields=["state", "skip_reason", "done_at"])

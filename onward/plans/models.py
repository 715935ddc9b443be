"""The aftercare plan a rejection starts, and its dated steps."""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone

# How far "move it on" pushes a step: long enough to breathe, short enough not to drift.
SNOOZE_DAYS = 2


class AftercarePlan(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    rejection = models.OneToOneField(
        "pipeline.Rejection", on_delete=models.CASCADE, related_name="plan"
    )
    starts_on = models.DateField()
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-starts_on", "-pk"]

    def __str__(self) -> str:
        return f"Plan for {self.rejection.application}"

    def get_absolute_url(self) -> str:
        return reverse("plans:plan_detail", args=[self.pk])

    @property
    def is_closed(self) -> bool:
        """The chapter is closed once its "move on" step is done."""
        return self.steps.filter(kind=Step.Kind.MOVE_ON, state=Step.State.DONE).exists()


class Step(models.Model):
    class Kind(models.TextChoices):
        # The playbook's order; plans list steps in this order within a day.
        PAUSE = "pause", "Pause and check in"
        THANK = "thank", "Thank"
        REFLECT = "reflect", "Reflect"
        STRENGTHS = "strengths", "Know your strengths"
        MENTOR = "mentor", "Ask a mentor"
        SILVER_LINING = "silver_lining", "Find the silver lining"
        STAY_IN_TOUCH = "stay_in_touch", "Stay in touch"
        WATCH = "watch", "Watch the company"
        MOVE_ON = "move_on", "Move on"

    class State(models.TextChoices):
        OPEN = "open", "To do"
        DONE = "done", "Done"
        SKIPPED = "skipped", "Skipped"

    plan = models.ForeignKey(AftercarePlan, on_delete=models.CASCADE, related_name="steps")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    position = models.PositiveSmallIntegerField(default=0)
    title = models.CharField(max_length=200)
    detail = models.CharField(max_length=400, blank=True)
    person = models.ForeignKey(
        "people.Person", null=True, blank=True, on_delete=models.SET_NULL, related_name="steps"
    )
    due_on = models.DateField()
    state = models.CharField(max_length=10, choices=State.choices, default=State.OPEN)
    snoozed_times = models.PositiveSmallIntegerField(default=0)
    skip_reason = models.CharField(max_length=300, blank=True)
    done_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["due_on", "position", "pk"]

    def __str__(self) -> str:
        return self.title

    @property
    def user_id(self) -> int:
        return self.plan.user_id

    # The page each kind opens (a URL name taking the step's pk; see plans/pages.py) and
    # the label of its button. A kind without a page is simply marked done.
    PAGES: ClassVar[dict[str, str]] = {
        Kind.PAUSE: "outlook:checkin_for_step",
        Kind.THANK: "notes:note_for_step",
        Kind.REFLECT: "reflect:debrief_for_step",
        Kind.STRENGTHS: "reflect:strengths_for_step",
        Kind.MENTOR: "reflect:mentor_for_step",
        Kind.SILVER_LINING: "outlook:reframe_for_step",
        Kind.STAY_IN_TOUCH: "keep_in_touch:stay_in_touch_for_step",
        Kind.WATCH: "watch:watch_for_step",
        Kind.MOVE_ON: "plans:move_on_for_step",
    }
    ACTION_LABELS: ClassVar[dict[str, str]] = {
        Kind.PAUSE: "Check in",
        Kind.THANK: "Write the note",
        Kind.REFLECT: "Reflect",
        Kind.STRENGTHS: "Find your strengths",
        Kind.MENTOR: "Ask a mentor",
        Kind.SILVER_LINING: "Find the silver lining",
        Kind.STAY_IN_TOUCH: "See your people",
        Kind.WATCH: "Set up the watch",
        Kind.MOVE_ON: "Look back and close",
    }

    @property
    def action_label(self) -> str:
        """The one-click action's button; "" when the step is only marked done."""
        return self.ACTION_LABELS.get(self.kind, "")

    @property
    def closes_on_its_page(self) -> bool:
        """Closing the chapter asks first (open steps are listed), so no one-click done."""
        return self.kind == self.Kind.MOVE_ON

    def snoozed_until(self, today: dt.date | None = None) -> dt.date:
        """Where "move it on" would put the step: counted from today if it is overdue."""
        return max(self.due_on, today or timezone.localdate()) + dt.timedelta(days=SNOOZE_DAYS)

    @property
    def company_name(self) -> str:
        return self.plan.rejection.application.company.name

    def timing(self, today: dt.date | None = None) -> str:
        """done / skipped / overdue / due / later: what the plan and Today show."""
        if self.state != self.State.OPEN:
            return str(self.state)
        today = today or timezone.localdate()
        if self.due_on < today:
            return "overdue"
        if self.due_on == today:
            return "due"
        return "later"

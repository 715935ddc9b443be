"""The guided reframe: from what happened to one concrete next step."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django import forms
from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone

from onward.core import versions
from onward.pipeline.models import Rejection, Stage
from onward.plans.models import Step
from onward.plans.services import mark_done

from .models import Reframe

NEXT_STEP_IN_DAYS = 3  # soon enough to matter, far enough to be kind
HOW_FAR: dict[str, str] = {
    Stage.SAVED: "getting ready to apply",
    Stage.APPLIED: "the application",
    Stage.SCREEN: "the phone screen",
    Stage.INTERVIEW: "the interviews",
    Stage.FINAL: "the final round",
    Stage.OFFER: "the offer",
}


def what_happened(rejection: Rejection) -> str:
    """A plain, neutral first line the user can keep or rewrite (no hard words in it)."""
    application = rejection.application
    stage = HOW_FAR.get(rejection.stage_reached, "the application")
    return (
        f"I heard back from {application.company.name} about the {application.role} role "
        f"on {rejection.received_on:%d %B}. It's not this time. I got as far as {stage}."
    )


class ReframeForm(forms.ModelForm):
    doors = forms.MultipleChoiceField(
        choices=Reframe.Door.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        label="Pick any that might be true",
    )
    next_step_due = forms.DateField(
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"), label="By when"
    )

    class Meta:
        model = Reframe
        fields = [
            "what_happened",
            "first_thought",
            "doors",
            "door_detail",
            "balanced",
            "next_step",
            "next_step_due",
        ]
        widgets = {
            "what_happened": forms.Textarea(attrs={"rows": 3}),
            "first_thought": forms.Textarea(attrs={"rows": 2}),
            "door_detail": forms.Textarea(attrs={"rows": 3}),
            "balanced": forms.Textarea(attrs={"rows": 4}),
        }
        labels = {
            "what_happened": "In a line or two",
            "first_thought": "The thought that came first",
            "door_detail": "In your words",
            "balanced": "What else is true?",
            "next_step": "The step",
        }
        help_texts = {
            "what_happened": "Just the facts, as you'd tell a friend.",
            "first_thought": "However harsh. It's only for you.",
            "door_detail": "A new idea to try in your current job, a better CV, a role that "
            "suits you better, someone you met…",
            "balanced": "What would you say to a friend in your place? What went well? "
            "What does getting this far tell you?",
            "next_step": "Small and concrete: “Rewrite my CV summary”, “Ask Dana about "
            "analytics engineering roles”.",
        }
        error_messages = {
            "what_happened": {"required": "A line or two about what happened is enough."},
            "balanced": {"required": "Try one kinder sentence, even a short one."},
            "next_step": {"required": "One small step makes this real. What could it be?"},
            "next_step_due": {"required": "Pick a day for it; you can move it later."},
        }

    def clean_next_step_due(self) -> dt.date:
        day: dt.date = self.cleaned_data["next_step_due"]
        if day < timezone.localdate() - dt.timedelta(days=1):
            raise forms.ValidationError("Pick today or a day ahead.")
        return day


def initial_for(rejection: Rejection) -> dict[str, Any]:
    return {
        "what_happened": what_happened(rejection),
        "next_step_due": timezone.localdate() + dt.timedelta(days=NEXT_STEP_IN_DAYS),
    }


@transaction.atomic
def save_reframe(form: ReframeForm, user: User, rejection: Rejection, step: Step | None) -> Reframe:
    reframe: Reframe = form.save(commit=False)
    reframe.user = user
    reframe.rejection = rejection
    if step is not None:
        reframe.step = step
    if "next_step" in form.changed_data or "next_step_due" in form.changed_data:
        # A new or moved next step is a fresh to-do, not one already done.
        reframe.next_step_done_at = None
    reframe.save()
    finishing = step or reframe.step
    if finishing is not None and finishing.state == Step.State.OPEN:
        mark_done(finishing)
    return reframe


@transaction.atomic
def finish_next_step(reframe: Reframe) -> None:
    Reframe.objects.filter(pk=reframe.pk, next_step_done_at__isnull=True).update(
        next_step_done_at=timezone.now()
    )
    versions.changed([reframe.user_id])
    reframe.refresh_from_db()


@transaction.atomic
def reopen_next_step(reframe: Reframe) -> None:
    Reframe.objects.filter(pk=reframe.pk).update(next_step_done_at=None)
    versions.changed([reframe.user_id])
    reframe.refresh_from_db()

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import messages
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import redirect, render

from onward.core.http import AuthedRequest
from onward.core.ownership import owned_or_404
from onward.plans.models import Step
from onward.plans.services import mark_done

from .models import MoodCheckIn


class CheckInForm(forms.ModelForm):
    class Meta:
        model = MoodCheckIn
        fields = ["mood", "words"]
        widgets = {"mood": forms.RadioSelect}
        labels = {"mood": "How are you feeling right now?"}
        error_messages = {"mood": {"required": "Pick the one closest to how you feel."}}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # No "select an option" radio: every choice is a real answer.
        self.fields["mood"].choices = list(MoodCheckIn.MOODS.items())  # type: ignore[attr-defined]


def checkin(request: AuthedRequest) -> HttpResponse:
    step = None
    step_id = request.GET.get("step") or request.POST.get("step")
    if step_id and step_id.isdigit():
        step = owned_or_404(Step, request.user, "plan__user", pk=int(step_id))
    form = CheckInForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            entry = form.save(commit=False)
            entry.user = request.user
            entry.rejection = step.plan.rejection if step else None
            entry.save()
            if step and step.state == Step.State.OPEN:
                mark_done(step)
        low = entry.mood <= 2
        messages.success(
            request,
            "Thank you for checking in. Go gently today; tomorrow's steps will wait."
            if low
            else "Thank you for checking in. The next steps start tomorrow.",
        )
        return redirect(step.plan if step else "today")
    recent = MoodCheckIn.objects.filter(user=request.user)[:5]
    return render(request, "outlook/checkin.html", {"form": form, "step": step, "recent": recent})

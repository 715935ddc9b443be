from __future__ import annotations

import datetime as dt
from typing import Any

from django import forms
from django.utils import timezone

from .models import Application, Interview, Rejection, Stage


class DateInput(forms.DateInput):
    input_type = "date"


class ApplicationForm(forms.Form):
    company = forms.CharField(max_length=200, label="Company")
    role = forms.CharField(max_length=200, label="Role", help_text="As the posting wrote it.")
    location = forms.CharField(max_length=200, required=False)
    job_url = forms.URLField(required=False, label="Link to the posting")
    applied_on = forms.DateField(required=False, widget=DateInput, label="Applied on")
    stage = forms.ChoiceField(
        choices=[c for c in Stage.choices if c[0] != Stage.OFFER],
        initial=Stage.APPLIED,
        label="Where it stands",
    )

    def clean_applied_on(self) -> dt.date | None:
        day = self.cleaned_data.get("applied_on")
        if day and day > timezone.localdate():
            raise forms.ValidationError("That date is in the future. When did you apply?")
        return day


class InterviewForm(forms.ModelForm):
    class Meta:
        model = Interview
        fields = ["held_on", "kind", "stage", "notes"]
        widgets = {"held_on": DateInput, "notes": forms.Textarea(attrs={"rows": 3})}
        labels = {
            "held_on": "Date",
            "kind": "Kind",
            "stage": "Stage",
            "notes": "What you talked about",
        }


class InterviewerForm(forms.Form):
    # Every row is optional as a whole, so marking each field "(optional)" would be noise.
    quiet_optional = True

    name = forms.CharField(max_length=200, required=False)
    title = forms.CharField(max_length=200, required=False)
    email = forms.EmailField(required=False)
    topics = forms.CharField(
        required=False,
        label="What you discussed with them",
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if not data.get("name") and (data.get("email") or data.get("title") or data.get("topics")):
            self.add_error("name", "Add their name, so Onward knows who to thank.")
        return data


InterviewerFormSet = forms.formset_factory(InterviewerForm, extra=3, max_num=12)


class RejectionForm(forms.ModelForm):
    class Meta:
        model = Rejection
        fields = [
            "received_on",
            "stage_reached",
            "channel",
            "message_text",
            "would_work_there",
            "future_interest",
        ]
        widgets = {
            "received_on": DateInput,
            "message_text": forms.Textarea(attrs={"rows": 4}),
        }
        labels = {
            "received_on": "When did you hear?",
            "stage_reached": "How far did you get?",
            "channel": "How did it arrive?",
            "message_text": "Their message",
            "would_work_there": "I'd still like to work there one day",
            "future_interest": "I'd like to be considered for future roles",
        }
        help_texts = {
            "message_text": "Paste it if you like. You can hide it later.",
            "future_interest": "Your notes will say so, kindly.",
        }

    def __init__(self, *args: Any, application: Application, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["received_on"].initial = timezone.localdate()
        self.fields["stage_reached"].initial = application.furthest_stage
        self.fields["stage_reached"].choices = [  # type: ignore[attr-defined]
            c for c in Stage.choices if c[0] not in (Stage.SAVED, Stage.OFFER)
        ]

    def clean_received_on(self) -> dt.date | None:
        day = self.cleaned_data.get("received_on")
        if day and day > timezone.localdate():
            raise forms.ValidationError("That date hasn't happened yet. When did the news arrive?")
        return day

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if not data.get("would_work_there"):
            # No future-interest line for a company the user would not work for.
            data["future_interest"] = False
        return data


class StageForm(forms.Form):
    stage = forms.ChoiceField(choices=Stage.choices, label="Move to")

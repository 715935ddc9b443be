from __future__ import annotations

from django import forms
from django.utils import timezone

from .models import Interaction, Person


class PersonForm(forms.ModelForm):
    class Meta:
        model = Person
        fields = [
            "name",
            "email",
            "title",
            "relationship",
            "linkedin_url",
            "postal_address",
            "how_we_met",
            "keep_in_touch_days",
            "notes",
        ]
        widgets = {
            "postal_address": forms.Textarea(attrs={"rows": 3}),
            "notes": forms.Textarea(attrs={"rows": 3}),
        }
        labels = {"keep_in_touch_days": "Keep in touch every (days)"}
        help_texts = {"postal_address": "Only needed to print an envelope."}


class InteractionForm(forms.ModelForm):
    happened_on = forms.DateField(
        widget=forms.DateInput(attrs={"type": "date"}), label="When", required=False
    )

    class Meta:
        model = Interaction
        fields = ["kind", "summary"]
        labels = {"kind": "What", "summary": "A few words"}

    def clean_happened_on(self) -> object:
        day = self.cleaned_data.get("happened_on") or timezone.localdate()
        if day > timezone.localdate():
            raise forms.ValidationError("Log what already happened; that date is ahead.")
        return day

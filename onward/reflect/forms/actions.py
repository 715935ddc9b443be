from __future__ import annotations

import datetime as dt
from typing import Any

from django import forms
from django.utils import timezone

from ..debriefs.dimensions import DIMENSIONS
from ..debriefs.patterns import FocusArea


class ActionForm(forms.Form):
    title = forms.CharField(
        max_length=200,
        label="What will you do?",
        help_text="Small and concrete: “Rewrite my CV summary for analytics roles”.",
    )
    due_on = forms.DateField(label="By when", widget=forms.DateInput(attrs={"type": "date"}))
    focus_key = forms.ChoiceField(required=False, label="It works on")

    def __init__(self, *args: Any, focus_areas: list[FocusArea], **kwargs: Any) -> None:
        kwargs.setdefault("initial", {})
        kwargs["initial"].setdefault("due_on", timezone.localdate() + dt.timedelta(days=7))
        super().__init__(*args, **kwargs)
        current = [(area.key, area.title) for area in focus_areas]
        others = [(d.key, d.focus) for d in DIMENSIONS if d.key not in {k for k, _ in current}]
        self.fields["focus_key"].choices = [  # type: ignore[attr-defined]
            ("", "Nothing in particular"),
            *current,
            *others,
        ]
        self.titles = dict(current + others)

    def clean_due_on(self) -> dt.date:
        due: dt.date = self.cleaned_data["due_on"]
        if due < timezone.localdate():
            raise forms.ValidationError("Choose today or a day ahead.")
        return due

    def focus_title(self) -> str:
        return self.titles.get(self.cleaned_data.get("focus_key", ""), "")

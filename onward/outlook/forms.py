from __future__ import annotations

from typing import Any

from django import forms

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

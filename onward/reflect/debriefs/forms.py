from __future__ import annotations

from typing import Any

from django import forms

from .dimensions import DIMENSIONS
from .models import Debrief

RATING_CHOICES = [(n, str(n)) for n in range(1, 6)]
HINTS = {
    "preparation": "How ready you felt walking in.",
    "depth": "How well you handled the role's own tools and problems.",
    "stories": "Real examples, told as situation, task, action, result.",
    "clarity": "Clear, to the point, easy to follow.",
    "questions_asked": "The questions you asked them.",
    "cv_fit": "How well your CV spoke to what they needed.",
    "rapport": "How the conversation felt between you.",
}


class DebriefForm(forms.ModelForm):
    class Meta:
        model = Debrief
        fields = [
            "stage_reached",
            "questions",
            *(d.key for d in DIMENSIONS),
            "went_well",
            "differently",
        ]
        labels = {
            "stage_reached": "How far you got",
            "questions": "Questions they asked you",
            "went_well": "What went well",
            "differently": "What you'd do differently next time",
        }
        help_texts = {
            "questions": "One per line, as you remember them. Patterns show up across debriefs.",
            "differently": "For you, not for them. This goes on your next interview prep sheet.",
        }
        widgets = {
            "questions": forms.Textarea(attrs={"rows": 4}),
            "went_well": forms.Textarea(attrs={"rows": 3}),
            "differently": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for dimension in DIMENSIONS:
            self.fields[dimension.key] = forms.TypedChoiceField(
                label=dimension.label,
                choices=RATING_CHOICES,
                coerce=int,
                widget=forms.RadioSelect,
                help_text=HINTS[dimension.key],
                error_messages={
                    "required": "Pick the number that feels closest. No one else sees it."
                },
            )

from __future__ import annotations

from django import forms

from ..strengths.inventory import COMPETENCIES, STRENGTHS
from .models import Story


class StoryForm(forms.ModelForm):
    strengths = forms.MultipleChoiceField(
        choices=[(s.key, s.name) for s in STRENGTHS],
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label="Strengths it shows",
    )
    competencies = forms.MultipleChoiceField(
        choices=[(key, name) for key, name, _ in COMPETENCIES],
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label="What it answers",
    )

    class Meta:
        model = Story
        fields = ["title", "situation", "task", "action", "result", "strengths", "competencies"]
        labels = {
            "title": "A short name for it",
            "situation": "Situation",
            "task": "Task",
            "action": "Action",
            "result": "Result",
        }
        help_texts = {
            "title": "For you: “The dashboard nobody used”.",
            "situation": "Where and when, in a sentence or two.",
            "task": "What you needed to do, or the problem you owned.",
            "action": "What you did, yourself. Say “I”, not “we”.",
            "result": "What changed. A number helps: time saved, errors down, people helped.",
        }
        widgets = {
            field: forms.Textarea(attrs={"rows": 3})
            for field in ("situation", "task", "action", "result")
        }
        error_messages = {
            "situation": {"required": "Set the scene in a sentence."},
            "action": {"required": "Say what you did; it's the heart of the story."},
            "result": {"required": "Say how it ended, even if it was a lesson."},
        }

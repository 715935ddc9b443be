from __future__ import annotations

from django import forms

from .models import Note


class NoteForm(forms.ModelForm):
    class Meta:
        model = Note
        fields = ["subject", "body"]
        widgets = {"body": forms.Textarea(attrs={"rows": 14})}
        labels = {"subject": "Subject", "body": "Your note"}
        error_messages = {
            "body": {"required": "The note is empty. Write a line or two, or start again."},
            "subject": {"required": "Add a subject line, even a simple “Thank you”."},
        }

    def clean_subject(self) -> str:
        subject = str(self.cleaned_data["subject"])
        # A line break would start a new mail header (Bcc:…): no mail app could send it.
        if any(mark in subject for mark in "\r\n\x0b\x0c\x85\u2028\u2029"):
            raise forms.ValidationError("Keep the subject on one line.")
        return subject


class RedraftForm(forms.Form):
    shape = forms.ChoiceField(choices=Note.Shape.choices)


class CardForm(forms.Form):
    theme = forms.ChoiceField(choices=[])
    format = forms.ChoiceField(choices=[])

    def __init__(self, *args: object, **kwargs: object) -> None:
        from .cards import FORMATS, THEMES

        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.fields["theme"].choices = list(THEMES.items())  # type: ignore[attr-defined]
        self.fields["format"].choices = list(FORMATS.items())  # type: ignore[attr-defined]

"""The forms of asking a mentor: the request, the mentor's reply, and an action item."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django import forms
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.utils import timezone

from onward.people.models import Person, Relationship

from ..debriefs.dimensions import DIMENSIONS
from ..debriefs.models import Debrief
from ..debriefs.patterns import FocusArea
from .models import MentorRequest
from .services import SHARE_DAY_CHOICES, share_days
from .uploads import check_cv


class DebriefChoice(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj: Debrief) -> str:
        return f"{obj.rejection.application} ({obj.rejection.received_on:%b %Y})"


class MentorRequestForm(forms.ModelForm):
    mentor = forms.ModelChoiceField(
        queryset=Person.objects.none(),
        required=False,
        empty_label=None,
        label="Who would you like to ask?",
        widget=forms.RadioSelect,
    )
    new_mentor_name = forms.CharField(max_length=200, required=False, label="Their name")
    new_mentor_email = forms.EmailField(
        required=False,
        label="Their email",
        help_text="Only so you can send them the link; Onward doesn't write to them.",
    )
    focus = forms.MultipleChoiceField(
        required=False, widget=forms.CheckboxSelectMultiple, label="What to ask about"
    )
    debriefs = DebriefChoice(
        queryset=Debrief.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label="Debriefs to share",
    )
    cv_file = forms.FileField(
        required=False,
        label="Your CV",
        help_text="PDF, Word (.docx) or text. Only someone with the link can download it.",
        error_messages={"empty": "That file is empty. Try exporting it again."},
    )
    remove_cv = forms.BooleanField(required=False, label="Stop sharing my CV")
    days = forms.TypedChoiceField(
        choices=[(d, f"{d} days") for d in SHARE_DAY_CHOICES],
        coerce=int,
        label="The link works for",
    )

    class Meta:
        model = MentorRequest
        fields = ["message", "notes", "hide_companies"]
        labels = {
            "message": "Your message",
            "notes": "Anything else they should know",
            "hide_companies": "Leave company names out of what I share",
        }
        help_texts = {
            "notes": "Shown on the page under your message.",
            "hide_companies": "In your message and notes too: they read “the company”.",
        }
        widgets = {
            "message": forms.Textarea(attrs={"rows": 12}),
            "notes": forms.Textarea(attrs={"rows": 3}),
        }
        error_messages = {
            "message": {"required": "Write a line or two, so they know what you're asking."}
        }

    def __init__(self, *args: Any, user: User, focus_areas: list[FocusArea], **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.user = user
        self.focus_list = focus_areas
        self.focus_areas = {area.key: area for area in focus_areas}
        mentors = Person.objects.filter(user=user, relationship=Relationship.MENTOR)
        self.fields["mentor"].queryset = mentors  # type: ignore[attr-defined]
        self.has_mentors = mentors.exists()
        if not self.has_mentors:
            del self.fields["mentor"]
        self.fields["focus"].choices = [  # type: ignore[attr-defined]
            (area.key, area.title) for area in focus_areas
        ]
        self.fields["debriefs"].queryset = (  # type: ignore[attr-defined]
            Debrief.objects.filter(user=user).select_related("rejection__application__company")
        )
        self.fields["days"].initial = share_days()
        if not (self.instance.pk and self.instance.cv):
            del self.fields["remove_cv"]

    def clean_cv_file(self) -> UploadedFile | None:
        upload = self.cleaned_data.get("cv_file")
        if upload:
            check_cv(upload)
        return upload

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if not data.get("mentor") and not (data.get("new_mentor_name") or "").strip():
            if self.has_mentors:
                raise ValidationError("Choose your mentor, or add someone new.")
            self.add_error("new_mentor_name", "Add your mentor's name, so the page greets them.")
        return data

    def chosen_focus(self) -> list[FocusArea]:
        return [self.focus_areas[key] for key in self.cleaned_data.get("focus", [])
                if key in self.focus_areas]  # fmt: skip


class ReplyForm(forms.Form):
    """The mentor's reply. They are a guest doing a favour, so every message says what to do
    next, in the same kind voice; the page gathers them in a summary at the top of the form."""

    name = forms.CharField(
        max_length=100,
        label="Your name",
        error_messages={"max_length": "Keep your name under 100 characters."},
    )
    body = forms.CharField(
        max_length=5000,
        label="Your advice",
        widget=forms.Textarea(attrs={"rows": 8}),
        error_messages={
            "required": "Write a few words of advice first. A line or two is plenty.",
            "max_length": "That's more than 5,000 characters. Trim it a little, or send the "
            "rest as a second reply.",
        },
    )
    # Left empty by people (it is hidden from them); bots fill in every field they find.
    website = forms.CharField(required=False, label="Leave this empty")
    stamp = forms.CharField(
        widget=forms.HiddenInput,
        error_messages={"required": "Something went wrong with this page. Please send it again."},
    )

    quiet_optional = True

    def __init__(self, *args: Any, owner: str = "", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        who = f"{owner} knows" if owner else "they know"
        self.fields["name"].error_messages["required"] = (
            f"Add your name, so {who} who the advice is from."
        )

    def clean_name(self) -> str:
        name = " ".join(self.cleaned_data["name"].split())
        if not name:
            raise forms.ValidationError(self.fields["name"].error_messages["required"])
        return name

    def clean_body(self) -> str:
        body = self.cleaned_data["body"].strip()
        if not body:
            raise forms.ValidationError(self.fields["body"].error_messages["required"])
        return body


class PastedReplyForm(forms.Form):
    """The mentor's answer, when it came by email or on a call: the user pastes it in."""

    name = forms.CharField(max_length=100, label="Who it's from")
    body = forms.CharField(
        max_length=5000,
        label="Their advice",
        widget=forms.Textarea(attrs={"rows": 8}),
        error_messages={"required": "Paste their answer here first."},
    )

    def clean_name(self) -> str:
        return " ".join(self.cleaned_data["name"].split())

    def clean_body(self) -> str:
        body = self.cleaned_data["body"].strip()
        if not body:
            raise forms.ValidationError("Paste their answer here first.")
        return body


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

from __future__ import annotations

from functools import cache
from typing import Any

from allauth.account import forms as allauth_forms
from django import forms
from django.http import HttpRequest

from .models import Preferences
from .prefs import known_time_zones, preferences_for


@cache
def time_zone_choices() -> list[tuple[str, str]]:
    names = sorted(zone for zone in known_time_zones() if "/" in zone or zone == "UTC")
    return [(name, name.replace("_", " ")) for name in names]


HOURS = [(hour, f"{hour:02d}:00") for hour in range(24)]


class PreferencesForm(forms.ModelForm):
    digest_hour = forms.TypedChoiceField(choices=HOURS, coerce=int, label="At about", initial=8)
    time_zone = forms.ChoiceField(label="Your time zone", choices=())

    class Meta:
        model = Preferences
        fields = ["gentle_mode", "digest", "digest_weekday", "digest_hour", "time_zone"]
        widgets = {"digest": forms.RadioSelect}
        labels = {
            "gentle_mode": "Gentle mode",
            "digest": "Email me what's due",
            "digest_weekday": "On (for once a week)",
        }
        help_texts = {
            "gentle_mode": "Hides the text of their messages unless you ask to see it, and "
            "keeps Today free of the word for a “no”.",
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["time_zone"].choices = time_zone_choices()  # type: ignore[attr-defined]
        # Every digest choice is a real answer: no blank radio.
        self.fields["digest"].choices = list(Preferences.Digest.choices)  # type: ignore[attr-defined]
        self.fields["time_zone"].help_text = "Your digest arrives and your days turn over here."


class FirstNameForm(forms.Form):
    """The name that signs the user's notes and that a mentor sees."""

    first_name = forms.CharField(
        max_length=60,
        label="Your first name",
        help_text="It signs your thank-you notes, and your mentor sees it. "
        "Change it any time in Settings.",
        error_messages={"required": "Add the name you'd like your notes signed with."},
        widget=forms.TextInput(attrs={"autocomplete": "given-name", "autocapitalize": "words"}),
    )

    def clean_first_name(self) -> str:
        name = " ".join(str(self.cleaned_data["first_name"]).split())
        if "@" in name:
            raise forms.ValidationError(
                "That looks like an email address. Just the name you go by is fine."
            )
        if not any(ch.isalpha() for ch in name):
            raise forms.ValidationError("Add the name you'd like your notes signed with.")
        return name


class SignupForm(allauth_forms.SignupForm):
    """allauth's sign-up in Onward's words, taking the time zone the browser reports
    (a hidden field onward.js fills), so days turn over where the person lives."""

    time_zone = forms.CharField(required=False, widget=forms.HiddenInput, max_length=64)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["email"].label = "Your email"
        self.fields["email"].help_text = "You'll sign in with it."
        self.fields["password1"].label = "Choose a password"
        self.fields["password1"].help_text = "At least 8 characters, and not a common one."
        if "password2" in self.fields:
            self.fields["password2"].label = "The same password again"
        for field in self.fields.values():
            field.widget.attrs.pop("placeholder", None)
        self.fields["time_zone"].widget.attrs["data-browser-time-zone"] = ""

    def clean_time_zone(self) -> str:
        # Whatever the browser says is only a hint: anything zoneinfo doesn't know is
        # dropped, and the default applies, as it would without JavaScript.
        zone = self.cleaned_data.get("time_zone", "").strip()
        return zone if zone in known_time_zones() else ""

    def custom_signup(self, request: HttpRequest, user: Any) -> None:
        super().custom_signup(request, user)
        zone = self.cleaned_data.get("time_zone", "")
        if zone:
            prefs = preferences_for(user)
            prefs.time_zone = zone
            prefs.save(update_fields=["time_zone"])


class LoginForm(allauth_forms.LoginForm):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["login"].label = "Your email"
        if "remember" in self.fields:
            self.fields["remember"].label = "Keep me signed in on this device"
        for field in self.fields.values():
            field.widget.attrs.pop("placeholder", None)


class ResetPasswordForm(allauth_forms.ResetPasswordForm):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["email"].label = "Your email"
        self.fields["email"].widget.attrs.pop("placeholder", None)

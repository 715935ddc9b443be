from __future__ import annotations

from django import forms


class TokenForm(forms.Form):
    name = forms.CharField(
        max_length=100,
        label="What is it for?",
        help_text="A name to tell it apart later, like “laptop script”.",
        error_messages={"required": "Give it a name, so you can tell your tokens apart."},
    )
    read_only = forms.BooleanField(
        required=False,
        label="Read only",
        help_text="It can look at everything and change nothing.",
    )

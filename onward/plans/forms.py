from __future__ import annotations

from django import forms


class SkipForm(forms.Form):
    reason = forms.CharField(
        max_length=300,
        required=False,
        label="Why skip it? (optional, just for you)",
    )

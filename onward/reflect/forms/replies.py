from __future__ import annotations

from django import forms


class ReplyForm(forms.Form):
    name = forms.CharField(max_length=100, label="Your name")
    body = forms.CharField(
        max_length=5000,
        label="Your advice",
        widget=forms.Textarea(attrs={"rows": 8}),
        error_messages={"required": "Write a few words of advice first."},
    )
    # Left empty by people (it is hidden from them); bots fill in every field they find.
    website = forms.CharField(required=False, label="Leave this empty")
    stamp = forms.CharField(widget=forms.HiddenInput)

    quiet_optional = True

    def clean_name(self) -> str:
        return " ".join(self.cleaned_data["name"].split())

    def clean_body(self) -> str:
        body = self.cleaned_data["body"].strip()
        if not body:
            raise forms.ValidationError("Write a few words of advice first.")
        return body

from __future__ import annotations

from typing import Any

from django import forms
from django.core.files.uploadedfile import UploadedFile

# A year of a busy search is a few megabytes; past this it isn't an Onward export.
MAX_BYTES = 50 * 1024 * 1024


class ImportForm(forms.Form):
    file = forms.FileField(
        label="Your export file (.json)",
        help_text="The file from “Download everything”, from this Onward or another.",
    )

    def clean_file(self) -> UploadedFile:
        upload: UploadedFile = self.cleaned_data["file"]
        if upload.size is not None and upload.size > MAX_BYTES:
            raise forms.ValidationError(
                f"That file is {upload.size / 1024 / 1024:.0f} MB; an export is at most "
                f"{MAX_BYTES // 1024 // 1024} MB. Is it the right file?"
            )
        if not (upload.name or "").lower().endswith(".json"):
            raise forms.ValidationError(
                "Choose the .json file from “Download everything” (the zip of spreadsheets "
                "can't be imported)."
            )
        return upload


class DeleteAccountForm(forms.Form):
    password = forms.CharField(
        label="Your password",
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, *args: Any, user: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.user = user
        if not user.has_usable_password():
            # Signed in with another account: allauth asks for a fresh sign-in instead.
            del self.fields["password"]

    def clean_password(self) -> str:
        password: str = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError("That isn't your password. Nothing was deleted.")
        return password

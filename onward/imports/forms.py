from __future__ import annotations

from typing import Any

from django import forms

from .applications import FIELDS, REQUIRED
from .reading import MAX_BYTES, too_big

NOT_IN_FILE = ""


class UploadForm(forms.Form):
    file = forms.FileField(
        label="Your file",
        error_messages={
            "required": "Choose a file first.",
            "empty": "That file is empty.",
        },
    )

    def __init__(self, *args: Any, accept: str = "", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if accept:
            self.fields["file"].widget.attrs["accept"] = accept
        self.fields["file"].help_text = f"Up to {MAX_BYTES // 1024 // 1024} MB."

    def clean_file(self) -> Any:
        upload = self.cleaned_data["file"]
        if problem := too_big(upload.size):
            raise forms.ValidationError(problem)
        return upload


class MappingForm(forms.Form):
    """Which column holds what: a select per field Onward keeps, and how dates are written."""

    quiet_optional = True  # "Not in this file" says it; the two needed ones say so

    day_first = forms.TypedChoiceField(
        label="Dates like 03/04/2026 are",
        choices=[("1", "day first (3 April)"), ("0", "month first (March 4)")],
        coerce=lambda value: value == "1",
        required=False,
    )

    def __init__(self, *args: Any, header: list[str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        columns = [(NOT_IN_FILE, "Not in this file")] + [
            (str(i), name or f"Column {i + 1}") for i, name in enumerate(header)
        ]
        for name, (label, _synonyms) in FIELDS.items():
            # Never required here: a missing company or role column is said once, above
            # the preview, in words.
            self.fields[name] = forms.ChoiceField(
                label=label,
                choices=columns,
                required=False,
                help_text="Onward needs this one." if name in REQUIRED else "",
            )
        self.order_fields([*FIELDS, "day_first"])

    def mapping(self) -> dict[str, int | None]:
        data = self.cleaned_data
        return {
            name: int(data[name]) if data.get(name) not in (None, NOT_IN_FILE) else None
            for name in FIELDS
        }

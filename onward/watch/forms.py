from __future__ import annotations

from typing import Any

from django import forms

from .services import WatchRefused, board_from
from .sources import Recognised, vendor_choices


class WatchForm(forms.Form):
    company = forms.CharField(label="Company", max_length=200)
    careers_url = forms.CharField(
        label="Their job board or careers page",
        max_length=1000,
        help_text="The address of their list of open roles, for example "
        "boards.greenhouse.io/acme or jobs.lever.co/acme. An RSS or Atom feed works too.",
    )
    vendor = forms.ChoiceField(
        label="Which kind of board is it?",
        required=False,
        choices=[("", "Let Onward tell from the address"), *vendor_choices()],
        help_text="Only if Onward can't tell: then the board's name alone is enough.",
    )
    keywords = forms.CharField(
        label="Roles to look for",
        max_length=300,
        required=False,
        help_text="Words from job titles, separated by commas. Leave empty to hear about "
        "every opening.",
    )
    locations = forms.CharField(
        label="Where",
        max_length=300,
        required=False,
        help_text="Places, separated by commas. Leave empty for anywhere.",
    )
    remote = forms.BooleanField(label="Remote roles too", required=False)
    email_immediately = forms.BooleanField(
        label="Email me as soon as a fitting role opens",
        required=False,
        help_text="Otherwise it waits for you on Today.",
    )

    def __init__(self, *args: Any, fixed_company: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.recognised: Recognised | None = None
        if fixed_company:
            del self.fields["company"]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        url = data.get("careers_url", "")
        if url:
            try:
                self.recognised = board_from(url, data.get("vendor") or None, short=True)
            except WatchRefused as refused:
                self.add_error("careers_url", str(refused))
        return data

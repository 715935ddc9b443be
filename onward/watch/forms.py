from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from django import forms

from onward.lib import emails

from .services import NoBoardFound, WatchRefused, board_behind
from .sources import Recognised, vendor_choices


class FiltersForm(forms.Form):
    """Which openings a watch tells about: the part of a watch that changes without
    looking at any page (the API's PATCH uses it alone)."""

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


class WatchForm(FiltersForm):
    field_order = [
        "company", "careers_url", "vendor", "keywords", "locations", "remote", "email_immediately",
    ]  # fmt: skip
    company = forms.CharField(label="Company", max_length=200)
    careers_url = forms.CharField(
        label="Their careers page or job board",
        max_length=1000,
        help_text="Their careers page is fine (acme.com/careers): Onward looks for the job "
        "board behind it. A board's own address (jobs.lever.co/acme) or a jobs feed works too.",
    )
    vendor = forms.ChoiceField(
        label="Which kind of board is it?",
        required=False,
        choices=[("", "Let Onward tell from the address"), *vendor_choices()],
        help_text="Only if Onward can't tell: then the board's name alone is enough.",
    )

    def __init__(
        self, *args: Any, fixed_company: bool = False, reminder: bool = False, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.recognised: Recognised | None = None
        # Onward looked at the careers page to find the board.
        self.discovered = False
        # Nothing readable behind the page: the page offers a reminder to look instead.
        self.offer_reminder = False
        # The user took that offer: only the page's address is needed.
        self.reminder = reminder
        if fixed_company:
            del self.fields["company"]
        # With no mail server an "email me" box would promise mail that never comes: the
        # page says so instead and points at Today and the calendar feed.
        self.mail_off = not emails.delivers()
        if self.mail_off:
            del self.fields["email_immediately"]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        url = data.get("careers_url", "").strip()
        if url and self.reminder:
            full = url if "://" in url else f"https://{url}"
            parts = urlsplit(full)
            if parts.scheme not in {"http", "https"} or not parts.hostname:
                self.add_error("careers_url", "That doesn't look like a web address.")
            data["careers_url"] = full
            return data
        if url:
            try:
                self.recognised, self.discovered = board_behind(url, data.get("vendor") or None)
            except NoBoardFound as nothing:
                self.offer_reminder = True
                self.add_error(
                    "careers_url",
                    f"{nothing} If their roles are listed on another page, paste that one.",
                )
            except WatchRefused as refused:
                self.add_error("careers_url", str(refused))
        return data

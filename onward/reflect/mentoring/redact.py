""" "Leave company names out of what I share": the names go from everything the mentor
reads, the user's own words included (the drafted message names the company)."""

from __future__ import annotations

import re

from .models import MentorRequest

STAND_IN = "the company"


def company_names(ask: MentorRequest) -> list[str]:
    """The companies this request is about: its rejection's and its debriefs'."""
    names = {
        debrief.rejection.application.company.name
        for debrief in ask.debriefs.select_related("rejection__application__company")
    }
    if ask.rejection is not None:
        names.add(ask.rejection.application.company.name)
    return sorted((name.strip() for name in names if name.strip()), key=len, reverse=True)


def for_mentor(ask: MentorRequest, text: str, names: list[str] | None = None) -> str:
    """The text as the mentor may read it: without the company names when asked."""
    if not ask.hide_companies or not text:
        return text
    names = company_names(ask) if names is None else names
    if not names:
        return text
    # Whole names only, longest first ("Acme Analytics" before "Acme"), any case.
    pattern = re.compile(
        r"(?<!\w)(?:" + "|".join(re.escape(name) for name in names) + r")(?!\w)", re.IGNORECASE
    )
    return pattern.sub(STAND_IN, text)

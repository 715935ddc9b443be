"""Which application an email is about: company and role, tolerant of small differences.

"Acme Analytics Ltd" matches "Acme Analytics", "Sr. Data Analyst" matches "Senior Data
Analyst", and a company written "Orbitalfoods" (from its domain) matches "Orbital Foods".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from difflib import SequenceMatcher

from onward.pipeline.models import Application, Outcome

from .names import fold as fold
from .names import same_company as same_company

_ABBREVIATIONS = {"sr": "senior", "jr": "junior", "mgr": "manager", "eng": "engineer"}
_NOISE = re.compile(r"\((?:m/w/d|f/m/d|m/f/d|h/f|f/h|all genders?)\)|\b(?:m/w/d|h/f)\b")


def role_words(role: str) -> list[str]:
    text = _NOISE.sub(" ", fold(role))
    words = re.findall(r"[\w+#]+", text)
    return [_ABBREVIATIONS.get(word, word) for word in words]


def role_similarity(a: str, b: str) -> float:
    left, right = role_words(a), role_words(b)
    if not left or not right:
        return 0.0
    if left == right:
        return 1.0
    small, large = sorted((set(left), set(right)), key=len)
    if small <= large:
        return 0.85  # "Data Analyst" and "Senior Data Analyst"
    return SequenceMatcher(None, " ".join(left), " ".join(right)).ratio()


def best_match(
    applications: Iterable[Application], company: str | None, role: str | None
) -> Application | None:
    """The application this company and role point to, or None when unsure."""
    if not company:
        return None
    same = [app for app in applications if same_company(app.company.name, company)]
    if not same:
        return None
    if role:
        scored = sorted(
            ((role_similarity(app.role, role), app.outcome == Outcome.OPEN, app) for app in same),
            key=lambda item: (item[0], item[1], item[2].created_at),
            reverse=True,
        )
        if scored[0][0] >= 0.75:
            return scored[0][2]
        return None
    open_ones = [app for app in same if app.outcome == Outcome.OPEN]
    # Without a role, only a company with one open application is a safe match.
    return open_ones[0] if len(open_ones) == 1 else None

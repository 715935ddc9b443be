"""How a company's name is told from a job title, how an address shortens it, and the
forms around a name that are not part of it (a programme, a team in a signature)."""

from __future__ import annotations

import re

from .patterns import NAME

# A job title ends with who the person is ("Senior Data Analyst", "Marketing Coordinator");
# a company may end with what it does ("Luminize Marketing", "Acme Sales").
_TITLE_END = re.compile(
    r"\b(?:analyst|engineer|developer|manager|designer|scientist|lead|director|specialist|"
    r"consultant|associate|intern|architect|officer|coordinator|administrator|head|assistant|"
    r"researcher|writer|editor|accountant|nurse|teacher|representative|advisor|executive|"
    r"recruiter|strategist|programmer|technician|entwickler|ingenieur|berater|leiter|"
    r"développeur|ingénieur|chef|analista|desarrollador|ingeniero|gerente|diseñador)"
    r"[^\W\d_]*$"
)
# Words a title is built from besides the role itself ("Senior Data", "Product Analytics").
_TITLE_MODIFIERS = frozenset(
    [
        "senior",
        "junior",
        "sr",
        "jr",
        "principal",
        "staff",
        "data",
        "software",
        "business",
        "digital",
        "technical",
        "it",
        "analytics",
        "engineering",
        "science",
        "research",
        "design",
        "finance",
        "strategy",
        "management",
        "development",
        "insights",
        "growth",
        "content",
        "security",
        "cloud",
        "infrastructure",
        "intern",
        "internship",
        "summer",
    ]
)


def looks_like_title(key: str, role_words: re.Pattern[str]) -> bool:
    """Whether a candidate (its company_key) reads as a job title rather than a company."""
    if _TITLE_END.search(key):
        return True
    words = key.split()
    return any(role_words.fullmatch(word) for word in words) and all(
        role_words.fullmatch(word) or word in _TITLE_MODIFIERS for word in words
    )


def short_forms(key: str) -> tuple[str, ...]:
    """How an address shortens a name of three words or more: "topgolf callaway brands" ->
    "tcb", "tcbrands"; "blue cross blue shield" -> "bcbs"."""
    words = key.split()
    if len(words) < 3:
        return ()
    initials = "".join(word[0] for word in words)
    return (initials, initials[:-1] + words[-1])


# "the Acme Graduate Program" is Acme's.
PROGRAMME = re.compile(
    r"(?:\s+(?:Graduate|Internship|Intern|Summer|Campus|Rotational|Leadership|Early Career))*"
    r"\s+(?:Program|Programme|Scheme)$"
)

# A signature line "Acme Analytics | Talent Acquisition" (not "Jane Doe - Talent Acquisition
# Specialist", a person and her title).
COMPANY_THEN_TEAM = re.compile(
    rf"^({NAME})\s+[|\u2013-]\s+(?:Talent Acquisition|Talent|Recruiting|Recruitment|HR|Careers"
    r"|People)(?:\s+Team)?\s*$"
)

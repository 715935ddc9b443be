"""Who signs a message, and the company named under its closing.

A person signs "Jane Doe"; a team or a system signs "The Acme Recruiting Team" or
"Talent Acquisition | Acme", which names the company. extract.py weighs these names with
the others it finds.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import compress, count

from . import ats_senders, patterns
from . import company_forms as forms
from .domains import is_machine_address

HEAD_LIMIT = 3000  # as extract.TEXT_LIMIT: a closing above a footer is looked for this far
SIGNATURE_LIMIT = 600  # the last characters, where a signature usually is


# Words in a display name that a system or a team has, never a person: "Acme Careers Portal"
_NOT_PERSON_WORDS = (
    "team",
    "recruit",
    "talent",
    "career",
    "jobs",
    "hr ",
    "portal",
    "notif",
    "hiring",
    # German departments and public employers: "Personalabteilung Acme", "Stadt Graz"
    "personal",
    "karriere",
    "bewerb",
    "stadt ",
    "gemeinde ",
    "magistrat",
)


def is_person_name(name: str, address: str) -> bool:
    """ "Jane Doe" <jane.doe@...> is a person; "Acme Careers" <careers@...> is not."""
    words = name.replace(",", " ").split()
    if not 2 <= len(words) <= 4:
        return False
    lowered = name.lower()
    if any(word in lowered for word in _NOT_PERSON_WORDS):
        return False
    local, _, domain = address.lower().partition("@")
    if local and is_machine_address(address):
        return False
    if local and any(word.lower().strip(".") in local for word in words if len(word) > 2):
        return True
    if any(label in ats_senders.ATS_VENDORS for label in domain.split(".")):
        return False
    return all(word[:1].isupper() and word[1:].islower() for word in words if word.isalpha())


_CLOSING = re.compile(
    r"^(?:(?:best|kind|warm|warmest)?\s*regards|sincerely|best(?: wishes)?|thanks|thank you|"
    r"cheers|all the best|yours)\b[ ,.!]*",
    re.IGNORECASE,
)


# "The Global Recruiting Team at EA": a team's name in a signature, then the company.
# Also the signer's department or title before the company: "Jane Doe | Talent Partner |
# Acme", "Talent Acquisition | Acme", "HR Business Partner, Acme".
_TEAM_WORDS = re.compile(
    r"\b(?:[Tt]eam|[Rr]ecruit\w*|[Tt]alent|[Hh]iring|[Cc]areers|[Aa]cquisition|[Pp]artner|"
    r"HR|[Hh]uman [Rr]esources|[Pp]eople(?: [Oo]perations| & [Cc]ulture)?|[Ss]ourc\w*|"
    r"[Pp]ersonal\w*|"
    # the same departments in French, Spanish, Dutch: "Responsable RH - Acme"
    r"RH|RR\.?\s?HH\.?|[Rr]essources [Hh]umaines|[Rr]ecursos [Hh]umanos|[Rr]ecrutement|"
    r"[Rr]eclutamiento|[Ss]elección|P&O|HRM|[Pp]ersoneelszaken)\s*$"
)


def above_footer(text: str, head_lines: list[str] | None = None) -> str:
    """The closing and the lines under it when a legal footer follows them ("Thank you for
    considering us, / AT&T College Recruiting Team / AT&T is an Equal Opportunity..."): a
    template's signature is not always in its last lines. Empty when it is (read already)."""
    head = text[:HEAD_LIMIT]
    lines = head.split("\n") if head_lines is None else head_lines  # (the caller's split)
    # The lines read from the last one up, in C, until the first closing (compress stops
    # there); it starts after the lines before it and a break after each.
    from_end = next(compress(count(), map(_is_short_closing, reversed(lines))), None)
    if from_end is None:
        return ""
    closing = len(lines) - 1 - from_end
    if sum(map(len, lines[:closing])) + closing >= len(text) - SIGNATURE_LIMIT:
        return ""
    return "\n".join(line for line in lines[closing : closing + 6] if line.strip())[:300]


@lru_cache(maxsize=4096)  # a template's short lines come back in every message it sends
def _is_closing(line: str) -> bool:
    return _CLOSING.match(line.strip()) is not None


@lru_cache(maxsize=4096)  # ... and so do its long ones
def _is_short_closing(line: str) -> bool:
    return len(line) < 40 and _is_closing(line)


_SIGNED_NAME = re.compile(rf"(?:The\s+)?({patterns.NAME})[.!]?")
_NAME_AT_END = re.compile(
    rf"(?:\s*[|,·•@]\s*|\s[\u2013-]\s|\sat\s|\sbei\s|\schez\s)({patterns.NAME})\s*$"
)
# A signer's first name and the company they write for: "Sarah from Acme", "Sam @ Acme",
# "Lisa von Acme", "Lisa vom Team Acme", "Julie de chez Acme" (not "Sent from my iPhone").
_FIRST_NAME_FROM = re.compile(
    r"^(?!(?:Sent|Greetings|Regards|Thanks|Best|Hello|Hi|Love|Posted|Message|Email|Gesendet|"
    r"Grüße|Envoyé)\b)[A-ZÄÖÜÉ][a-zäöüßéèçëï'-]+(?: [A-ZÄÖÜÉ][a-zäöüßéèçëï'-]+)?\s+"
    r"(?:from|@|von|vom|de chez|on behalf of)\s+(?:(?:the|dem|der)\s+)?(?:[Tt]eam\s+)?"
    rf"({patterns.NAME})(?:\s+[Tt]eam)?[.!]?$"
)
_TEAM_LINE = re.compile(
    rf"^(?:The\s+)?({patterns.NAME_SHORTEST})(?:,? {patterns.LEGAL})?\s+"
    r"(?:Early |Campus |College |Graduate |Global |University |Corporate )?"
    r"(?:Recruiting|Recruitment|Talent|Hiring|People|Careers|HR|Human Resources)"
    r"(?:\s+(?:Acquisition|Operations|Department|Office))?(?:\s+Team)?\s*$"
)


# A department, then the company it belongs to: "HR department Acme", "Recruitment Team of
# Acme" (the company first is _TEAM_LINE's "Acme Recruiting").
_DEPARTMENT_THEN_NAME = re.compile(
    r"^(?:The\s+)?(?:HR|Human Resources|Recruitment|Recruiting|Talent Acquisition|People)\s+"
    rf"(?:[Dd]epartment|[Tt]eam|[Oo]ffice)\s+(?:(?:of|at|from)\s+)?({patterns.NAME})[.!]?$"
)
# A closing in a message written as one paragraph (a pasted text, an export that lost its
# lines): "... Kind regards, Sarah, Talent Acquisition at Acme". Only a closing followed by a
# comma or the end: "Thank you for applying" is no closing.
_FLAT_CLOSING = re.compile(
    r"(?:^|[.!?]\s+)((?:(?:with\s+)?(?:best|kind|warm|warmest)\s+)?regards|(?:yours\s+)?sincerely|"
    r"yours faithfully|best wishes|all the best|best|cheers|many thanks|thanks|thank you)"
    r"\s*(?:,\s*|$)",
    re.IGNORECASE,
)


def flat_signature(tail: str) -> str:
    """The signature of a message without line breaks at its end, as lines: its last
    closing, then each comma-separated piece after it; "" when the end has its lines."""
    if "\n" in tail.strip():
        return ""
    closings = list(_FLAT_CLOSING.finditer(tail))
    if not closings:
        return ""
    last = closings[-1]
    pieces = [piece.strip() for piece in tail[last.end() :].split(", ")]
    return "\n".join([last.group(1), *[piece for piece in pieces if piece]])


@lru_cache(maxsize=512)  # a template's last lines are the same in every message it sends
def companies_in_signature(text: str) -> tuple[str, ...]:
    """Names in the last lines: "Recruiter | Acme", "Talent Partner at Acme", "Acme Recruiting",
    and "Regards, Acme Corp" when the name is also written above the closing."""
    found: list[str] = []
    lines = [line.strip().lstrip("\u2014\u2013- ") for line in text.strip().split("\n")[-8:]]
    lines = [line for line in lines if line]
    for i, line in enumerate(lines):
        after = _after_closing(line)
        closing, rest = after is not None, after or ""
        if closing and not rest and i + 1 < len(lines):
            rest = lines[i + 1]
        if rest and (match := _SIGNED_NAME.fullmatch(rest)):
            name = match.group(1)
            if text.count(name) >= 2 and not is_person_name(
                name + (" X" if " " not in name else ""), ""
            ):
                found.append(name)
    found += filter(None, map(_company_in_line, lines))
    return tuple(found)


@lru_cache(maxsize=4096)  # a template's closing comes back, when the tail around it does not
def _after_closing(line: str) -> str | None:
    """What follows the closing a line starts with ("Best regards, Acme" -> "Acme"), or None
    when it starts with none."""
    closing = _CLOSING.match(line)
    return line[closing.end() :] if closing else None


# Read from the line alone: a template's signature lines come back in every message it sends,
# when the lines around them (and so the tail companies_in_signature keeps) do not.
@lru_cache(maxsize=4096)
def _company_in_line(line: str) -> str | None:
    """The company a signature line names on its own, if it names one."""
    if len(line) > 80:
        return None
    if match := _FIRST_NAME_FROM.match(line):
        return match.group(1)
    if match := forms.COMPANY_THEN_TEAM.match(line):
        return match.group(1)  # "Acme Analytics | Talent Acquisition"
    if (match := forms.COMPANY_THEN_TITLE.match(line)) and not is_person_name(match.group(1), ""):
        return match.group(1)  # "Acme | University Recruiting Manager"
    if match := _NAME_AT_END.search(line):
        if forms.ROLE_WORDS.search(line[: match.start(1)]) or _TEAM_WORDS.search(
            line[: match.start()]
        ):
            return match.group(1)
    elif match := _TEAM_LINE.match(line) or _DEPARTMENT_THEN_NAME.match(line):
        return match.group(1)
    elif " | " in line:
        # a team's line with its web address or place beside it: "Acme Recruiting | acme.com"
        for part in line.split(" | "):
            if match := _TEAM_LINE.match(part.strip()):
                return match.group(1)
    return None

"""The names a signature's lines give (languages/company.signature_companies) are read line by
line, each line once per process: the same names, in the same order, as reading the tail
whole did, on the tail of every written, tuning and benchmark message and on made-up tails."""

from __future__ import annotations

import random
import re

from onward.inbox.languages import company
from onward.inbox.parsing import parse
from onward.inbox.signatures import SIGNATURE_LIMIT
from onward.inbox.tests.known_mail import raw_messages


def whole_tail(text: str) -> tuple[str, ...]:
    """signature_companies as it read before: the tail's lines in one loop."""
    found: list[str] = []
    lines = [line.strip(" \t/|") for line in text.strip().split("\n")[-8:]]
    for i, line in enumerate(lines):
        if not line or len(line) > 90:
            continue
        if (
            company._TEAM_ALONE.match(line)
            and i + 1 < len(lines)
            and (
                match := re.fullmatch(rf"({company._NAME})(?:\.(?:at|de|ch|com|nl))?", lines[i + 1])
            )
        ) or (
            company._TEAM_ALONE.match(line)
            and i + 1 < len(lines)
            and (match := company._DOMAIN_LINE.match(lines[i + 1].lower()))
        ):
            found.append(match.group(1))
        if (match := company._DEPARTMENT_AND_NAME.match(line)) and not company._is_person_line(
            name := next(group for group in match.groups() if group)
        ):
            found.append(name)
            continue
        for part in re.split(r"\s*//\s*|\s+\|\s+", line):
            if match := company._WITH_LEGAL.match(part):
                found.append(f"{match.group(1)} {match.group(2)}")
            elif match := company._SIGNED_BY_TEAM.match(part):
                found.append(company._GROUP.sub("", match.group(1)))
            elif match := company._SIGNED_DE.match(part):
                found.append(next(group for group in match.groups() if group))
    return tuple(name for name in found if len(name) > 1)


def test_known_mail_tails_give_the_same_names() -> None:
    tails = [parse(raw).text[-SIGNATURE_LIMIT:] for raw in raw_messages(300)]
    company.signature_companies.cache_clear()
    found = [company.signature_companies(tail) for tail in tails]
    assert found == [whole_tail(tail) for tail in tails]
    assert sum(map(bool, found)) > 20  # names are found: the readers are exercised


# Lines of the kinds the readers look for, shuffled into tails: a team alone and its company
# or domain on the next line, departments with their company, legal forms, persons.
_LINES = [
    "Ihr Recruiting Team",
    "Dein Recruiting-Team",
    "Acme Software GmbH",
    "acme.at",
    "spusu.at",
    "Personalabteilung | Acme AG",
    "Service Recrutement - Acme",
    "Anna Huber | Recruiting",
    "Acme Holding AG // Wien",
    "Das Team der Acme Gruppe",
    "Team Acme",
    "L'équipe de Acme",
    "Mit freundlichen Grüßen",
    "Anna Huber",
    "",
    "  /  ",
    "x" * 95,
    "Human Resources - Northwind Traders",
]


def test_made_up_tails_give_the_same_names() -> None:
    rng = random.Random(5)
    for _ in range(3_000):
        lines = [rng.choice(_LINES) for _ in range(rng.randint(0, 11))]
        tail = "\n".join(lines)
        assert company.signature_companies(tail) == whole_tail(tail), lines

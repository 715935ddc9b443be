"""Where German, Austrian, Swiss, French, Spanish and Dutch mail names the company: the
signature's last lines, written with a legal form ("Bundesrechenzentrum GmbH", "Rheinmetall
AG", "Österreichische Forschungsförderungsgesellschaft mbH (FFG)", "Acme B.V.") or after the
team that signs ("Ihr Recruiting Team Fachhochschule Technikum Wien", "Zentrales Recruiting
der Wiener Stadtwerke-Gruppe", "Ihr Team der Personalabteilung der WU").

extract.py votes for these names as it does for an English signature's.
"""

from __future__ import annotations

import re

_LEGAL = (
    r"(?:GmbH|mbH|GesmbH|Ges\.m\.b\.H\.|AG|SE|KG|KGaA|e\.\s?V\.|OG|B\.V\.|BV|N\.V\.|"
    r"S\.A\.S?|SAS|SARL|S\.L\.|S\.A\.U?|SpA|Sp\. z o\.o\.)"
)
_UPPER = "A-ZÄÖÜÉÈÀÁÍÓÚÑÇ0-9"
_PART = rf"[{_UPPER}][\w&.'\u2019+-]*"
_NAME = rf"{_PART}(?: (?:{_PART}|&|und|de|der|für|y|et|van))*"
_WITH_LEGAL = re.compile(
    rf"^(?:(?:Career|Careers|Karriere|Recruiting|Recruitment|HR)\s+)?({_NAME}?)"
    rf"(?:\s+(?:Austria|Österreich|Deutschland|Germany|Schweiz|Nederland|France|España))?"
    rf"\s+({_LEGAL})(?:[\s,(].*)?$"
)
_SIGNED_BY_TEAM = re.compile(
    rf"^(?:Ihr|Ihre|Dein|Deine|Euer|Zentrales|Das|L'équipe|El equipo|Het)?\s*"
    r"(?:Recruiting[- ]?Team|Recruiting|HR[- ]Team|Personalabteilung|Team der Personalabteilung"
    r"|Talent Acquisition(?: Team)?|recrutement|de selección|de recursos humanos|recruitment)"
    rf"\s+(?:der|des|von|bei|de la|du|de|van)?\s*({_NAME})\s*$"
)
_TEAM_ALONE = re.compile(
    r"^(?:Ihr|Ihre|Dein|Deine|Euer|Das)?\s*(?:Recruiting[- ]?Team|HR[- ]?Team|Human Resources"
    r"|Personalabteilung|Talent Acquisition(?: Team)?)\s*$"
)
_GROUP = re.compile(r"[- ](?:Gruppe|Group|Konzern)$")


def signature_companies(text: str) -> list[str]:
    """Company names in the last lines of a message's text (the signature)."""
    found: list[str] = []
    lines = [line.strip(" \t/|") for line in text.strip().split("\n")[-8:]]
    for i, line in enumerate(lines):
        if not line or len(line) > 90:
            continue
        # "Ihr Recruiting Team" on its own line, the company on the next
        if (
            _TEAM_ALONE.match(line)
            and i + 1 < len(lines)
            and (match := re.fullmatch(rf"({_NAME})(?:\.(?:at|de|ch|com|nl))?", lines[i + 1]))
        ):
            found.append(match.group(1))
        for part in re.split(r"\s*//\s*|\s+\|\s+", line):
            if match := _WITH_LEGAL.match(part):
                # written with its legal form, which tells a company from a department
                found.append(f"{match.group(1)} {match.group(2)}")
            elif match := _SIGNED_BY_TEAM.match(part):
                found.append(_GROUP.sub("", match.group(1)))
    return [name for name in found if len(name) > 1]

"""Where German, Austrian, Swiss, French, Spanish and Dutch mail names the company: the
signature's last lines, written with a legal form ("Bundesrechenzentrum GmbH", "Rheinmetall
AG", "Österreichische Forschungsförderungsgesellschaft mbH (FFG)", "Acme B.V.") or after the
team that signs ("Ihr Recruiting Team Fachhochschule Technikum Wien", "Zentrales Recruiting
der Wiener Stadtwerke-Gruppe", "Ihr Team der Personalabteilung der WU").

extract.py votes for these names as it does for an English signature's.
"""

from __future__ import annotations

import re
from functools import lru_cache

_LEGAL = (
    # (Austria's sole trader "e.U." and older "KEG" too)
    r"(?:GmbH & Co\.? KG|GmbH|mbH|GesmbH|Ges\.m\.b\.H\.|AG|SE|KG|KGaA|e\.\s?V\.|OG|e\.\s?U\.|KEG|"
    r"B\.V\.|BV|N\.V\.|"
    r"S\.A\.S?|SAS|SARL|S[àa]rl|SA|SRL|S\.L\.|S\.A\.U?|SpA|Sp\. z o\.o\.)"
)
_UPPER = "A-ZÄÖÜÉÈÀÁÍÓÚÑÇ0-9"
_PART = rf"[{_UPPER}][\w&.'\u2019+-]*"
_NAME = rf"{_PART}(?: (?:{_PART}|&|und|de|der|für|y|et|van))*"
_WITH_LEGAL = re.compile(
    # "Ihr Recruiting-Team der Acme AG": the team that signs, then the company
    # (German writes the team as one word too: "Ihr Personalteam der Acme AG")
    r"^(?:(?:Ihr|Ihre|Dein|Deine|Euer|Das|Die)\s+)?(?:(?:(?:Recruiting|Recruitment|HR|Personal"
    r"|Karriere)[- ]?[Tt]eam|Personalabteilung|Team)\s+(?:der|des|von|bei)\s+)?"
    rf"(?:(?:Career|Careers|Karriere|Recruiting|Recruitment|HR)\s+)?({_NAME}?)"
    rf"(?:\s+(?:Austria|Österreich|Deutschland|Germany|Schweiz|Nederland|France|España))?"
    rf"\s+({_LEGAL})(?:[\s,(].*)?$"
)
_SIGNED_BY_TEAM = re.compile(
    rf"^(?:Ihr|Ihre|Dein|Deine|Euer|Zentrales|Das|Die|L'équipe|El equipo|Het|Team)?\s*"
    r"(?:Recruiting[- ]?[Tt]eam|Recruiting|HR[- ]Team|Personalabteilung|Team der Personalabteilung"
    r"|Karriere[- ]?[Tt]eam|Personal[- ]?[Tt]eam|Bewerbermanagement"
    r"|Talent Acquisition(?: Team)?|[Rr]ecrutement|de selección|de recursos humanos|[Rr]ecruitment)"
    # "Talent Acquisition Partner" is the signer's title, not "Partner" the company
    r"\s+(?:der|des|von|bei|de la|du|de|van)?\s*(?!(?:Team|Partner|Specialist|Manager|Lead|"
    rf"Coordinator|Consultant|Advisor|Generalist|Business|Associate)\b)({_NAME})\s*$"
)
_TEAM_ALONE = re.compile(
    r"^(?:Ihr|Ihre|Dein|Deine|Euer|Das)?\s*(?:Recruiting[- ]?[Tt]eam|HR[- ]?Team|Human Resources"
    r"|Karriere[- ]?[Tt]eam|Personal[- ]?[Tt]eam|Bewerbermanagement|HR[- ]?Abteilung"
    r"|Personalabteilung|Talent Acquisition(?: Team)?|Recruiting|HR|People & Culture"
    r"|Personal(?:amt|wesen|management|service|abteilung)"
    r"|Team (?:der|des) (?:Personal\w*|HR|Recruiting)"
    r"|(?:Le service|L'équipe) (?:RH|[Rr]ecrutement|[Rr]essources [Hh]umaines))\s*$"
)
# "Ihr Acme-Team", "Ihr Team von Acme", "Ihre Acme Versicherung", "Acme Personalmanagement"
_SIGNED_DE = re.compile(
    rf"^(?:Ihr|Dein|Euer|Das)\s+({_NAME})[ -]Team$"
    rf"|^(?:Ihr|Dein|Euer|Das)\s+Team\s+(?:von|der|des|bei)\s+(?!Personal|HR\b|Recruiting)({_NAME})$"
    rf"|^(?:Ihre|Deine|Eure)\s+({_NAME})$"
    rf"|^({_NAME})\s+(?:Personalmanagement|Personalabteilung|Personalwesen|Personalservice|"
    r"Personalentwicklung|People & Culture|Human Resources"
    # French: "Acme RH", "Acme Recrutement", "Acme Ressources Humaines"
    r"|RH|Recrutement|Ressources [Hh]umaines|Carrières)$"
    # a team that signs with its company's name: "Team Acme", "L'équipe Acme", "El equipo de
    # Acme", "Het team van Acme" (not a department: "Team HR", "L'équipe RH")
    r"|^(?:Team|(?:Toute )?[Ll]'équipe(?: de)?|El equipo(?: de)?|Het team van)\s+"
    r"(?!(?:Personal|HR|Recruiting|Recruitment|RH|RR|Recursos|Ressources|[Rr]ecrutement|"
    rf"Talent|Talento|Selección|P&O)\b)({_NAME})$"
    # a French department, then its employer: "Le service RH de la Mairie de Acme"
    r"|^(?:Le|La|L')\s*(?:service|direction|département|pôle|équipe)\s+(?:RH|des\s+[Rr]essources"
    r"\s+[Hh]umaines|[Rr]ecrutement|[Tt]alents?)\s+(?:de\s+la|de\s+l'|du|de|d')\s*"
    rf"({_NAME})$"
)
_GROUP = re.compile(r"[- ](?:Gruppe|Group|Konzern)$")
# A department and its company on one line, either way round: "Service Recrutement - Acme",
# "Acme - Direction des Ressources Humaines", "Personalabteilung | Acme AG"
_DEPARTMENT = (
    r"(?:(?:Le |La |L')?(?:[Ss]ervice |[Dd]irection |[Dd]épartement |[Pp]ôle |[Éé]quipe )?"
    r"(?:[Rr]ecrutement|RH|DRH|des [Rr]essources [Hh]umaines|[Rr]essources [Hh]umaines|"
    r"[Tt]alents?)|Personal(?:abteilung|wesen|administration|verwaltung|management|service|"
    r"entwicklung|büro)|Recruiting|Talent Acquisition|HR(?: Services| Team)?|"
    r"Human Resources|People & Culture)"
)
# ("HR / Acme", "People & Culture @ Acme": a slash or an at sign joins them too)
_DEPARTMENT_AND_NAME = re.compile(
    rf"^{_DEPARTMENT}\s+[-\u2013|/@]\s+({_NAME})$|^({_NAME})\s+[-\u2013|/]\s+{_DEPARTMENT}$"
)
# Signing for the company, on the line after the closing: "Pour Acme,", "For Acme", "Für die
# Acme AG"
_FOR_COMPANY = re.compile(
    r"^(?:Pour|For|Für|On behalf of|Au nom de)\s+(?:la société |l'entreprise |die |den |das )?"
    rf"({_NAME}),?$"
)


# The two readers below are asked about the last lines of every message's text, and a
# template's last lines (its legal footer) are the same in every message it sends: each
# answer is kept (as a tuple, which no caller can change) for the next message that ends so.
@lru_cache(maxsize=512)
def signature_companies(text: str) -> tuple[str, ...]:
    """Company names in the last lines of a message's text (the signature)."""
    found: list[str] = []
    lines = [line.strip(" \t/|") for line in text.strip().split("\n")[-8:]]
    for i, (team_alone, names) in enumerate(map(_line_companies, lines)):
        # "Ihr Recruiting Team" on its own line, the company on the next
        if team_alone and i + 1 < len(lines):
            if match := re.fullmatch(rf"({_NAME})(?:\.(?:at|de|ch|com|nl))?", lines[i + 1]):
                found.append(match.group(1))
            elif match := _DOMAIN_LINE.match(lines[i + 1].lower()):
                found.append(match.group(1))  # "Recruiting-Team / spusu.at"
        found += names
    return tuple(name for name in found if len(name) > 1)


# What a signature line says on its own, kept per line: the tail a message is cut to (and so
# the tail signature_companies keeps) changes from message to message, its lines much less.
@lru_cache(maxsize=4096)
def _line_companies(line: str) -> tuple[bool, tuple[str, ...]]:
    """Whether the (stripped) line is a team's name alone, whose company the next line may
    give, and the names the line gives by itself, in order."""
    if not line or len(line) > 90:
        return False, ()
    team_alone = _TEAM_ALONE.match(line) is not None
    if (match := _DEPARTMENT_AND_NAME.match(line)) and not _is_person_line(
        name := next(group for group in match.groups() if group)
    ):
        return team_alone, (name,)  # (not "Anna Huber | Recruiting": the signer and her team)
    found: list[str] = []
    for part in re.split(r"\s*//\s*|\s+\|\s+", line):
        if match := _WITH_LEGAL.match(part):
            # written with its legal form, which tells a company from a department
            found.append(f"{match.group(1)} {match.group(2)}")
        elif match := _SIGNED_BY_TEAM.match(part):
            found.append(_GROUP.sub("", match.group(1)))
        elif match := _SIGNED_DE.match(part):
            found.append(next(group for group in match.groups() if group))
    return team_alone, tuple(found)


# The signature block most mail ends with, in every language: a closing, the signer's name,
# their title, then the employer ("Mit freundlichen Grüßen / Yvonne Skala / silverbytes Custom
# Software Solutions", "Kind regards / Jane Doe / Talent Partner / Acme Analytics").
_CLOSING_LINE = re.compile(
    r"^(?:with\s+)?(?:(?:best|kind|warm|warmest|many)\s+)?(?:regards|wishes)|^sincerely|^best|^thanks|"
    r"^thank you|^cheers|^all the best|^yours|^(?:mit\s+)?(?:freundlich|herzlich|beste|viele|"
    r"liebe|schöne)\w*\s+grü(?:ß|ss)\w*|^lg\b|^mfg\b|^(?:bien\s+)?cordialement|^salutations|"
    r"^bien à (?:vous|toi)|^(?:un\s+)?(?:cordial\s+)?saludos?|^atentamente|"
    r"^(?:met\s+)?(?:vriendelijke|hartelijke)\s+groet\w*|^groet\w*|^hochachtungsvoll|"
    r"^très cordialement|^(?:(?:bien\s+)?sincères|meilleures)\s+salutations",
    re.IGNORECASE,
)
# The long closings of a formal letter, whatever their length: "Veuillez agréer, Madame,
# Monsieur, l'expression de nos salutations distinguées."
_FORMAL_CLOSING = re.compile(
    r"^(?:veuillez|je vous prie d'|nous vous prions d')\s*agréer\b|salutations distinguées\.?$",
    re.IGNORECASE,
)
# Who signs for whom, on its own line before the name: "i.A.", "Im Auftrag", "i.V."
_FOR_LINE = re.compile(
    r"^(?:i\.\s?[AV]\.|im auftrag|in vertretung|pp\.?|p\.\s?o\.)$", re.IGNORECASE
)
# The signer's contact lines between their title and the company: "T +43 1 234", "M: 0664…",
# "anna.huber@acme.at", "www.acme.at"
_CONTACT_LINE = re.compile(
    r"^(?:[TMFP]|tel|phone|mobil|mobile|fax|e-?mail|web)\b\.?\s*:?\s*[+\d(]|^\+?[\d ()/-]{6,}$"
    r"|^\S+@\S+\.\w+$|^(?:https?://)?www\.\S+$",
    re.IGNORECASE,
)
_DEGREE = re.compile(
    r"\bi\.\s?[AV]\.|\bpp\.|[(),]"  # "i.A. Mara Kessler", "Emma Iwancsich, BA"
    r"|\b(?:Mag|Dr|DI|Dipl|Ing|Prof|BA|MA|BSc|MSc|MBA|LL\.?M|MAS|PhD|FH|Bakk)\b\.?(?:-Ing\.?)?"
)
_FIRST_NAME = re.compile(r"[A-ZÄÖÜÉÈ][a-zäöüßéèáíóúñç'-]+")
_PERSON_WORD = re.compile(r"^[A-ZÄÖÜÉÈ][a-zäöüßéèáíóúñç'-]+$|^[A-ZÄÖÜÉÈ'-]{2,}$")
_TITLE_WORDS = re.compile(
    r"recruit|talent|\bhr\b|human|personal|partner|specialist|manager|leiter|leitung|referent|"
    r"assistent|consultant|acquisition|people|business|coordinator|director|head\b|officer|"
    r"\blead\b|chargée?|responsable|ressources|reclutador|selecci|recursos|medewerker|adviseur|"
    r"sourcer|generalist|:in\b|\*in\b|recrut|marque employeur|employer branding",
    re.IGNORECASE,
)
_NOT_COMPANY_LINE = re.compile(
    r"@|https?:|www\.|^\+?\d|\b(?:tel|phone|mobil|mobile|fax|email|e-mail)\b|^[TMFE]:"
    r"|\d{4,}|(?:straße|strasse|gasse|platz|weg)\b|\bstreet\b|\bavenue\b",
    re.IGNORECASE,
)
_DOMAIN_LINE = re.compile(r"^([a-z0-9][a-z0-9-]+)\.(?:at|de|ch|com|nl|fr|es|be|io|eu)$")


# Lower-case particles inside a person's name: "Sanne de Boer", "Jan van der Berg", "Anna von
# Stein", "Lucía de la Fuente"
_PARTICLES = frozenset(["de", "den", "der", "van", "von", "ten", "ter", "zu", "la", "del", "di"])


def _is_person_line(line: str) -> bool:
    words = _DEGREE.sub(" ", line).split()
    names = [word for word in words if word not in _PARTICLES]
    return (
        2 <= len(names) <= 4
        and len(words) <= 6
        and bool(_PERSON_WORD.match(words[0]) and _PERSON_WORD.match(words[-1]))
        and all(_PERSON_WORD.match(word) for word in names)
    )


# A template's closing lines come back in every message it sends, when the lines around them
# (and so the tail signature_block_companies keeps) do not: each line's answer is kept.
@lru_cache(maxsize=4096)
def _is_closing_line(line: str) -> bool:
    # a closing in two languages: "Met vriendelijke groeten / Kind regards"
    return any(len(part) < 40 and _CLOSING_LINE.match(part) for part in line.split(" / ")) or bool(
        _FORMAL_CLOSING.search(line)
    )


@lru_cache(maxsize=512)
def signature_block_companies(text: str) -> tuple[str, ...]:
    """The employer written under the signer's name (and title) after the closing."""
    lines = [line.strip(" \t/|") for line in text.strip().split("\n")[-10:]]
    lines = [line for line in lines if line]
    closing = max((i for i, line in enumerate(lines) if _is_closing_line(line)), default=-1)
    if closing < 0:
        return ()
    rest = [line for line in lines[closing + 1 : closing + 8] if not _FOR_LINE.match(line)][:6]
    if not rest:
        return ()
    if match := _FOR_COMPANY.match(rest[0]):
        return (match.group(1),)  # "Pour Acme, / Claire Dubois"
    if (
        len(parts := re.split(r"\s+[|\u2013-]\s+", rest[0])) == 2
        # the signer's full name, or their first name alone: "Carola | Acme"
        and (_is_person_line(parts[0]) or _FIRST_NAME.fullmatch(parts[0]))
        and not _TITLE_WORDS.search(parts[0] + " " + parts[1])
        and re.fullmatch(_NAME, parts[1])
    ):
        return (parts[1],)  # "Claire Dubois | Acme"
    if len(rest[0]) > 60:
        return ()
    if _TEAM_ALONE.match(rest[0]) or (len(rest[0]) < 40 and _TITLE_WORDS.search(rest[0])):
        # A team signs, the company or its web address under it: "The Recruiting Team /
        # Acme Analytics", "Recruiting-Team / spusu.at"
        if len(rest) < 2 or len(rest[1]) > 60 or _TITLE_WORDS.search(rest[1]):
            return ()
        rest = ["", rest[1]]
    elif (
        len(rest) > 1
        and _TEAM_ALONE.match(rest[1])
        and re.fullmatch(_NAME, rest[0])
        # (not the signer and her department, the company under them: "Petra Huber /
        # Recruiting / Acme GmbH")
        and not (len(rest) > 2 and _is_person_line(rest[0]))
    ):
        return (rest[0],)  # the company, its department under it: "Acme / People & Culture"
    elif not _is_person_line(rest[0]):
        return ()
    for line in rest[1:5]:
        if len(line) < 60 and _TITLE_WORDS.search(line):
            continue  # "HR Business Partner:in", "Talent Acquisition Specialist"
        if _CONTACT_LINE.match(line):
            continue  # the signer's telephone, address or web page, the company under them
        if len(line) > 60 or len(line.split()) > 6 or _NOT_COMPANY_LINE.search(line):
            return ()
        if match := _DOMAIN_LINE.match(line.lower()):
            return (match.group(1),)
        return (line,) if line[:1].isalnum() else ()
    return ()

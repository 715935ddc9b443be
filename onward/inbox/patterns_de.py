"""Where German and Austrian mail names the employer in its sentences: "Ihre Bewerbung bei der
Acme GmbH", "Interesse an einer Tätigkeit bei Acme", "das Gespräch mit dem Team von Acme",
"Ihre Bewerbung an der Universität Wien", "seitens der Acme Bank", "wir von Acme".

patterns.py adds these rows to its own; they are written with the name piece it passes in
(NAME), so that this file needs nothing from it. Kept apart since the twelfth pass, when
patterns.py passed 500 lines.
"""

from __future__ import annotations

Row = tuple[str, int, tuple[str, ...]]


def _alt(*words: str) -> str:
    return "(?:" + "|".join(words) + ")"


_AT = _alt(
    "Interesse an",
    "Vertrauen in",
    "Bewerbung bei",
    "Bewerbung an",
    "Tätigkeit bei",
    "Position bei",
    "Stelle bei",
    "Karriere bei",
    "Gespräch bei",
    "Zeit bei",
)
# A role written as one German word ("Softwareentwickler", "Projektleiterin"): never a company
_ROLE = (
    r"(?![^.,;:!?\n]*?(?i:entwickler|ingenieur|berater|leiter|referent|manager|assistenz|"
    r"sachbearbeit|techniker|kaufm|mitarbeiter|praktik|analyst|architekt|trainee|werkstudent|"
    r"stelle|position|funktion))"
)


def rows(name: str) -> list[Row]:
    """The German rows, with `name` the pattern a company's name is read with."""
    return [
        (
            rf"{_AT} (?:der |dem |den |einer )?"
            # "Interesse an einer Anstellung in der Acme Bank"
            rf"(?:{_alt('Position', 'Stelle', 'Tätigkeit', 'Mitarbeit', 'Funktion', 'Karriere')}"
            rf"(?: [^.,]{{0,60}}?)?{_alt(' bei ', ' mit ')}"
            rf"|{_alt('Anstellung', 'Beschäftigung', 'Mitarbeit', 'Tätigkeit')}"
            rf"{_alt(' in der ', ' im ', ' bei der ', ' bei ', ' in unserem Unternehmen ')})?"
            rf"({name})",
            4,
            ("bei", "interesse an", "vertrauen in", "bewerbung an"),
        ),
        # "Teil der Acme Familie", "Ihre Bewerbung bei uns, der Acme GmbH"
        (
            rf"\b[Tt]eil (?:der|des|von) ({name})[ -](?:Familie|Teams?|Crew)\b",
            4,
            ("teil d", "teil v"),
        ),
        (rf"\b(?:bei|an|für) uns,? (?:der|dem|den|die) ({name})", 4, (" uns",)),
        # "eine Tätigkeit in der Firma Acme", "Ihre Bewerbung bei der Firma Acme"
        (rf"\b(?:in|bei|an) (?:der |die )?Firma ({name})", 4, ("firma ",)),
        # "dass Sie sich für Acme interessieren"
        (rf"\bsich für (?:die |den |das )?({name}) (?:interessier|entschieden)", 4, ("sich für",)),
        (
            rf"\b(?:[Ii]hr|[Dd]as|[Ee]uer) ({name})[ -]"
            rf"{_alt('Recruiting', 'Recruiting-', 'Personal', 'HR', 'Talent', 'Karriere')}"
            r"(?:[ -]?Team)?",
            4,
            ("ihr ", "das ", "euer "),
        ),
        # (weak: "beim BRZ" is often the short form of a name the signature writes out)
        (rf"\bbei(?:m| der| dem)? ({name})(?: GmbH| AG| SE)?[ .,]", 2, ("bei",)),
        # "mit dem Team von Acme", "die Kolleg:innen bei Acme" (not "das Team von Frau Huber")
        (
            r"\b(?:[Tt]eam|Kolleg(?:en|innen|:innen|\*innen)) (?:von|bei) (?:der |dem |den )?"
            rf"(?!(?:Frau|Herrn?|Dr)\b)({name})",
            3,
            ("team von", "team bei", "kolleg"),
        ),
        # "Ihre Bewerbung für Acme" (not for a role: "Ihre Bewerbung für Softwareentwickler")
        (
            rf"\b(?:[Bb]ewerbung|beworben) für (?:die |den |das )?{_ROLE}({name})",
            3,
            ("bewerbung für", "beworben für"),
        ),
        # "wir von Acme danken Ihnen", "seitens der Acme Bank AG", "seitens Acme"
        (rf"\b[Ww]ir (?:von|vom Team) (?:der |dem )?({name})", 3, ("wir von", "wir vom")),
        (rf"\b[Ss]eitens (?:der |des |dem |von )?({name})", 3, ("seitens",)),
    ]

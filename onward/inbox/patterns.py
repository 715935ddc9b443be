"""The regular expressions that find a company in a message's text, and the pieces names are
written with (role_patterns.py and subject_patterns.py build theirs from them).

Each pattern has a weight (how much it says on its own) and a few cheap substrings
("triggers") one of which it needs: most patterns skip most mail without running.
"""

from __future__ import annotations

import itertools
import re
import string

from . import patterns_de
from .pattern_heads import Heads, Patterns, Triggers

DASH = "\u2013"  # en dash, as in "Acme \u2013 Data Analyst"
QUOTE = "\u2019"  # typographic apostrophe


def alt(*words: str) -> str:
    return "(?:" + "|".join(words) + ")"


def word_start(*words: str) -> str:
    r"""The same as rf"\b{alt(*words)}" for plain words that begin with a letter, written so
    that each alternative begins with its letter and \b is checked after it ((?<!\w.): the
    character before the word is not a letter). The regex engine then jumps from one
    possible first letter to the next instead of trying every position: three times faster
    on the long text of an applicant-tracking template."""
    return "(?:" + "|".join(word[0] + r"(?<!\w.)" + re.escape(word[1:]) for word in words) + ")"


# A name as written: capitalised words, possibly joined by &, "and", "of", "de".
# Initials are a word too: "J.P. Morgan", "D. E. Shaw" (two at least: "Plan B." ends a sentence).
WORD = rf"(?:[A-Z]\.(?: ?[A-Z]\.)+|[A-Z0-9ÄÖÜÉÈÀÁÍÓÚÑÇ][\w&'{QUOTE}+-]*)"
JOINER = alt(" ", " & ", " and ", " of ", " de ", " du ", " la ", " y ", " und ", "-")
NAME = rf"{WORD}(?:{JOINER}{WORD}){{0,4}}"
NAME_SHORTEST = NAME + "?"
# In a subject a name may start in lower case before a capital ("Your application to eBay");
# the text's patterns keep NAME, whose heads start with a capital.
SUBJECT_NAME = rf"(?:{WORD}|[a-z][A-Z][\w&'{QUOTE}+-]*)(?:{JOINER}{WORD}){{0,4}}"
# A legal form after a name: "Pandora Media, Inc.", "The TJX Companies, Inc.".
LEGAL = r"(?:Inc|LLC|Ltd|Corp|Co|GmbH|PLC|Limited|Corporation)\b\.?"
SEP = rf"[-{DASH}|]"
# What a reply or a forward puts before a subject, in the languages read: "RE: RE:", "AW:",
# "Antw:", "WG:", "TR:", "RV:", "Fwd:", "RE[2]:". Read without it, a thread's subject is its
# first message's ("RE: RE: Acme Opportunity" is "Acme Opportunity").
REPLY_PREFIX = re.compile(
    r"^(?:(?:re|aw|antw|fwd?|wg|tr|rv|res)(?:\[\d+\])?\s*:\s*)+", re.IGNORECASE
)


def compiled(rows: list[tuple[str, int, tuple[str, ...]]]) -> Patterns:
    return [(re.compile(pattern), weight, triggers) for pattern, weight, triggers in rows]


# Each word written out (not "internships?"), so the heads below can use the same tuple.
_JOB_WORDS = (
    "position",
    "role",
    "job",
    "opening",
    "vacancy",
    "opportunity",
    "opportunities",
    "roles",
    "positions",
    "internship",
    "internships",
)
_JOBS = alt(*_JOB_WORDS)
_INTEREST_WORDS = (
    "interest in",
    "applying to",
    "applied to",
    "application to",
    "applying at",
    "application with",
    "apply to",
    "apply at",
    "apply with",
    "candidacy with",
    "candidacy at",
    "employment with",
    "for considering",
)
_INTEREST = alt(*_INTEREST_WORDS)
_TIME_WORDS = (
    "career",
    "careers",
    "future",
    "journey",
    "time",
    "conversation",
    "conversations",
    "interview",
    "interviews",
    "interviewing",
    "meeting",
    "speaking",
    "chat",
    "chatting",
)
_TIME = alt(*_TIME_WORDS)
_TEAMS = alt(
    "[Rr]ecruiting ",
    "[Rr]ecruitment ",
    "[Tt]alent ",
    "[Tt]alent [Aa]cquisition ",
    "[Hh]iring ",
    "[Pp]eople ",
    "[Cc]areers ",
    "HR ",
)
_FR_AT = alt(
    "intérêt pour",
    "candidature chez",
    "candidature au sein de",
    "poste chez",
    "poste au sein de",
    "au sein de",
    "rejoindre",
    "pensé à",  # "merci d'avoir pensé à Acme"
    "auprès de",  # "votre candidature auprès de Acme"
    "auprès du",  # "auprès du Centre Hospitalier de Acme"
    "candidature à la",  # "votre candidature à la Mairie de Acme"
    "candidature au",  # "votre candidature au Centre Hospitalier de Acme"
    "avoir choisi",  # "merci d'avoir choisi Acme"
    "envoyée à",
    "adressée à",  # "votre candidature spontanée adressée à Acme"
    "transmise à",
    "de la structure",  # what French public job sites call an employer
    "[Ll]'employeur",
)
_ES_AT = alt(
    "interés en",
    "interés por",
    "candidatura en",
    "candidatura para",
    "postulación en",
    "puesto en",
    "formar parte de",
    "unirte a",
    # "gracias por postularte a Acme"
    "postularte a",
    "postularse a",
    "postulado a",
    # "nuestro proceso de selección para Acme"
    "selección para",
    "selección de",
    "selección en",
)
_ES_TEAM = alt("[Tt]alento ", "[Ss]elección ", "[Rr]ecursos [Hh]umanos ", "RRHH ", r"RR\.\s?HH\.? ")
_NL_AT = r"(?:(?:sollicitatie|solliciteren|werken|functie|vacature) bij|interesse (?:in|voor))"
# "je sollicitatie voor de functie van analist bij Acme"

COMPANY = compiled(
    [
        (rf"{_JOBS} (?:here )?(?:at|with) (?:the )?({NAME})", 5, (" at ", " with ")),
        (
            rf"{_INTEREST} (?:joining |working at |working for |working with |a career at |"
            rf"a career with |employment with )?(?:the )?({NAME})",
            4,
            (
                "interest in",
                "applying",
                "applied to",
                "application to",
                "application with",
                "apply ",
                "candidacy ",
                "employment with",
                "for considering",
            ),
        ),
        # "At Acme, we..."
        (rf"At ({NAME}), [a-z]", 3, ("at ",)),  # starts with a literal: found fast
        (rf"{_TIME} (?:at|with) (?:the )?({NAME})", 3, (" at ", " with ")),
        # "everyone at Acme", "Everyone at Acme appreciates…", "We at Acme"
        (
            rf"{word_start('everyone', 'Everyone', 'us', 'we', 'We', 'here', 'Here', 'team')} at "
            rf"({NAME})",
            4,
            (" at ",),
        ),
        (rf"{word_start('The', 'the', 'Your', 'your')} ({NAME}) {_TEAMS}?[Tt]eam\b", 4, ("team",)),
        (
            rf"\b(?:[Oo]n behalf of|join|joining) (?:the )?(?:entire |whole )?({NAME})",
            3,
            ("behalf", "join"),
        ),
        # the writer's own company, named: "our company, Acme", "unserem Unternehmen Acme",
        # "notre entreprise Acme", "nuestra empresa Acme", "ons bedrijf Acme"
        (
            r"\b(?:[Oo]ur|[Uu]nser(?:em|es)?|[Nn]otre|[Nn]uestra|[Oo]ns) "
            r"(?:company|organi[sz]ation|"
            rf"firm|Unternehmen|entreprise|société|empresa|bedrijf),? (?:der |die )?({NAME})",
            3,
            (
                "our company",
                "our organization",
                "our organisation",
                "our firm",
                "unserem unternehmen",
                "unser unternehmen",
                "unseres unternehmen",
                "notre entreprise",
                "notre société",
                "nuestra empresa",
                "ons bedrijf",
            ),
        ),
        # an agency passing on its client's answer: "our client, Acme, has decided…",
        # "unser Kunde, die Acme GmbH", "notre client Acme", "onze klant Acme"
        (
            r"\b(?:[Oo]ur|[Mm]y|[Uu]nser(?:em)?|[Nn]otre|[Oo]nze) (?:client|Kunden?|Mandant|klant)"
            rf",? (?:company |die |der )?({NAME})",
            4,
            ("client", "kunde", "mandant", "klant"),
        ),
        # "the position of Data Analyst within Acme", "opportunities within Acme"
        (
            rf"{_JOBS} (?:of [^.,;!?\n]{{2,60}}? )?within (?:the )?({NAME})"
            # not a part of it: "roles within the Data Science team"
            r"(?=[.,;!?:)]|\s*$|\s+(?!team|department|division|function|unit|group)[a-z])",
            4,
            ("within",),
        ),
        # "Ihr Interesse, im Acme-Team mitzuarbeiten"; "Wir, die Acme GmbH, danken Ihnen"
        (rf"\b(?:im|ins|zum|unserem) ({NAME})-Team\b", 3, ("-team",)),
        (rf"\b[Ww]ir, (?:die|das|der) ({NAME}),", 3, ("wir,",)),
        # "the role of Analyst with Acme"
        (
            rf"{_JOBS} (?:of|as) (?:an? |the )?[A-Z][^.,;!?\n]{{0,60}}? (?:at|with) ({NAME})",
            4,
            ("role of", "role as", "position of", "position as", "job of", "job as"),
        ),
        (rf"^(?:{NAME}\s*\n)?({NAME}) · ", 3, (" · ",)),
        # "Sent with ♥ from Acme, Inc.": a template's sign-off
        # (not a phone's or a mail app's: "Sent from Outlook Mobile", "Sent from my iPhone")
        (
            rf"\b[Ss]ent (?:with \S{{1,8}} )?from (?!(?:Outlook|Mail|Yahoo|Gmail|iPhone|iPad|"
            rf"Android|Samsung|Windows|Proton|BlackBerry|Huawei|Xiaomi|AOL|GMX|Thunderbird)\b)"
            rf"({NAME})",
            3,
            ("sent with", "sent from"),
        ),
        (
            rf"\b{alt('heard back', 'feedback', 'news', 'update', 'decision')} from ({NAME})",
            4,
            ("from ",),
        ),
        (
            rf"{word_start('considering', 'consider', 'thinking of')} ({NAME}) "
            r"(?:as|for|again|in the future)\b",
            3,
            ("consider", "thinking of"),
        ),
        # "Thank you for including GitHub in your job search"
        (
            rf"{word_start('including', 'choosing')} ({NAME}) in your\b",
            3,
            ("including", "choosing"),
        ),
        (rf"{word_start('at')} ({NAME})[.,!]", 2, (" at ",)),
        # Applied through a job board: "the position ... with Macrosoft through Dice".
        (rf"\b(?:with|at|to) ({NAME}) (?:through|via|on) [A-Z]", 4, (" through ", " via ")),
        # German (patterns_de.py)
        *patterns_de.rows(NAME),
        # French
        (
            rf"{_FR_AT} (?:la société |l'entreprise |le groupe |l'|la |du )?({NAME})",
            4,
            (
                "intérêt",
                "candidature",
                "poste",
                "au sein",
                "rejoindre",
                "pensé à",
                "auprès de",
                "auprès du",
                "avoir choisi",
                "envoyée à",
                "adressée à",
                "transmise à",
                "structure",
                "employeur",
            ),
        ),
        (
            rf"\b(?:[Ll]'équipe|[Ll]es équipes) (?:[Rr]ecrutement |RH |[Tt]alents? )?"
            rf"(?:de |d'|chez )?({NAME})",
            4,
            ("équipe",),
        ),
        (rf"\bchez ({NAME})", 3, ("chez",)),
        # "l'intérêt que vous portez à Acme", "l'intérêt porté à Acme", "Le service RH de Acme"
        (
            r"\bintérêt (?:que vous (?:portez|avez porté|avez manifesté|témoignez)|porté|manifesté)"
            rf" (?:à|pour) (?:la société |l'entreprise |le groupe |notre groupe )?({NAME})",
            4,
            ("intérêt",),
        ),
        (
            r"\b[Ll]e service (?:RH|[Rr]ecrutement|(?:des )?[Rr]essources [Hh]umaines"
            r"|du personnel) "
            rf"(?:de |d'|du )({NAME})",
            4,
            ("service",),
        ),
        # Spanish
        (
            rf"{_ES_AT} (?:la empresa |el equipo de )?({NAME})",
            4,
            (
                "interés",
                "candidatura",
                "postulación",
                "puesto en",
                "formar parte",
                "unirte",
                "selección",
                "postula",
            ),
        ),
        (rf"\b[Ee]l equipo (?:de )?{_ES_TEAM}?(?:de |en )?({NAME})", 4, ("equipo",)),
        # "Desde Acme queremos agradecerte…", "Desde el equipo de Acme te escribimos…"
        (
            rf"\b[Dd]esde (?:el equipo de )?({NAME}),? (?:queremos|te|le|os|nos|agradecemos)\b",
            3,
            ("desde",),
        ),
        # "postularte a la vacante de analista en Acme"
        (
            r"\b(?:vacante|oferta|posición) (?:de [^.,;\n]{0,60}? )?en (?:la empresa )?"
            rf"({NAME})",
            4,
            ("vacante", "oferta", "posición"),
        ),
        # Dutch: "je sollicitatie bij Acme", "je interesse in Acme", "de functie van X bij Acme"
        (
            rf"{_NL_AT} (?:[^.,;\n]{{0,60}}? bij )?({NAME})",
            4,
            ("bij ", "interesse in", "interesse voor"),
        ),
        (
            r"\b(?:sollicitatie|solliciteren|functie|vacature) (?:voor|als|van|op) "
            rf"[^.,;\n]{{0,60}}? bij ({NAME})",
            4,
            (" bij ",),
        ),
        # French and Spanish: "de l'entreprise Acme", "la société Acme a étudié",
        # "trabajar con nosotros en Acme"
        (
            rf"\b(?:[Ll]'entreprise|[Ll]a société|[Ll]e groupe|[Ll]'association) ({NAME})",
            3,
            ("entreprise ", "société ", "groupe ", "association "),
        ),
        (rf"\b(?:con nosotros|trabajar) en ({NAME})", 3, ("nosotros en", "trabajar en")),
        # Signing for the company: "Namens Acme", "au nom de Acme", "en nombre de Acme",
        # "im Namen der Acme", "i.A. der Acme"
        (
            rf"\b(?:[Nn]amens|[Aa]u nom de|[Ee]n nombre de|[Ii]m (?:Namen|Auftrag) (?:der|des|von))"
            rf" (?:la société |l'entreprise |het team van |l'équipe (?:de |d')?)?({NAME})",
            3,
            ("namens", "au nom de", "en nombre de", "im namen", "im auftrag"),
        ),
        # "Anna vom Acme Recruiting Team", "Grüße von der Acme HR", "Anna aus dem Acme HR-Team"
        (
            rf"\b(?:vom|von der|von|aus dem) ({NAME}) "
            rf"{alt('Recruiting', 'HR', 'Personal', 'Talent', 'Karriere', 'People')}"
            r"(?:[- ]?Team)?\b",
            3,
            ("vom ", "von ", "aus dem "),
        ),
        # "The recruitment team of Acme Robotics"
        (
            r"\b(?:[Rr]ecruitment|[Rr]ecruiting|[Tt]alent|[Tt]alent [Aa]cquisition|HR|[Hh]iring|"
            rf"[Pp]eople) [Tt]eam of ({NAME})",
            4,
            ("team of",),
        ),
        # "das Vertrauen, das Sie in die Acme gesetzt haben"
        (
            r"\bVertrauen, (?:das|welches) (?:Sie|du|ihr) (?:\w+ ){0,3}?in "
            r"(?:die |den |das |unsere? )?"
            rf"({NAME}) (?:\w+ )?(?:gesetzt|setzen|setzt|gezeigt|entgegengebracht)",
            4,
            ("vertrauen,",),
        ),
        # A department, then its company, on a signature line: "HR Department Acme Logistik"
        # "La Direction des Ressources Humaines de Acme", "Het HR-team van Acme"
        (
            r"(?m)^(?:HR|Human Resources|People|Recruiting|Recruitment|Talent Acquisition) "
            rf"(?:Department|Abteilung) (?:of |at |der |des |von |bei )?({NAME})[ \t]*$",
            4,
            ("department", "abteilung"),
        ),
        (
            r"\b(?:[Ll]a [Dd]irection|[Ll]e [Pp]ôle|[Ll]e [Dd]épartement) (?:des |du )?(?:RH|"
            rf"[Rr]essources [Hh]umaines|[Rr]ecrutement|[Tt]alents?) (?:de |d'|du )({NAME})",
            4,
            ("direction", "pôle", "département"),
        ),
        (
            r"\b[Hh]et (?:HR|[Rr]ecruitment|[Rr]ecruiting|P&O|[Tt]alent|[Pp]ersoneels)[- ]?"
            rf"(?:team|afdeling) (?:van|bij) ({NAME})",
            4,
            ("team van", "team bij", "afdeling van", "afdeling bij"),
        ),
        (
            rf"\b(?:[Ee]quipo de {alt('[Tt]alento', '[Ss]elección', '[Rr]eclutamiento', 'RRHH')})"
            rf" (?:de |en )?({NAME})",
            4,
            ("equipo",),
        ),
    ]
)


def joined(*parts: tuple[str, ...]) -> list[str]:
    """Every string made of one piece of each part, in order."""
    return ["".join(pieces) for pieces in itertools.product(*parts)]


UPPER = tuple(string.ascii_uppercase)  # a role's first character
_NAME_FIRST = (*UPPER, *string.digits, *"ÄÖÜÉÈÀÁÍÓÚÑÇ")  # NAME's (WORD's) first character
_AT_WITH = (" at ", " with ")
COMPANY_TRIGGERS = Triggers(COMPANY)


def _index(rows: Patterns, source_start: str) -> int:
    """The index of the one pattern whose source starts so: heads are filed by what their
    pattern says, so that a pattern added to the list cannot shift them onto another."""
    found = [
        i for i, (pattern, _, _) in enumerate(rows) if pattern.pattern.startswith(source_start)
    ]
    if len(found) != 1:
        raise LookupError(f"{len(found)} patterns start with {source_start!r}")
    return found[0]


COMPANY_HEADS = Heads(
    {
        _index(COMPANY, f"{_JOBS} (?:here )?"): joined(
            _JOB_WORDS, (" ", " here "), ("at ", "with ")
        ),
        _index(COMPANY, f"{_INTEREST} "): joined(
            _INTEREST_WORDS,
            (" ",),
        ),
        _index(COMPANY, f"{_TIME} "): joined(
            _TIME_WORDS,
            _AT_WITH,
        ),
        _index(
            COMPANY, word_start("everyone", "Everyone", "us", "we", "We", "here", "Here", "team")
        ): joined(("everyone", "Everyone", "us", "we", "We", "here", "Here", "team"), (" at ",)),
        _index(COMPANY, word_start("The", "the", "Your", "your")): joined(
            ("The ", "the ", "Your ", "your "), _NAME_FIRST
        ),
        _index(COMPANY, word_start("considering", "consider", "thinking of")): joined(
            ("considering ", "consider ", "thinking of "), _NAME_FIRST
        ),
        _index(COMPANY, f"{word_start('at')} "): joined(("at ",), _NAME_FIRST),
        _index(COMPANY, "At ("): joined(("At ",), _NAME_FIRST),
    }
)

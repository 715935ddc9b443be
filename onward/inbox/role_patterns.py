"""The regular expressions that find the job's title in a message's subject and text.

Each pattern has a weight (how much it says on its own) and a few cheap substrings
("triggers") one of which it needs, as the company's in patterns.py.
"""

from __future__ import annotations

from functools import lru_cache

from .pattern_heads import Heads, Triggers
from .patterns import DASH, NAME, QUOTE, REPLY_PREFIX, SEP, UPPER, alt, compiled, joined, word_start

# A job title: capitalised words with the small words titles use.
ROLE_WORD = alt(
    rf"[A-Z0-9ÄÖÜÉ][\w/+#&.{QUOTE}'()-]*",
    "of",
    "and",
    "for",
    "in",
    "de",
    "du",
    "des",
    "la",
    "le",
    "y",
    "en",
    "und",
    "für",
    "&",
    "/",
    "-",
    DASH,
    "I",
    "II",
    "III",
    "IV",
)
ROLE = rf"(?:[A-Z][\w/+#&.{QUOTE}'-]*)(?: {ROLE_WORD}){{0,7}}"
_ROLE_NOUNS = alt(
    "position",
    "role",
    "job",
    "opening",
    "vacancy",
    "opportunity",
    "posting",
    "programme",
    "program",
    "scheme",
)
_ROLE_END = r"(?= at | with | here| position| role|[.,!;:]| -|$)"
_APPLYING_WORD = word_start(  # [Aa]pplication, [Aa]pplying, ... as whole words
    *(case + word for word in ("pplication", "pplying", "pplied") for case in "Aa"),
    *(case + "andidacy" for case in "Cc"),
    *(case + word for word in ("nterest", "nterview", "nterviewing") for case in "Ii"),
)

ROLE_IN_TEXT = compiled(
    [
        (
            rf"{word_start('the', 'our', 'this', 'your', 'an', 'a')} ({ROLE}) {_ROLE_NOUNS}\b",
            5,
            (
                "position",
                "role",
                "job",
                "opening",
                "vacancy",
                "opportunit",
                "posting",
                "program",
                "scheme",
            ),
        ),
        (
            rf"\b(?:the|your|a) ({ROLE}) "
            rf"{alt('coding test', 'test', 'assessment', 'challenge', 'interview', 'take-home')}\b",
            3,
            ("test", "assessment", "challenge", "interview", "take-home"),
        ),
        (rf"^({ROLE})\n{NAME} · ", 4, (" · ",)),
        (
            rf"{word_start('position', 'role', 'job', 'vacancy', 'opening')} (?:of|as|for) "
            rf"(?:an? |the )?({ROLE})",
            5,
            ("position", "role", "job", "vacancy", "opening"),
        ),
        (
            # "applying to Insurify" names the company: only "to the/our/a ..." is a role.
            rf"{_APPLYING_WORD} (?:for (?:the |our |an? )?|to (?:the |our |an? ))"
            rf"(?:position of |role of )?"
            rf"({ROLE}){_ROLE_END}",
            4,
            ("applica", "applying", "applied", "candidacy", "interest", "interview"),
        ),
        (
            rf"{word_start('as', 'for')} (?:an? |the |our )({ROLE})"
            r"(?= at | with | here| position| role| -|[.,!;:])",
            2,
            ("as ", "for "),
        ),
        # German, French, Spanish: titles are often lower case there, so take words to a stop.
        (
            rf"{word_start('Position', 'Stelle', 'Bewerbung')} "
            rf"(?:als |zum |zur |für die Position |für die Stelle )?({ROLE})"
            r"(?= bei | in | und |[.,!;:]| \(|$)",
            4,
            ("position", "stelle", "bewerbung"),
        ),
        (
            rf"\b(?:poste|emploi) (?:de |d'|d{QUOTE}|en tant que )([\w/' ()-]{{3,60}}?)"
            r"(?= chez | au sein | à | au | et |[.,!;:]| \(|$)",
            4,
            ("poste", "emploi"),
        ),
        (
            r"\b(?:puesto|vacante|posición|cargo|proceso) (?:de |como |para )"
            r"(?:el puesto de )?([\w/ ()-]{3,60}?)(?= en | con | para | y |[.,!;:]| \(|$)",
            4,
            ("puesto", "vacante", "posición", "cargo", "proceso"),
        ),
    ]
)

_FOR = alt(
    "for",
    "for the",
    "as",
    "as an?",
    "als",
    "pour le poste de",
    "pour le poste d'",
    "para el puesto de",
    "para",
)
SUBJECT_ROLE = compiled(
    [
        (rf"\b{_FOR} ({ROLE})(?= at | with | bei | chez | en |\s*{SEP}|\s*[(:]|\s*$)", 5, ()),
        (rf"^(?:[Rr]e: |AW: |Fwd: )?({ROLE}) (?:at|with|bei|chez|en) [A-Z]", 4, ()),
        (rf"({ROLE}) interview (?:with|at) [A-Z]", 4, ()),
        (rf"(?:{SEP}|:)\s*({ROLE})\s*(?:\(|$|{SEP})", 3, ()),
        (rf"^(?:[Rr]e: |AW: )?({ROLE})\s*(?:{SEP}|\()", 2, ()),
    ]
)

ROLE_TRIGGERS = Triggers(ROLE_IN_TEXT)
ROLE_HEADS = Heads(
    {
        0: joined(("the ", "our ", "this ", "your ", "an ", "a "), UPPER),
        1: joined(("the ", "your ", "a "), UPPER),
        3: joined(("position", "role", "job", "vacancy", "opening"), (" of ", " as ", " for ")),
        4: joined(
            (
                *joined(("A", "a"), ("pplication", "pplying", "pplied")),
                *joined(("C", "c"), ("andidacy",)),
                *joined(("I", "i"), ("nterest", "nterview", "nterviewing")),
            ),
            (" for ", " to "),
        ),
        5: joined(("as ", "for "), ("a ", "an ", "the ", "our "), UPPER),
        6: joined(("Position", "Stelle", "Bewerbung"), (" ",)),
    }
)


_REPLY_PREFIX = REPLY_PREFIX  # (the tests read it here)


# What the patterns find depends on the subject alone, and a template's subjects come back:
# each is read once per process.
@lru_cache(maxsize=4096)
def subject_roles(subject: str) -> tuple[tuple[str, int], ...]:
    """The roles the patterns find in the subject (its "Re:" and "Fwd:" taken off), in order,
    with each pattern's weight."""
    subject = _REPLY_PREFIX.sub("", subject)
    return tuple(
        (match.group(1), weight)
        for pattern, weight, _ in SUBJECT_ROLE
        for match in pattern.finditer(subject)
    )

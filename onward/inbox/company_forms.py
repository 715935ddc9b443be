"""How a company's name is told from a job title, how an address shortens it, and the
forms around a name that are not part of it (a programme, a team in a signature)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import accumulate, compress

from .patterns import LEGAL, NAME, QUOTE

# Words only a job title has: "Senior Data Analyst" is a title, "Acme" is not.
ROLE_WORDS = re.compile(
    r"\b(?:analyst|engineer|developer|manager|designer|scientist|lead|director|specialist|"
    r"consultant|associate|intern|architect|officer|coordinator|administrator|head|assistant|"
    r"researcher|writer|editor|accountant|nurse|teacher|representative|advisor|executive|"
    r"product|marketing|sales|support|operations|recruiter|strategist|programmer|technician|"
    r"entwickler|ingenieur|berater|leiter|développeur|ingénieur|chef|analista|desarrollador|"
    r"ingeniero|gerente|diseñador)[^\W\d_]*\b",  # "Advisor360" is a name, not a title
    re.IGNORECASE,
)

# A job title ends with who the person is ("Senior Data Analyst", "Marketing Coordinator");
# a company may end with what it does ("Luminize Marketing", "Acme Sales").
_TITLE_END = re.compile(
    r"\b(?:analyst|engineer|developer|manager|designer|scientist|lead|director|specialist|"
    r"consultant|associate|intern|architect|officer|coordinator|administrator|head|assistant|"
    r"researcher|writer|editor|accountant|nurse|teacher|representative|advisor|executive|"
    r"recruiter|strategist|programmer|technician|entwickler|ingenieur|berater|leiter|"
    r"développeur|ingénieur|chef|analista|desarrollador|ingeniero|gerente|diseñador)"
    # the word itself, or its feminine or plural ending ("Entwicklerin", "Desarrolladora"),
    # never a longer word: "Acme International", "Halvard Engineering", "Foster Architecture"
    # and "Acme Advisory" end with what a company does, not with who a person is
    r"(?:in|innen|e|s|a|as)?"
    # a firm named for its people in the plural is a company: "ZS Associates", "Acme Advisors"
    r"(?<!associates)(?<!consultants)(?<!advisors)(?<!engineers)$"
)
# Words a title is built from besides the role itself ("Senior Data", "Product Analytics").
TITLE_MODIFIERS = frozenset(
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


# "Head of Engineering", "Director of Data Science": who a person is, then of what.
_TITLE_OF = re.compile(r"^(?:\w+ )?(?:head|director|manager|lead|vp|chief) of \w+(?: \w+)?$")


@lru_cache(maxsize=4096)  # asked of every candidate of every message: the same few come back
def ends_with_who(key: str) -> bool:
    """Whether a candidate ends with who a person is ("supply chain analyst")."""
    return _TITLE_END.search(key) is not None


def looks_like_title(key: str, role_words: re.Pattern[str]) -> bool:
    """Whether a candidate (its company_key) reads as a job title rather than a company."""
    if _TITLE_END.search(key) or _TITLE_OF.search(key):
        return True
    words = key.split()
    return any(role_words.fullmatch(word) for word in words) and all(
        role_words.fullmatch(word) or word in TITLE_MODIFIERS for word in words
    )


def initials(key: str) -> str:
    """The initials of a name of three words or more ("software engineering institute" ->
    "sei"), else "": two words' initials are too often another name's."""
    words = key.split()
    return "".join(word[0] for word in words) if len(words) >= 3 else ""


def short_forms(key: str) -> tuple[str, ...]:
    """How an address shortens a name of three words or more: "topgolf callaway brands" ->
    "tcb", "tcbrands"; "blue cross blue shield" -> "bcbs"."""
    words = key.split()
    if len(words) < 3:
        return ()
    initials = "".join(word[0] for word in words)
    return (initials, initials[:-1] + words[-1])


# "the Acme Graduate Program" and "Acme Summer 2018 Internship" are Acme's.
PROGRAMME = re.compile(
    r"(?:\s+(?:Graduate|Internship|Intern|Summer|Campus|Rotational|Leadership|Early Career))*"
    r"\s+(?:Program|Programme|Scheme)$"
    r"|(?:\s+(?:Summer|Fall|Spring|Winter|Autumn|\d{4}))*\s+(?:Internships?|Co-?op)$"
)


def without_programme(name: str) -> str:
    """The company whose programme is named: "Acme Summer Internship" -> "Acme"; a field's
    programme ("Data Science Internship") is no company's, and stays as it is."""
    head = PROGRAMME.sub("", name)
    words = head.lower().split()
    if head != name and all(
        word in TITLE_MODIFIERS or ROLE_WORDS.fullmatch(word) for word in words
    ):
        return name
    return head


# A signature line "Acme Analytics | Talent Acquisition" (not "Jane Doe - Talent Acquisition
# Specialist", a person and her title).
COMPANY_THEN_TEAM = re.compile(
    rf"^({NAME})\s+[|\u2013-]\s+"
    r"(?:(?:University|Campus|College|Global|Technical|Early Careers?)\s+)?"
    r"(?:Talent Acquisition|Talent|Recruiting|Recruitment|HR|Careers|People|Human Resources)"
    r"(?:\s+(?:Team|Operations))?\s*$"
)
# The signer's title after the company: "Acme | University Recruiting Manager" (and
# "Jane Doe - Talent Acquisition Specialist", which extract.py tells apart: a person)
COMPANY_THEN_TITLE = re.compile(
    rf"^({NAME})\s+[|\u2013-]\s+(?:(?:University|Campus|College|Global|Technical|Senior)\s+)?"
    r"(?:Talent Acquisition|Talent|Recruiting|Recruitment|HR|People|Human Resources)\s+"
    r"(?:Manager|Partner|Lead|Coordinator|Specialist|Advisor|Business Partner)\s*$"
)


# Names found by looking back from a phrase that follows them. A pattern that starts with a
# name tries every capital letter of a long template; finding the phrase first and reading
# the 120 characters before it costs a tenth.
_ANCHORED = (
    # a template's footer: "AT&T is an Affirmative Action/Equal Opportunity Employer"
    (
        re.compile(r"[Ee]qual [Oo]pportunity"),
        re.compile(
            rf"(?:^|[.!]\s+|\n)({NAME})(?:,? {LEGAL})? (?:is|are) (?:an?|proud to be an?) "
            r"[\w/ -]{0,40}$"
        ),
        3,
    ),
    # "Acme appreciates your interest", "Acme has received your application", "Acme vous
    # remercie", "Acme te agradece", "Acme bedankt je", "Acme dankt Ihnen", "… bedankt sich"
    (
        re.compile(
            r" (?:appreciates|thanks you|has received your|is grateful|values your|vous remercie|"
            r"te agradece|le agradece|bedankt (?:je|u|sich)|dankt (?:Ihnen|dir))\b"
        ),
        # "Die Acme GmbH bedankt sich für Ihre Bewerbung": German names a company with its
        # article
        re.compile(rf"(?:^|[.!?]\s+|\n)(?:[Dd](?:ie|as|er) )?({NAME})$"),
        3,
    ),
    # "Acme's recruiting team"
    (
        re.compile(
            rf"(?:'s|{QUOTE}s|') (?:[Rr]ecruiting|[Rr]ecruitment|[Tt]alent|[Hh]iring|HR|[Pp]eople)"
            r" (?:[Aa]cquisition )?[Tt]eam"
        ),
        re.compile(rf"({NAME})$"),
        4,
    ),
    # the company deciding: "Acme has decided to move forward with other candidates", "At
    # this time Acme will not be moving forward", "Acme is unable to offer you a position"
    (
        re.compile(
            r" (?:has|have) (?:now |recently )?(?:decided|chosen|elected|opted|selected|filled|"
            r"moved)\b| (?:will not|won't|is not|is unable|is not able) (?:be )?(?:moving|"
            r"proceeding|pursuing|progressing|able|to)\b"
            # "Acme n'a pas retenu votre candidature", "Acme a décidé de ne pas donner suite"
            r"| (?:n'a pas (?:retenu|sélectionné|donné)|a décidé|a choisi|a retenu|a décliné|"
            r"a refusé)\b"
            # "Acme hat sich leider für eine andere Kandidatin entschieden"
            r"| hat (?:sich |leider |nun |jetzt )*(?:entschieden|für|gegen)\b"
        ),
        # (a sentence's opening word is no company: "Unfortunately I will not be able to")
        re.compile(
            r"(?:^|[.!?]\s+|\n|,\s+|[a-z]\s)(?!(?:Unfortunately|Sadly|Regrettably|However|"
            r"Therefore|Thus|So|Also|Now|Currently|Hence|Still|But|And|I|We|You|He|She|They|It|"
            r"This|That|Our|Your|Hi|Hello|Dear|Thanks|Thank|Malheureusement|Votre|Ta|Notre|Nous|"
            r"Vous|Il|Elle|On|Le|La|Les|Cette|Ce|L'(?:employeur|entreprise|équipe|organisme|"
            r"établissement)|Leider|Wir|Sie|Er|Es|Man|Das|Die|Der|Dieser|Diese|Unser|Unsere)\b)"
            rf"(?:[Dd](?:ie|as|er) )?({NAME})(?:,? {LEGAL})?$"
        ),
        3,
    ),
)


# What each anchor cannot match without.
_NEEDS = (
    ("pportunit",),
    (
        "appreciates",
        "thanks you",
        "has received your",
        "grateful",
        "values your",
        "vous remercie",
        "agradece",
        "bedankt",
        "dankt",
    ),
    ("team", "Team"),
    (
        " decided",
        " chosen",
        " elected",
        " opted",
        " selected",
        " filled",
        " moved",
        " not ",
        " won't",
        " unable",
        " n'a pas",
        " a décidé",
        " a choisi",
        " a retenu",
        " a décliné",
        " a refusé",
        " hat ",
    ),
)


def anchored_companies(text: str, lines: list[str] | None = None) -> Iterator[tuple[str, int]]:
    """Company names written just before a phrase that names them as the employer, with
    the weight of each: what a search of the whole text for each anchor finds (the tests
    compare), from what a template repeats read once per process (see _anchors_in_line and
    _name_before)."""
    hits: list[tuple[int, int]] = []  # (anchor, where its match starts in the text)
    if lines is None:
        lines = text.split("\n")
    found = list(map(_anchors_in_line, lines))  # in C; Python visits the lines with an anchor
    if any(found):
        starts = list(accumulate(map(len, lines), initial=0))  # + a break after each line
        for number in compress(range(len(found)), found):
            at = starts[number] + number
            hits += [(index, at + start) for index, start in found[number]]
    anchors = {index for index, _ in hits}
    for index, ((_, _, weight), needs) in enumerate(zip(_ANCHORED, _NEEDS, strict=True)):
        if index not in anchors or not any(word in text for word in needs):
            continue  # (an anchor found has its needs: kept, so as to read as the search)
        for which, start in hits:
            if which == index:
                window = max(0, start - _LOOK_BACK)
                name = _name_before(index, text[window:start], window == 0)
                if name is not None:
                    yield name, weight


_LOOK_BACK = 120


# No anchor matches a line break (each is literal words and spaces, and a \b reads a line
# break as it reads the end of the text), so every match lies inside one line and is the
# same wherever the line is: each line is searched once per process (a template's lines come
# back in every message it sends), its matches kept by where they start.
@lru_cache(maxsize=4096)
def _anchors_in_line(line: str) -> tuple[tuple[int, int], ...]:
    return tuple(
        (index, match.start())
        for index, (anchor, _, _) in enumerate(_ANCHORED)
        for match in anchor.finditer(line)
    )


# The name before an anchor is read from the 120 characters before it alone: no pattern
# looks behind where its search starts, and a ^ matches there only when the text starts there
# (`at_start`). A template's footer comes back with each message: each window is read once.
@lru_cache(maxsize=4096)
def _name_before(index: int, window: str, at_start: bool) -> str | None:
    before = _ANCHORED[index][1]
    # Searched from 1 in "\0" + window: ^ matches only at 0, so never where the search starts.
    found = before.search(window) if at_start else before.search("\0" + window, 1)
    return found.group(1) if found else None


# A template's footer names who sends it: "© 2018 Acme, Inc. All rights reserved.", "This
# email was sent by Acme", "Acme | 100 Main Street | Springfield", "Follow Acme on LinkedIn".
# Weak (an ATS or a parent group may be named there too): extract.py takes it only when
# nothing else names a company.
FOOTER_LIMIT = 1500
_FOOTER = re.compile(
    rf"(?:©|\([Cc]\)|\b[Cc]opyright\b)\s*(?:©\s*)?(?:\d{{4}}(?:\s*[-\u2013]\s*\d{{4}})?,?\s+)?"
    rf"({NAME})"
    # ("sent by", not "sent from": "Sent from Outlook Mobile" is a phone's)
    rf"|\b(?:[Ss]ent|[Dd]elivered)\s+(?:to you\s+)?by\s+({NAME})"
    rf"|\b[Ff]ollow\s+({NAME})\s+on\s+(?:LinkedIn|Twitter|Facebook|Instagram|X)\b"
)
_FOOTER_CUES = ("©", "(c)", "(C)", "opyright", "ent by", "elivered by", "ollow ")
# A postal address after the name, on the name's line: "Acme | 100 Main Street", "Acme - 12
# rue de la Paix" (a French street's name is not capitalised)
_STREET = re.compile(
    r"\s*(?:[|,\u00b7\u2022]|\s[-\u2013])\s*(?:\d{1,5}(?: ?(?:bis|ter))?,?\s+"
    r"(?:[A-Z]|(?:rue|avenue|boulevard|bd|allée|place|chemin|quai|impasse|route)\b)"
    # a German street, its number after it: "Acme | Lindengasse 5 | 1070 Wien"
    r"|[A-ZÄÖÜ][\w.-]*(?:straße|strasse|gasse|weg|platz|allee|ring|damm|kai|gürtel|zeile)"
    r"\s+\d)"
)
_NAME_LINE = re.compile(rf"({NAME})(?:,? {LEGAL})?")


def footer_companies(tail: str) -> Iterator[str]:
    """Names a footer gives its sender, in the last characters of a message's text."""
    if any(cue in tail for cue in _FOOTER_CUES):
        for match in _FOOTER.finditer(tail):
            yield next(group for group in match.groups() if group)
    for street in _STREET.finditer(tail):
        line = tail[tail.rfind("\n", 0, street.start()) + 1 : street.start()]
        if name := _NAME_LINE.fullmatch(line.strip()):
            yield name.group(1)

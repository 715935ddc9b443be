"""The regular expressions that find a company in a message's subject.

A subject is short and shaped by the sending system ("Your application to Acme", "Acme |
Application update", "Thank you for your interest in Acme"): each pattern reads it whole,
with a weight for how much it says on its own. The name pieces come from patterns.py.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .company_forms import ROLE_WORDS, TITLE_MODIFIERS
from .patterns import LEGAL, NAME_SHORTEST, REPLY_PREFIX, SEP, SUBJECT_NAME, alt, compiled

_FROM = alt(
    "[Uu]pdate",
    "[Nn]ews",
    "[Mm]essage",
    "[Ff]eedback",
    "[Ii]nvitation",
    "[Ii]nterview",
    "[Oo]ffer",
    "[Nn]ote",
)
SUBJECT_COMPANY = compiled(
    [
        # "Your application to Acme", "Thank You For Applying To Acme" (title case)
        (
            # "Your application status with Acme"
            rf"(?:[Aa]pplication(?: [Ss]tatus| [Uu]pdate)?|[Aa]pplying|[Aa]pplied) "
            rf"(?:[Tt]o|[Aa]t|[Ww]ith) (?:the )?"
            rf"({SUBJECT_NAME})",
            5,
            (),
        ),
        # "Your application for Data Analyst with Acme": the role, then the company
        (
            rf"\b(?:[Aa]pplication|[Cc]andidacy|[Cc]andidature) for [^,]{{2,60}}? with "
            rf"({SUBJECT_NAME})\s*$",
            5,
            (),
        ),
        (rf"\b(?:[Cc]onsidering|[Cc]hoosing) ({SUBJECT_NAME})\s*[.!]?\s*$", 5, ()),
        # "Your candidacy for Data Analyst, Acme Robotics": the role, then the company
        (
            rf"\b(?:[Aa]pplication|[Cc]andidacy|[Cc]andidature) (?:for|to) [^,]{{2,60}}, "
            rf"({SUBJECT_NAME})\s*$",
            4,
            (),
        ),
        (rf"\bsent to ({SUBJECT_NAME})", 5, ()),
        # "Update from the Acme Recruiting Team"
        (rf"{_FROM} from (?:the )?({SUBJECT_NAME})", 5, ()),
        (rf"\b(?:[Tt]hank you|[Tt]hanks|[Gg]reetings) from ({SUBJECT_NAME})", 5, ()),
        (rf"(?:[Ii]nterview|[Cc]all|[Cc]hat|[Ss]creen|[Mm]eeting) with ({SUBJECT_NAME})", 4, ()),
        (rf"\bat ({SUBJECT_NAME})\s*(?:$|{SEP}|[:(])", 5, ()),
        (rf"^({SUBJECT_NAME})(?:,? {LEGAL})?\s*(?:{SEP}|:)\s", 3, ()),
        (rf"\s{SEP}\s*({SUBJECT_NAME})\s*$", 3, ()),
        (rf"^[Yy]our ({SUBJECT_NAME}) (?:application|candidacy|interview)", 5, ()),
        (
            rf"\b[Yy]our ({SUBJECT_NAME}) (?:[Jj]ob |[Ii]nternship )?"
            r"(?:[Aa]pplication|[Cc]andidacy)",
            5,
            (),
        ),
        (rf"^({SUBJECT_NAME}) (?:[Jj]ob [Oo]pening|[Cc]areers?|[Aa]pplication [Uu]pdate)\b", 4, ()),
        # "[Acme] Application update", "Thanks for your interest in Acme"
        (rf"^\[({SUBJECT_NAME})\]", 4, ()),
        # "Northwind Application Status", "Update on your candidacy with Northwind",
        # "Northwind — your application", "Following up from Northwind"
        (
            rf"^({SUBJECT_NAME})(?:,? {LEGAL})? (?:[Aa]pplication|[Cc]andidacy|[Rr]ecruiting|"
            r"[Hh]iring|[Cc]andidate (?:[Uu]pdate|[Ss]tatus))\b",
            3,
            (),
        ),
        # "Acme Housing Authority Summer 2024 Internship Decision", "Acme Internship Update"
        (
            rf"^({NAME_SHORTEST}) (?:(?:Summer|Fall|Spring|Winter|Autumn) )?(?:\d{{4}} )?"
            r"(?:[Ii]nternship|[Gg]raduate|[Cc]o-?op|[Ee]arly [Cc]areers?) (?:[Pp]rogram\w* )?"
            r"(?:[Aa]pplication |[Rr]ecruiting )?(?:[Dd]ecision|[Uu]pdate|[Ss]tatus|[Oo]utcome|"
            r"[Rr]esults?)\b",
            4,
            (),
        ),
        (rf"\b(?:[Cc]andidacy|[Cc]andidature) (?:to|at|with) ({SUBJECT_NAME})", 5, ()),
        (rf"^({SUBJECT_NAME})(?:,? {LEGAL})?\s*\u2014\s", 3, ()),
        (
            rf"\b(?:[Ff]ollowing up|[Ff]ollow-up|[Ff]ollow up|[Rr]esponse|[Rr]eply|[Dd]ecision|"
            rf"[Ll]etter) from ({SUBJECT_NAME})",
            5,
            (),
        ),
        (rf"\b(?:[Ii]nterest in|[Ii]nteresse an) (?:joining |der |dem )?({SUBJECT_NAME})", 5, ()),
        (
            rf"(?:Bewerbung|Absage)(?: als [^,]+)? (?:bei|an) (?:der |die |den |das )?"
            rf"({SUBJECT_NAME})",
            5,
            (),
        ),
        (
            rf"(?:[Cc]andidature|[Cc]andidatura) (?:chez|en|à|para|a|au sein de|auprès de) "
            rf"({SUBJECT_NAME})",
            5,
            (),
        ),
        # "Tu candidatura para Data Analyst en Acme", "Candidature pour Analyste chez Acme"
        (
            rf"(?:[Cc]andidature|[Cc]andidatura) (?:para|pour|au poste de) [^,]{{2,60}}? "
            rf"(?:en|chez) ({SUBJECT_NAME})\s*$",
            6,  # over "candidatura para Analista de Datos", the role read as a name
            (),
        ),
        # "Absage: Entwickler (m/w/d) bei der Acme", "Je sollicitatie bij Acme"
        (rf"\b(?:chez|bei|bij) (?:der |dem |den )?({SUBJECT_NAME})", 4, ()),
    ]
)


# A recruiter's own subject: the company, maybe the role, then what the mail is about
# ("Acme Opportunity", "Acme Next Steps", "Acme Telephone Interview", "Acme Software Engineer
# Code Challenge invitation", "Acme next step - Coding Test"). What follows the name is a
# closed list of what such mail is about, so a name before it is read (weight 3, as a
# subject's leading name is); not when a name follows it ("Final Interview with Acme": there
# "Final" is no company, and the name after it is read by the patterns above).
_ABOUT = (
    r"(?i:opportunity|open (?:position|role)|next steps?|"
    r"(?:(?:tele)?phone |video |technical (?:phone )?|on-?site |final )?"
    r"(?:interview|screen)(?: confirmation| invitation| request)?|meeting|"
    r"cod(?:e|ing) challenge|assessment)"
)
# The shortest name before it: "Acme On-Site Interview" is Acme's, not "Acme On-Site"'s.
SUBJECT_ABOUT = re.compile(
    rf"^({SUBJECT_NAME}?) {_ABOUT}\b(?! (?:with|at|for|from|mit|bei|avec|chez|con|met)\b)"
)
# Words a title is made of, after the company in such a subject: "Acme Software Development
# Engineering Opportunity" is Acme's.
_TITLE_WORDS = frozenset(["development", "engineering", "research", "graduate"])


def company_before_title(name: str) -> str:
    """The name without the job title written after it: "Acme Software Engineer" -> "Acme";
    "" when every word is the title's, or when the title is one word: "Supply Planning
    Analyst" is as much a title as "Acme Analyst" is a company and a title."""
    words = name.split()
    kept = len(words)
    while kept and (
        ROLE_WORDS.fullmatch(words[kept - 1])
        or words[kept - 1].lower() in TITLE_MODIFIERS
        or words[kept - 1].lower() in _TITLE_WORDS
    ):
        kept -= 1
    return "" if len(words) - kept == 1 else " ".join(words[:kept])


# What the patterns find depends on the subject alone, and a template's subjects come back
# ("Your application to Acme"): each is read once per process.
@lru_cache(maxsize=4096)
def subject_companies(subject: str) -> tuple[tuple[str, int], ...]:
    """The names the patterns find in the subject (its "RE:" and "Fwd:" taken off), in
    order, with each pattern's weight; then the name before what a recruiter's subject is
    about, without the title after it."""
    subject = REPLY_PREFIX.sub("", subject)
    found = [
        (match.group(1), weight)
        for pattern, weight, _ in SUBJECT_COMPANY
        for match in pattern.finditer(subject)
    ]
    if (about := SUBJECT_ABOUT.match(subject)) and (name := company_before_title(about[1])):
        found.append((name, 3))
    return tuple(found)

"""Who the mail is from as an employer, and for which job.

The company is the one hiring, never the system that sent the mail: Greenhouse,
Workday or LinkedIn send on a company's behalf. Candidates come from the display
name ("Acme Talent Team via Greenhouse"), phrases ("interest in Acme", "the Acme
team"), the subject, the signature and the addresses and links (acme.wd5.myworkdayjobs.com);
each has a weight, and a candidate that the domain agrees with wins.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from . import ats_senders, carriers, name_words, patterns, role_patterns, subject_patterns
from . import company_forms as forms
from .company_names import clean_company, company_key
from .domains import domain_slugs, pretty_slug
from .languages.company import signature_block_companies, signature_companies
from .lowering import lower
from .parsing import Mail
from .signatures import (
    SIGNATURE_LIMIT,
    above_footer,
    companies_in_signature,
    flat_signature,
    is_person_name,
)
from .text_scan import COMPANY, ROLE, TEXT_LIMIT, _lines, text_matches
from .text_scan import TEXT_HEADS as TEXT_HEADS  # (read here by the tests)
from .text_scan import TEXT_LINES as TEXT_LINES
from .text_scan import TEXT_TRIGGERS as TEXT_TRIGGERS

_NAME = patterns.NAME
NAME = re.compile(_NAME)
_SEP = patterns.SEP

_NOT_ROLE = re.compile(
    r"\b(?:assessment|invitation|interview|application|update|confirmation|reminder|feedback|"
    r"rescheduled|decision|outcome|status|offer|references?)\b"
)
_ROLE_STOP = re.compile(
    r"^(?:we|our|you|your|thank|thanks|unfortunately|please|dear|hi|hello|i|it|this|that)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Found:
    company: str | None
    role: str | None
    company_score: int = 0


def extract(mail: Mail, ats_hint: str = "") -> Found:
    role = find_role(mail)
    # "Application follow-up: Carvana": a "role" with no job word in it may be the company.
    titled = role if role and _has_role_word(role) else None
    dropped: set[str] = set()
    company, weight = find_company(mail, titled, dropped)
    if role and not titled and company and company_key(role) in {company_key(company), *dropped}:
        role = None  # the company, or a carrier's name ("Jobboard - Confirmation…")
    return Found(company, role, weight)


# The first TEXT_LIMIT characters of the text, lower-cased: two readers of a message need
# them (_scan and _names_matching), and lowering text with accents or invisible characters
# in it is slow. Kept for the message being read. Joining pieces lowered apart with "\n"
# gives what lowering the joined text gives: lower() maps each character alone, except a
# final sigma, which reads its neighbours; a "\n" beside it reads as the end of a word
# either way.
_lowered: tuple[str, str] = ("", "")


def _lower(text: str) -> str:
    global _lowered
    lowered = _lowered  # read once: another thread may replace it meanwhile
    if lowered[0] != text:
        lowered = _lowered = (text, lower(text))
    return lowered[1]


# -- the company ---------------------------------------------------------------------------


def find_company(
    mail: Mail, role: str | None = None, dropped: set[str] | None = None
) -> tuple[str | None, int]:
    """The company and its votes; `dropped`, when given, gets the carriers' names set aside."""
    votes: dict[str, int] = defaultdict(int)
    vendors: dict[str, int] = defaultdict(int)  # an ATS vendor named as the one hiring
    spelled: dict[str, str] = {}
    slugs = domain_slugs(mail)
    plausible: dict[str, bool] = {}  # a template names the same company many times
    sender, slug_key = (mail.sender_email, mail.sender_name), tuple(slugs)

    def is_plausible(name: str) -> bool:
        if (known := plausible.get(name)) is None:
            known = plausible[name] = _plausible_company(name, role, *sender, slug_key)
        return known

    def vote(name: str | None, weight: int, *, vendor_ok: bool = True) -> None:
        name = clean_company(name or "")
        if not name:
            return
        key = company_key(name)
        if not is_plausible(name):
            if vendor_ok and key in ats_senders.ATS_NAMES:
                vendors[key] += weight
                spelled.setdefault(key, name)
            return
        votes[key] += weight
        # Keep the longest way of writing it: "Acme Analytics" over "Acme".
        if key not in spelled or len(name) > len(spelled[key]):
            spelled[key] = name

    # A display name alone never makes the vendor the employer ("LinkedIn" sends for all).
    vote(_from_display_name(mail, slugs), 6, vendor_ok=False)
    for name, weight in subject_patterns.subject_companies(mail.subject):
        vote(name, weight)
    text = mail.text[:TEXT_LIMIT]
    for name, weight in text_matches(mail, text, COMPANY):
        vote(name, weight)
    for name, weight in forms.anchored_companies(text, _lines(text)):
        vote(name, weight)
    if not votes or max(votes.values()) < SETTLED_VOTES:
        _vote_signature(mail, text, vote)
    if mail.quoted and not votes:
        for pattern, weight, _ in patterns.COMPANY:
            for match in pattern.finditer(mail.quoted[:4000]):
                vote(match.group(1), max(1, weight - 2))

    # (not when one name is settled alone: a name said in the third person, at 4, could not
    # outweigh it, and most applicant-tracking mail is so; the scan is a tenth of a reading)
    settled = len(votes) == 1 and max(votes.values()) >= SETTLED_VOTES
    third = [] if settled else carriers.third_person_companies(text)
    for name in third:
        vote(name, 4)  # "l'entreprise Acme", "forwarded to Acme": the employer, said outright
    if third and len(votes) > 1:
        carried = carriers.drop_carriers(mail, text, votes, third)
        if dropped is not None:
            dropped |= carried

    # The domain spelled out somewhere: "Lumen Bank" for lumenbank.example.
    for name in _names_matching(slugs, mail):
        vote(name, 4)
    for key in list(votes):
        squashed = key.replace(" ", "")
        shorts = forms.short_forms(key)
        for slug in slugs:
            if slug and (
                squashed == slug
                or squashed.startswith(slug)
                or slug.startswith(squashed)
                or slug in shorts
            ):
                votes[key] += 6
                break
    # "Blue Cross Blue Shield of Arizona (BCBSAZ)": the short form is the same company,
    # written out by the text itself; it counts for the long one.
    for match in _DEFINED.finditer(text) if _DEFINED_CUE.search(text) else ():
        long_name = clean_company(match.group(1))
        long_key, short_key = company_key(long_name), company_key(match.group(2))
        if (
            short_key in votes
            and long_key != short_key
            and (long_key in votes or is_plausible(long_name))
        ):
            votes[long_key] += votes.pop(short_key)
            if len(long_name) > len(spelled.get(long_key, "")):
                spelled[long_key] = long_name
    # "SEI Application Update" above "... role at the Software Engineering Institute": a
    # short form in capitals that is the initials of another name voted for is that company,
    # so their votes count together (against a third name: the tenant "cmu" of the address);
    # it is written as the form with more votes of its own, the more trusted places' form
    # ("PG&E" in the subject and display name, not the signature's "Pacific Gas & Electric").
    for short in [key for key in votes if 2 <= len(key) <= 6 and spelled[key].isupper()]:
        full = next((key for key in votes if short == forms.initials(key)), None)
        if full is not None:
            if votes[short] > votes[full]:
                spelled[full] = spelled[short]
            votes[full] += votes.pop(short)
    # "Acme" and "Acme Analytics" are one company, written the longer way.
    for short in sorted(votes, key=len):
        longer = [key for key in votes if key.startswith(short + " ")]
        if longer:
            target = max(longer, key=lambda key: votes[key])
            votes[target] += votes.pop(short)
    if not votes and vendors:
        # Workday or Oracle hiring for itself: "Thank you from Workday!", "your interest in
        # Workday", signed "Workday Talent Acquisition Team"; said in the text, not the From.
        best = max(vendors, key=lambda key: vendors[key])
        if vendors[best] >= 6:
            return spelled[best], vendors[best]
    if not votes:
        # a footer's name only when nothing else names anyone: "© 2018 Acme Intellectual
        # Property" would otherwise outweigh the "Acme" the text gives
        for name in forms.footer_companies(mail.text[-forms.FOOTER_LIMIT :]):
            if (name := clean_company(name)) and is_plausible(name):
                return name, 2
        for slug in slugs:
            if pretty := pretty_slug(slug):
                return pretty, 2
        return None, 0
    best = max(votes, key=lambda key: (votes[key], len(key)))
    # A shorter form of the winner that is also a candidate ("Acme" and "Acme Analytics"):
    # the longer one is how the company writes itself.
    return spelled[best], votes[best]


# Votes for one candidate from the display name, the subject and the text after which the
# signature is not read: a tailored template names the company three or four times over
# ("Acme Talent Team", "Your application to Acme", "your interest in Acme"), and what a
# signature adds then is a longer way of writing it at most, often a sentence taken for a
# name ("Epsilon is an equal opportunity employer"). The five signature readers are about a
# tenth of a reading, because each message's tail is new. At 12, five tuning companies lose
# the longer form only the signature gives ("PwC Österreich"); at 16, one tuning company
# changes, and for the better: "Epsilon", not "Epsilon is an equal opportunity employer".
SETTLED_VOTES = 16


def _vote_signature(mail: Mail, text: str, vote: Callable[..., None]) -> None:
    """The names the signature gives, at the end of the text and above its footer."""
    tail = mail.text[-SIGNATURE_LIMIT:]
    for name in companies_in_signature(tail):
        vote(name, 3)
    for name in signature_companies(tail):  # "Acme GmbH": languages/
        vote(name, 3)
    for name in companies_in_signature(flat_signature(tail)):
        vote(name, 3)  # the same, in a message written as one paragraph
    for name in companies_in_signature(above_footer(mail.text, _lines(text))):
        vote(name, 3)
    for name in signature_block_companies(tail):
        vote(name, 2)  # the line under the signer's name and title: "Yvonne Skala / Acme"


_NON_WORD = re.compile(r"[\W_]+")  # the squashing _in_squashed does without (tests compare)
_DEFINED = re.compile(rf"({_NAME}) \(([A-Z][A-Za-z&]{{1,11}})\)")
# What every match of _DEFINED holds: searched for first, since it starts with a literal
# (the engine skips to it), while _DEFINED is tried at every capital letter.
_DEFINED_CUE = re.compile(r" \([A-Z][A-Za-z&]{1,11}\)")


@lru_cache(maxsize=512)  # a company's slug comes back with each of its messages
def _squashed_pattern(slug: str) -> re.Pattern[str] | None:
    """What finds `slug` in `_NON_WORD.sub("", text)` by searching the text itself: its
    letters with any run of non-word characters between them. None when the slug holds a
    character the squashing removes: then it is never in the squashed text."""
    if not slug.isalnum():  # what [\W_]+ leaves: \w is isalnum() or "_"
        return None
    return re.compile(r"[\W_]*".join(map(re.escape, slug)))


def _in_squashed(slug: str, text: str) -> bool:
    """`slug in _NON_WORD.sub("", text)`, without building the squashed text: a run of the
    squashed text is a run of the text's letters and digits with only non-word characters
    between them, which is what the slug's pattern matches. 40 times faster on 3,000
    characters (the sub copied the text; the search skips to the slug's first letter)."""
    if not slug:
        return True  # as "" in any string
    pattern = _squashed_pattern(slug)
    return pattern is not None and pattern.search(text) is not None


def _names_matching(slugs: list[str], mail: Mail) -> list[str]:
    if not slugs or not _spelled(slugs, mail):
        return []  # the domain is spelled nowhere: no need to look word by word
    found: list[str] = []
    # A run of words squashes to a slug only if it starts with the slug's first letter.
    firsts = {slug[0] for slug in slugs}
    # f"{mail.sender_name}\n{mail.subject}\n{text}".split("\n"), the text's lines split once
    lines = [
        *mail.sender_name.split("\n"),
        *mail.subject.split("\n"),
        *_lines(mail.text[:TEXT_LIMIT]),
    ]
    kept = tuple(slugs)
    for line in lines:
        for name in _names_in_line(line):
            if name[0].lower() in firsts:
                found += _slug_names_kept(name, kept)
    return found


def _spelled(slugs: list[str], mail: Mail) -> bool:
    """Whether a slug is in the sender's name, the subject or the text, squashed."""
    # haystack.lower(), with the text's part lowered once for the message (see _lower)
    low = f"{mail.sender_name.lower()}\n{mail.subject.lower()}\n{_lower(mail.text[:TEXT_LIMIT])}"
    # A slug of letters and digits only that is in the text as it is, is in it squashed too
    # (squashing the whole text costs more than the rest of this function).
    return any(slug.isalnum() and slug in low for slug in slugs) or any(
        _in_squashed(slug, low) for slug in slugs
    )


# A name never holds a line break (NAME is capitalised words and what joins them: no \s, no
# look-around), so NAME.finditer(text) finds its lines' names in turn; a template's lines come
# back message after message, and each is searched once per process.
@lru_cache(maxsize=4096)
def _names_in_line(line: str) -> tuple[str, ...]:
    return tuple(NAME.findall(line))


def _slug_names(name: str, slugs: Sequence[str]) -> list[str]:
    """The longest run of the name's first words that squashes to a slug, if one does."""
    words = name.split()
    # Try each run of words that starts the name: "Lumen Bank Recruitment" -> "Lumen Bank".
    for end in range(len(words), 0, -1):
        squashed = company_key(" ".join(words[:end])).replace(" ", "")
        # "ARES Corporation" for arescorporation.example: the legal word in the domain too
        if squashed in slugs or _NON_WORD.sub("", " ".join(words[:end]).lower()) in slugs:
            return [" ".join(words[:end])]
    return []


# A template names its company, and its lines their names, the same way in every message it
# sends, with the same sender: each name's answer is kept per name and slugs.
@lru_cache(maxsize=4096)
def _slug_names_kept(name: str, slugs: tuple[str, ...]) -> tuple[str, ...]:
    """`_slug_names`, kept."""
    return tuple(_slug_names(name, slugs))


# Compiled here, not at each call: these run for every candidate of every message.
_LEGAL_WORD = re.compile(r"\b(?:labs?|group|inc|ltd|gmbh|ag|mbh|b\.?v)\b")
# "Acme via Greenhouse", "Acme (via Workday)"
_VIA = re.compile(r"^(.+?)\s+\(?(?:via|through|von|über|par|vía)\s+(.+?)\)?$", re.IGNORECASE)
_AT = re.compile(r"^(.+?)\s+(?:at|from|@|bei|chez|de|\||-)\s+(.+)$")
_ROLE_JOINS = re.compile(r"[-\u2013|:,@(]| (?:at|with|for|bei|chez) ")
_PERSON_THEN = re.compile(r"^([^(),]+?)\s*(?:\(([^()]+)\)|,\s+([^,]+))$")
_DEGREE = re.compile(r"(?:Ph\.?D|MBA|M\.?Sc|B\.?Sc|BA|MA|LL\.?M|Dr|Mag|Jr|Sr|MD|CPA|PMP|SPHR)\.?")
_TEAM_AT = re.compile(
    r"^(?:(?:The\s+)?(?:Careers?|Jobs|Recruiting|Recruitment|Talent(?: Acquisition)?|"
    r"Hiring(?: Team)?|HR|People|Human Resources|Karriere|Recrutement)(?: Team)?)\s*"
    r"(?:\s(?:at|@|bei|chez|de|from)|\||\s-|\u2013)\s+(.+)$",
    re.IGNORECASE,
)


# It depends on the candidate, the role, the sender and the slugs alone; a template names the
# same company, role and sender in every message it sends: each answer is kept.
@lru_cache(maxsize=4096)
def _plausible_company(
    name: str, role: str | None, sender_email: str, sender_name: str, slugs: tuple[str, ...]
) -> bool:
    key = company_key(name)
    if not key or key in name_words.NOT_COMPANY or len(key) < 2 or len(name) > 60:
        return False
    words = key.split()
    if (
        all(word in name_words.GENERIC or word.isdigit() for word in words)
        or words[0] in name_words.PRONOUNS
    ):
        return False  # "Talent Acquisition", "Expression of Interest Received", "We Wish You"
    first = key.split()[0]
    if first == "hiring" and all(
        forms.ROLE_WORDS.fullmatch(word) or word in forms.TITLE_MODIFIERS for word in words[1:]
    ):
        return False  # an advert's heading: "Hiring Software Engineers: Acme is growing"
    if first in name_words.NOT_COMPANY and len(key.split()) == 1:
        return False
    own = ats_senders.SELF_HIRING.get(sender_email.lower().partition("@")[2])
    if own and key == own:
        return True
    if key in ats_senders.ATS_NAMES or key.replace(" ", "") in ats_senders.ATS_NAMES:
        return False
    if any(word in ats_senders.ATS_NAMES for word in key.split()):
        return False
    if role and key == company_key(role):
        return False
    # "Supply Chain" of the role "Supply Chain Analyst" ("Re: Supply Chain Analyst interview"):
    # the first words of the role read, with only a title after them, are the role's (not
    # when the role read holds a company and a title apart: "SAP Concur - Web Developer").
    if (
        role
        and (role_key := company_key(role)).startswith(key + " ")
        and not _ROLE_JOINS.search(role)
        and forms.ends_with_who(role_key[len(key) + 1 :])
    ):
        return False  # (not "Acme Internship": a programme, not who the reader would be)
    legal = _LEGAL_WORD.search(name.lower())
    if forms.looks_like_title(key, forms.ROLE_WORDS) and not legal:  # "Erste Operations GmbH"
        return False
    if key.replace(" ", "") in slugs:
        return True
    sender = company_key(sender_name)
    # Without an address, "Fonds Soziales Wien" looks like a person's name as much as "Anna
    # Huber" does: a name the text also gives is then trusted (a person signs as a person).
    return not (
        sender and key == sender and sender_email and is_person_name(sender_name, sender_email)
    )


def _from_display_name(mail: Mail, slugs: list[str]) -> str | None:
    """The company the sender's display name gives, if it gives one."""
    return _display_name_company(mail.sender_name, mail.sender_email, tuple(slugs))


# It depends on the display name, the address and the slugs alone, and a system's sender comes
# back with every message it sends ("Acme Careers" <noreply@successfactors.eu>): read once.
@lru_cache(maxsize=1024)
def _display_name_company(name: str, email: str, slugs: tuple[str, ...]) -> str | None:
    if not name or _recruiter_through_system(email, name, slugs):
        return None
    if "_" in name:
        # "Applied_Materials_HR amat": a system's name for the company, then its code.
        words = name.replace("_", " ").split()
        while len(words) > 1 and (words[-1].islower() or words[-1].lower() in name_words.GENERIC):
            words.pop()
        name = " ".join(words)
    via = _VIA.match(name)
    if via:
        return via.group(1)
    if team_at := _TEAM_AT.match(name):
        return team_at.group(1)  # "Careers at Acme", "Talent Acquisition @ Acme"
    at = _AT.match(name)
    if at and company_key(at.group(2)) in ats_senders.ATS_NAMES:
        return at.group(1)  # "GitHub, Inc. @ icims": the company, then the system it uses
    if (
        at
        and is_person_name(at.group(1), email)
        and not all(word in name_words.GENERIC for word in company_key(at.group(2)).split())
    ):
        return at.group(2)  # "Anna Huber | Acme Software", "Jane Doe at Acme"
    # "Anna Huber (Acme)", "Huber Anna, Acme": a person, then who she writes for
    if (
        (after := _PERSON_THEN.match(name))
        and is_person_name(after.group(1), email)
        and not _DEGREE.fullmatch(employer := after.group(2) or after.group(3))
    ):
        return employer
    if is_person_name(name, email):
        return None
    return name


def _recruiter_through_system(email: str, name: str, slugs: tuple[str, ...]) -> bool:
    """ "Anna Huber" <acme-jobs@m.personio.de>: a recruiter writing through the system, which
    names her employer in its address. A name at a system's domain is read as the company's
    ("Acme Robotics" <no-reply@greenhouse.io>), so a person's name there is told apart only
    when the address names a tenant that is not that name."""
    local, _, domain = email.lower().partition("@")
    if not any(label in ats_senders.ATS_VENDORS for label in domain.split(".")):
        return False
    tenants = [slug for slug in slugs if slug in local]
    key = company_key(name)
    squashed = key.replace(" ", "")
    return (
        bool(tenants)
        and not any(squashed.startswith(t) or t.startswith(squashed) for t in tenants)
        # every word a name's: not "PG&E Human Resources"
        and all(word.isalpha() for word in name.split())
        and not any(word in name_words.GENERIC for word in key.split())
        and is_person_name(name, "")
    )


# -- the role --------------------------------------------------------------------------------


def find_role(mail: Mail) -> str | None:
    votes: dict[str, int] = defaultdict(int)
    spelled: dict[str, str] = {}

    def vote(role: str, weight: int) -> None:
        role = clean_role(role)
        if not role:
            return
        key = role.lower()
        votes[key] += weight
        spelled.setdefault(key, role)

    for role, weight in role_patterns.subject_roles(mail.subject):
        vote(role, weight)
    text = mail.text[:TEXT_LIMIT] + "\n" + mail.quoted[:1000]
    for role, weight in text_matches(mail, text, ROLE):
        vote(role, weight)
    if not votes:
        return None
    best = max(votes, key=lambda key: (votes[key], _has_role_word(key), -len(key)))
    return spelled[best]


_REQ_IN_BRACKETS = re.compile(r"\s*\((?:[Rr]eq|[Jj]ob|ID|Ref|R-?\d|#)[^)]*\)\s*$")
_REQ_AT_END = re.compile(
    r"\s*(?:[Rr]eq(?:uisition)?|[Jj]ob ID|ID|Ref)\.?\s*#?\s*[\w-]*\d[\w-]*\s*$"
)
_NUMBER_AT_END = re.compile(r"\s*[-\u2013|#]?\s*R?-?\d{4,}\s*$")
_ARTICLE = re.compile(r"^(?:the|our|an?|this|your)\s+", re.IGNORECASE)
_JOB_NOUN_AT_END = re.compile(r"\s+(?:position|role|job|opening|vacancy)$", re.IGNORECASE)


@lru_cache(maxsize=4096)  # the same few roles are named in message after message
def _has_role_word(text: str) -> bool:
    return forms.ROLE_WORDS.search(text) is not None


@lru_cache(maxsize=1024)  # the same few roles are named in message after message
def clean_role(role: str) -> str:
    role = _REQ_IN_BRACKETS.sub("", role)
    role = _REQ_AT_END.sub("", role)
    role = _NUMBER_AT_END.sub("", role)
    role = role.strip(" \t.,;:!?-\u2013|'\"\u2019")
    role = _ARTICLE.sub("", role)
    role = _JOB_NOUN_AT_END.sub("", role)
    role = role.strip(" ()")
    if role.count("(") != role.count(")"):
        role = role.split("(")[0].strip()
    words = role.split()
    if not words or len(words) > 8 or len(role) < 3 or _ROLE_STOP.match(role):
        return ""
    if words[-1].lower() in {"at", "with", "for", "of", "and", "in", "bei", "chez", "en", "de"}:
        return ""
    if not forms.ROLE_WORDS.search(role) and (len(words) > 4 or not role[:1].isupper()):
        return ""
    lowered = role.lower()
    if lowered in {"application", "interview", "update", "next steps", "your application"}:
        return ""
    if lowered.startswith(("application", "update", "thank", "interview", "invitation")):
        return ""
    if _NOT_ROLE.search(lowered):
        return ""
    return role

"""Whether a message says no, read sentence by sentence.

A real rejection rarely uses a phrase anyone wrote down, but it says the same few things:
a progress verb negated ("we won't be advancing you", "you are no longer being
considered", "did not select your application"), someone else chosen ("decided to pursue
other applicants"), or the job gone ("the position has been filled / cancelled / closed").
Each sentence is read on its own, so an acknowledgement that mentions what happens "if you
are not selected" is not a no: a condition before the decision cancels it.

English here; German, French, Spanish and Dutch are read by languages/ when no English
sentence says no.
"""

from __future__ import annotations

import re
from functools import lru_cache

import ahocorasick

from . import languages
from .decision_patterns import CLOSED, DECLINED, GONE, NEGATED, OTHERS, REGRET

# A decision under a condition is not a decision: "if you are not selected, ...".
_CONDITION = re.compile(
    # ("once again" and "once more" are no condition: "Once again, we regret that we cannot...")
    r"\b(?:if|should|unless|whether|in the event|in case|once(?!\s+(?:again|more)\b)|whenever|"
    r"otherwise|only those|"
    r"in order for)\b"
)
# Reported speech is about rejections, not one: "when a company says they've decided...".
# ("sorry to say we have filled" is the decision itself.)
_REPORTED = re.compile(r"\b(?:(?<!to )says?|said|hear|hearing|heard|(?<!to )tells?|told)\b|\"\s*$")
# ... except the decision restated ("As I said on the phone, we will not proceed") or passed on
# by the people who made it ("The client told me they went with another candidate").
_OWN_WORD = re.compile(
    r"\bas\s+(?:i\s+|we\s+)?(?:said|told|mentioned|discussed)\b|\b(?:the|our|my)\s+(?:team|client|"
    r"customer|hiring\s+manager|manager|company|recruiter|employer|interviewers?|panel)\s+"
    r"(?:has\s+|have\s+|just\s+)?(?:told|said|informed|let)\b"
)
# Negations that are about something else: "not all applicants", "do not hesitate".
_NOT_ABOUT_YOU = re.compile(
    r"\bnot (?:all|every|each|always|only|just|hesitate)\b|\bunable to (?:respond|reply|"
    r"contact|reach)\b|\bnot (?:be )?able to (?:respond|reply|contact|reach)\b|"
    # what the sender cannot do for everyone: "regrettably, we cannot respond to inquiries"
    r"\b(?:cannot|can't|can not|unable to|not (?:be )?able to)\s+(?:personally\s+)?(?:respond|"
    r"reply|answer|get back|provide (?:individual |personal |any )?(?:feedback|updates|status))\b|"
    # people in general, without "who": "those not selected will receive an email"
    r"\b(?:candidates|applicants|those|anyone|individuals|people)\s+not\s+(?:selected|chosen|"
    r"shortlisted|invited|progressing|moving|successful)\b|"
    # what may happen, not what has: "the position may be filled before the closing date"
    r"\b(?:may|might|could|can|will)\s+(?:also\s+)?(?:be\s+)?(?:filled|closed|close)\b|"
    r"\buntil (?:it is |it's |the (?:role|position) is )?filled\b|"
    # not yet: "your application is incomplete and will not be considered until you submit"
    r"\bapplication (?:is|was|remains) (?:still )?incomplete\b|"
    r"\buntil (?:you|we receive|later|next week|after the weekend)\b|"
    r"\bwill not (?:have any|affect|impact|be used|be shared)\b|\bno longer (?:wish|want|like)\b|"
    r"\b(?:do not|don't|please do not) reply\b|"
    # about people in general, not the reader: "candidates who are not selected will..."
    r"\b(?:candidates|applicants|those|anyone|individuals|people|applications)\s+(?:who|that|whose)"
    r"\b[^.;!?]{0,40}\b(?:not|no longer)\b|\bmay not\b|"
    # a rule for some kinds of application, not this one: "we will not be able to consider
    # incomplete applications", "we do not accept unsolicited resumes"
    r"\b(?:incomplete|late|unsolicited|duplicate|partial|unfinished)\s+(?:applications|"
    r"submissions|resumes|cvs|profiles)\b|\bapplications\s+(?:received|submitted|sent)\s+"
    r"(?:after|past|outside|by email|via email)\b"
)
# A sentence whose subject is people in general: "Candidates who do not meet the minimum
# qualifications will not be considered."
_ABOUT_EVERYONE = re.compile(
    r"\W*(?:all\s+|any\s+|only\s+)?(?:candidates|applicants|those|anyone|individuals|people|"
    r"applications|submissions|profiles)\s+(?:who|that|whose|without|not|with)\b"
)
# Sentence breaks: after . ! or ? a space; a blank line; " • "; three spaces or more. Written
# to start with \s (same matches as "(?<=[.!?])\s+|\n\s*\n|\s[•·|]\s|\s{3,}") so that the
# regex engine skips straight to whitespace instead of trying four branches at every character.
_SENTENCES = re.compile(r"\s(?:(?<=[.!?]\s)\s*|(?<=\n)\s*\n|[•·|]\s|\s\s+)")


# What each pattern cannot match without (read off the patterns above, alternative by
# alternative): a sentence without any of these words is not searched by that pattern. A
# pattern's regular expression starts with a word boundary, which keeps Python's engine from
# skipping ahead, so it tries every position of every sentence; these checks cost a tenth.
_NEEDS: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (NEGATED, ("not", "n't", "no longer", "unable", "wont", "never", "neither")),
    (
        OTHERS,
        (
            "other",
            "different",
            "alternative",
            "suitable",
            "stronger",
            "better",
            "forward",
            "ahead",
            "candidate",
            "applicant",
            "individual",
            "people",
            "else",
            "someone",
            "somebody",
            "person ",
            "profiles",
            "to hire",
            "looking",
            "searching",
        ),
    ),
    (
        GONE,
        (
            "fill",
            "clos",
            "cancel",
            "on hold",
            "withdrawn",
            "paused",
            "frozen",
            "suspended",
            "taken",
            "hold off",
            "holding off",
            "capacity",
            "no longer",
            "hired",
            "selection",
            "decision to hire",
            "stop",
            "end the",
            "ending the",
            "discontinu",
            "candidate",
            "person",
            "applicant",
            "individual",
            "offered",
            "given",
            "concluded",
            "ended",
            "awarded",
            "our search",
            "the search",
            "internal",
            "accepted",
        ),
    ),
    (REGRET, ("regret", "sorry to", "decision")),
    (CLOSED, ("closed", "expired")),
    (
        DECLINED,
        (
            "declin",
            "reject",
            "turn down",
            "pass on",
            "close",
            "unsuccessful",
            "status",
            "retained",
            "withheld",
            " a no",
            " a 'no",
            ' a "no',
            "say no",
            "against",
            "to pass",
            "disappoint",
            # "we see no match", "there is no fit between" (not "match" or "fit" alone:
            # "benefits" and "profit" are in every footer)
            "see no",
            "saw no",
            "find no",
            "found no",
            "is no ",
            "was no ",
            "ed further",
            "negative",
            "too junior",
            "too senior",
            "qualified",
            "too early in your",
            "not positive",
            "followed up",
            "ed any further",
        ),
    ),
)


# The needed words of every pattern (Aho-Corasick, in C): for each word, a bit per pattern
# that needs it.
_NEEDED = ahocorasick.Automaton()
for _word in {word for _, needs in _NEEDS for word in needs}:
    _NEEDED.add_word(_word, sum(1 << i for i, (_, needs) in enumerate(_NEEDS) if _word in needs))
_NEEDED.make_automaton()

# What each sentence was found to say, kept while a process reads mail: a template's
# sentences come back in every message it sends (its legal footer several times in one), and
# a sentence's reading depends on nothing but its own text. Emptied when full: memory stays
# flat however many messages are read.
_SAID: dict[str, bool] = {}
_SAID_MAX = 4096


def says_no(text: str) -> str | None:
    """The first sentence of folded text (lower case, straight quotes) that turns the
    reader down, or None."""
    found = _first_no(text)
    return found if found is not None else languages.says_no(text)  # de, fr, es, nl


def says_no_folded(text: str, pieces: list[str] | None = None) -> str | None:
    """`says_no(text)` for text as classify.fold() writes it, whose only white space is
    single spaces: there each ". " is a sentence break (_SENTENCES matches its space, and no
    match can start before it and reach past it), and a break's look-behind never reaches
    back past the ". " before it; so the text's sentences are, in order, those of its ". "
    pieces, each with its full stop. Each piece is read once per process (a template's
    sentences come back message after message; LRU, 4,096). `pieces`: `text.split(". ")`,
    when the caller has split it already (classify: the strings its other readers hashed)."""
    if pieces is None:
        pieces = text.split(". ")
    last = len(pieces) - 1
    for number, piece in enumerate(pieces):
        found = _piece_no(piece, number == last)
        if found is not None:
            return found
    return languages.says_no(text)


def _first_no(text: str) -> str | None:
    """The first sentence of the text that turns the reader down (English), or None."""
    said = _SAID
    begin = 0
    for separator in [*_SENTENCES.finditer(text), None]:
        end = separator.start() if separator else len(text)
        sentence_at, begin = begin, separator.end() if separator else end
        if end - sentence_at < 12:
            continue
        sentence = text[sentence_at:end]
        no = said.get(sentence)
        if no is None:
            if len(said) >= _SAID_MAX:
                said.clear()
            no = said[sentence] = _says_no(sentence)
        if no:
            return sentence.strip()
    return None


@lru_cache(maxsize=4096)
def _piece_no(piece: str, last: bool) -> str | None:
    """`_first_no` of a piece and its full stop (the last piece has none). Keyed by the piece
    itself, not a copy with its stop: its hash is kept in it, and no copy is made."""
    return _first_no(piece if last else piece + ".")


def _says_no(sentence: str) -> bool:
    """Whether one sentence turns the reader down. A pattern is tried only when one of its
    needed words is in the sentence."""
    tried = 0
    for _, needers in _NEEDED.iter(sentence):
        tried |= needers
    if not tried:
        return False
    found = _decision(sentence, tried)
    if found is None:
        return False
    start, stop = found
    if _CONDITION.search(sentence, 0, start):
        return False
    if _REPORTED.search(sentence[:start]) and not _OWN_WORD.search(sentence[:start]):
        return False
    if _NOT_ABOUT_YOU.search(sentence[max(0, start - 40) : stop + 25]):
        return False
    return not _ABOUT_EVERYONE.match(sentence, 0, start)


def _decision(sentence: str, tried: int) -> tuple[int, int] | None:
    for index, (pattern, _) in enumerate(_NEEDS):
        if tried & (1 << index) and (match := pattern.search(sentence)):
            return match.start(), match.end()
    return None

"""What every part of the tone check shares: the finding, its explanations, and words."""

from __future__ import annotations

import re
from dataclasses import dataclass

EMAIL_WORD_LIMIT = 200
CARD_WORD_LIMIT = 60


@dataclass(frozen=True)
class Finding:
    code: str
    message: str
    why: str
    suggestion: str
    start: int
    end: int


# One "why" per code, so every finding of a kind explains itself the same way.
WHY = {
    "asks-for-reasons": "Companies rarely answer, and asking can put them on the defensive. "
    "A mentor can help you reflect instead.",
    "negative-tone": "A gracious note is what they'll remember, and it keeps the door open.",
    "no-personal-detail": "One real detail shows you were listening, and helps them remember you.",
    "missing-name": "A name at the top shows the note was written for them, not copied.",
    "too-long": "A short note is easier to read, and easier to write on a hard day.",
    "placeholder-left": "A leftover placeholder makes a careful note look copied.",
    "exclamations": "Calm and warm lands better than excited, after a \u201cno\u201d.",
    "missing-signature": "A note that ends without your name feels unfinished, "
    "and they may not know who it's from.",
    "broken-sentence": "A sentence that doesn't hold together makes a kind note look rushed.",
}


# What each code means, in a few words (for `check-note --help` and the docs).
MEANING = {
    "asks-for-reasons": "asks why you weren't chosen, directly or not",
    "negative-tone": "bitter, blaming, entitled or comparing words, or shouting",
    "placeholder-left": "a placeholder like [Company] still in the text",
    "broken-sentence": "pasted notes, doubled punctuation, a phrase with words missing",
    "missing-name": "doesn't greet them by name",
    "missing-signature": "a sign-off like \u201cBest regards,\u201d with no name after it",
    "no-personal-detail": "nothing specific to your conversation",
    "exclamations": "too many exclamation marks",
    "too-long": "longer than the shape reads best at",
}


def find(code: str, message: str, suggestion: str, start: int = 0, end: int = 0) -> Finding:
    return Finding(code, message, WHY[code], suggestion, start, end)


# Hyphenated and apostrophe words count once ("follow-up", "I'd"), like a person counts.
WORD = re.compile(r"[^\W_]+(?:['\u2019\-][^\W_]+)*")


def count_words(text: str) -> int:
    return sum(1 for _ in WORD.finditer(text))


HONORIFICS = {"mr", "mrs", "ms", "mx", "miss", "dr", "prof", "sir", "madam"}


def first_name(full_name: str) -> str:
    """The name to greet someone by: "Dr. Priya Raman" and "Raman, Priya" give "Priya"."""
    name = full_name.strip()
    if "," in name:  # "Raman, Priya" as exported by many address books
        last, _, rest = name.partition(",")
        name = f"{rest.strip()} {last.strip()}".strip()
    words = [w for w in name.split() if w.lower().rstrip(".") not in HONORIFICS]
    return words[0] if words else ""


# Words that say nothing about this particular person or interview. Three-letter
# words count as content unless listed, because tools and topics ("dbt", "SQL")
# are often the most specific thing in interview notes.
def wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


STOPWORDS = wordset(
    """
    a an the and or but nor so yet for of to in on at by with from into onto over under
    about above after again against all also am any are as be been before being both
    can could did do does doing done down during each few had has have having he her
    here hers him his how i if is it its it's just me more most much my no not now off
    once only other our ours out own same she should some such than that their theirs
    them then there these they this those through too until up very was we were what
    when where which while who whom why will would you your yours let lot get got put
    say said see saw use way new old one two day yes ago ask own run set try big bit
    per via etc okay well went going goes really quite still even ever every always
    interview interviews interviewed interviewing interviewer interviewers team teams
    role roles position job company time talk talked talking discuss discussed
    discussion conversation chat chatted thank thanks meet meeting met great good nice
    enjoyed enjoy learn learning opportunity candidate process work hope touch future
    today yesterday week call felt feel seemed think thought like liked lots
    """
)


def _stem(word: str) -> str:
    # Crude on purpose: enough that "tests", "testing" and "tested" meet.
    word = word.lower().replace("\u2019", "'")
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    return word[:-1] if word.endswith("e") and len(word) > 3 else word


def content_words(text: str) -> set[str]:
    """Stems of the words in `text` that could only come from a real conversation."""
    return {
        _stem(w)
        for w in WORD.findall(text)
        if len(w) >= 3 and w.lower().replace("\u2019", "'") not in STOPWORDS and not w.isdigit()
    }

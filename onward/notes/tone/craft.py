"""The craft of a note: a real detail, their name, its length, placeholders, exclamations."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from .base import (
    CARD_WORD_LIMIT,
    EMAIL_WORD_LIMIT,
    HONORIFICS,
    WORD,
    Finding,
    content_words,
    find,
    first_name,
)

# Without interview notes to compare against, look for the shapes people use when
# they refer to something real: "our conversation about ...", "hearing how ...",
# "when we discussed ...", "you mentioned ...", or a quoted topic. A note can still
# fool this, but a note made only of stock thanks never matches.
_SPECIFIC_MARKERS = re.compile(
    r"""
    \b(?:conversation|chat|talk|discussion|question|point|story|insights?|thoughts|description
        |demo|walkthrough|tour|overview|explanation|advice|perspective)
        \s+(?:about|on|around|of|regarding|into|behind)\s+\w
    | \b(?:talking|talked|speaking|spoke|chatting|chatted|hearing|learning|reading)
        \s+(?:about|how|what|why|that)\b
    | \b(?:when|how)\s+(?:we|you)\s+(?:discussed|talked|described|explained|mentioned|showed|walked)
    | \b(?:we|you)\s+(?:discussed|covered|mentioned|described|explained|showed|shared)\b
    | ["\u201c][^"\u201d\n]{3,60}["\u201d]
    """,
    re.I | re.X,
)


def no_personal_detail(text: str, details: Sequence[str]) -> Iterator[Finding]:
    wanted: set[str] = set().union(*(content_words(d) for d in details)) if details else set()
    if wanted:
        if wanted & content_words(text):
            return
        message = "This doesn't mention anything from your interview notes."
    elif _SPECIFIC_MARKERS.search(text):
        return
    else:
        message = "Nothing here is specific to your conversation with them."
    tip = "Add one line about something you talked about, like a project or a question they asked."
    yield find("no-personal-detail", message, tip)


# --- missing-name -------------------------------------------------------------------

_NOT_A_NAME = (
    r"sir|sirs|madam|madame|team|all|everyone|everybody|there|hiring|recruiting|recruiter|"
    r"friend|friends|colleague|colleagues|folks|whom|you|again|and|to|from|anyone|both"
)
_GREETING = re.compile(
    r"^[ \t]*(?i:dear|hi|hello|hey|greetings|good\s+(?:morning|afternoon|evening))[ \t]+"
    rf"(?!(?i:{_NOT_A_NAME})\b)(?:(?i:mr|mrs|ms|mx|miss|dr|prof)\.?[ \t]+)?[^\W\d_][\w'\u2019\-]*",
    re.M,
)
_BARE_NAME_LINE = re.compile(
    rf"^[ \t]*(?!(?i:hi|hello|hey|dear|greetings|{_NOT_A_NAME})\b)"
    r"[A-Z][\w'\u2019\-]+(?:[ \t]+[A-Z][\w'\u2019\-]+)?[ \t]*,[ \t]*$"
)


def _names_for(recipient_name: str) -> list[str]:
    names = [recipient_name.strip(), first_name(recipient_name)]
    words = recipient_name.replace(",", " ").split()
    parts = [w for w in words if w.lower().rstrip(".") not in HONORIFICS]
    if len(parts) > 1:
        # "Dear Dr. Raman," is as personal as "Dear Priya,"
        surname = parts[0] if "," in recipient_name else parts[-1]
        titles = ("Mr", "Mrs", "Ms", "Mx", "Dr", "Prof")
        names += [f"{title}{dot} {surname}" for title in titles for dot in (".", "")]
    return [n for n in names if n]


def missing_name(text: str, recipient_name: str | None) -> Iterator[Finding]:
    if recipient_name and recipient_name.strip():
        names = _names_for(recipient_name)
        if any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", text, re.I) for n in names):
            return
        first = first_name(recipient_name)
        tip = f"Start with \u201cDear {first},\u201d or \u201cHi {first},\u201d."
        yield find("missing-name", f"This doesn't use {first}'s name.", tip)
        return
    first_line = next((line for line in text.splitlines() if line.strip()), "")
    if _GREETING.search(text) or _BARE_NAME_LINE.match(first_line):
        return
    tip = "Start with a greeting and their first name."
    yield find("missing-name", "This doesn't greet anyone by name.", tip)


# --- too-long, placeholder-left, exclamations ---------------------------------------


def too_long(text: str, shape: str) -> Iterator[Finding]:
    limit = CARD_WORD_LIMIT if shape == "card" else EMAIL_WORD_LIMIT
    words = list(WORD.finditer(text))
    if len(words) <= limit:
        return
    yield find(
        "too-long",
        f"This is {len(words)} words; a {shape} reads best at {limit} or fewer.",
        "Keep the thanks, one detail and the goodbye; trim the rest.",
        # Point at what runs past the limit, so the editor can show where to trim.
        words[limit].start(),
        len(text.rstrip()),
    )


_PLACEHOLDER_RE = re.compile(
    r"""
    \[[^\[\]\n]{1,40}\]
    | \{\{?[^{}\n]{1,40}\}\}?
    | <(?![/!])[^<>\n@:]{1,40}>
    | \b[Xx]{3,}\b
    | \b(?-i:TODO|TBD|FIXME)\b
    | \blorem\s+ipsum(?:\s+dolor(?:\s+sit\s+amet)?)?\b
    | \b(?-i:INSERT)\b(?:[ \t]+(?-i:[A-Z'\u2019]+)\b)*
    | \binsert\s+(?:(?:your|their|the|company|recipient['\u2019]?s?)\s+)*
        (?:name|company|role|title|position|date|detail|topic|here)\b(?:\s+here\b)?
    | _{3,}
    """,
    re.I | re.X,
)


def placeholders(text: str) -> list[Finding]:
    tip = "Replace it with the real words, or take it out."
    return [
        find("placeholder-left", f"\u201c{m.group()}\u201d still needs filling in.", tip,
              m.start(), m.end())
        for m in _PLACEHOLDER_RE.finditer(text)
    ]  # fmt: skip


def exclamations(text: str) -> Iterator[Finding]:
    tip = "Keep one at most, and end the rest with a full stop."
    runs = list(re.finditer(r"!{2,}", text))
    for m in runs:
        message = "Several exclamation marks in a row can read as too much."
        yield find("exclamations", message, tip, m.start(), m.end())
    marks = [m.start() for m in re.finditer("!", text)]
    if not runs and len(marks) > 2:
        # Point at the first mark past the two a note can comfortably carry.
        message = f"{len(marks)} exclamation marks can read as too much."
        yield find("exclamations", message, tip, marks[2], marks[2] + 1)

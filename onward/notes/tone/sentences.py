"""Sentences that don't hold together, and a note that signs off without a name.

Both are slips a person makes typing in a hurry, or that a template makes when a
blank it filled in was empty: "our conversation about .", "about Walked the panel
through", "Best regards," with nothing after it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .base import Finding, find, wordset

# --- missing-signature --------------------------------------------------------------

_CLOSING = r"""
    (?:(?:with\s+)?(?:best|kind|kindest|warm|warmest|many|all\s+the\s+best)
        (?:\s+(?:regards|wishes|thanks))?
    | regards | warmly | sincerely | yours(?:\s+(?:sincerely|truly|faithfully))?
    | cheers | gratefully | respectfully | take\s+care | (?:speak|talk)\s+soon | love
    | thanks(?:\s+(?:again|so\s+much|a\s+lot))? | thank\s+you(?:\s+(?:again|so\s+much))?
    | with\s+(?:thanks|gratitude|appreciation|love)
    | (?:viele|liebe|beste|mit\s+freundlichen)\s+gr(?:\u00fc|ue)(?:\u00df|ss)en?
    | cordialement | bien\s+(?:\u00e0|a)\s+vous | (?:un\s+)?saludos? | atentamente | un\s+abrazo)
"""
# The last line is only a sign-off ("Best regards,"), or the last sentence ends with
# one ("… stay in touch. Best regards,"). Either way, nothing follows it.
_UNSIGNED = re.compile(
    rf"(?:^|(?<=[.!?])[ \t]+)[ \t]*(?P<closing>{_CLOSING})[ \t]*(?P<mark>[,;:!.\u2014\u2013-]?)"
    r"[ \t]*\s*\Z",
    re.I | re.X | re.M,
)


def missing_signature(text: str) -> Iterator[Finding]:
    m = _UNSIGNED.search(text)
    if m is None or (m.group("mark") != "," and not _alone_on_its_line(text, m.start("closing"))):
        return
    words = text[m.start("closing") : m.end("mark")]
    message = f"The note ends with \u201c{words}\u201d and no name after it."
    tip = f"Add your first name on the line below \u201c{words}\u201d, so they know who it's from."
    yield find("missing-signature", message, tip, m.start("closing"), m.end("mark"))


def _alone_on_its_line(text: str, start: int) -> bool:
    # "… I hope we stay in touch. Thank you." is a sentence, not a sign-off, unless
    # it stands on its own line.
    return text[text.rfind("\n", 0, start) + 1 : start].strip() == ""


# --- broken-sentence ----------------------------------------------------------------

# Verbs people start their own notes with ("Walked the panel through…"). Capitalised
# straight after "about", they show notes pasted into a sentence. Past forms and
# -ing forms only: base forms double as nouns and names ("about Design", "about Go").
_VERB_FORMS = wordset(
    """walked talked discussed presented showed shown explained asked answered covered
    described mentioned shared demoed reviewed went did made built led ran gave told spoke
    took got met saw thought felt spent started finished completed designed coded wrote
    drew sketched pitched proposed planned prepared debugged solved paired whiteboarded
    chatted learned learnt heard said focused touched dove dug began brought taught
    understood knew found sat came worked tried asked interviewed
    walking talking discussing presenting showing explaining asking answering covering
    describing mentioning sharing demoing reviewing going doing making building leading
    running giving telling speaking taking getting meeting seeing thinking spending
    starting finishing designing coding writing drawing sketching pitching proposing
    planning preparing debugging solving pairing chatting learning hearing saying
    focusing diving digging bringing teaching working trying"""
)
_PRONOUNS = {"I", "We", "She", "He", "They"}
# Capitalised words after "about" ending in -ed that are names, not verbs.
_NAMES_LIKE_VERBS = re.compile(r"(?:eed|fred|dred)$", re.I)
_TOPIC_WORD = re.compile(
    r"\b(?P<prep>about|on|regarding|around|concerning)\s+(?P<word>[A-Z][a-z]*)\b(?P<next>\s+\S)?"
)

_ABBREVIATIONS = wordset(
    "etc inc ltd co corp jr sr st dr mr mrs ms prof vs approx dept no nr llc plc e g i"
)
_DOUBLED = re.compile(
    r"""
      (?<![.\d/])\.\.(?![./\d])           # "interview.." but not "..." or "1..5"
    | ,\s*[,.;:](?!\.)                   # ",." ",," but not ",..."
    | [;:][.,;:]                         # ";." ":,"
    | [?!][.,;:]                         # "?." "!,"
    | \.[ \t]+\.(?![ \t]*\.)             # ". ." but not ". . ."
    | (?P<dot>\.),                       # ".," unless the dot ends "e.g." or "etc."
    """,
    re.X,
)
# A phrase with its words missing, where a blank was left empty: "about .", "the ,",
# "for the () role", or a determiner with nothing after it: "the.", "your,".
_EMPTY = re.compile(
    r"""
      \b(?:about|on|regarding|around|concerning|of|with|for|to|at|in|from|the|an|your|our|their)
        [ \t]+[.,;:!?](?![\w.])            # but not "a folder of .eml files" or "on ..."
    | \b(?:the|an|your|our|their)[.,;:!?](?![\w.])
    | (?<!\w)(?:\(\s*\) | \[\s*\] | \{\s*\} | \u201c\s*\u201d | ""(?!"))
    """,
    re.X | re.I,
)
_REPEATED = re.compile(
    r"(?<![\w-])(?P<w>the|a|an|to|of|and|in|on|for|with|at|is|was|I|my|your|you|we|it|our)\s+"
    r"(?P=w)\b(?!-)",
    re.I,
)


def _after_a_topic_word(text: str) -> Iterator[Finding]:
    for m in _TOPIC_WORD.finditer(text):
        word = m.group("word")
        if word in _PRONOUNS:
            # "about I think…", but not "about I/O" or a Roman numeral
            if not m.group("next") or not re.match(r"\s+[a-z]", m.group("next")):
                continue
        elif re.match(r"\s+[A-Z]", m.group("next") or ""):
            continue  # a title in capitals, like a talk on "Building Trust"
        elif word.lower() not in _VERB_FORMS and not (
            word.endswith("ed") and len(word) >= 6 and not _NAMES_LIKE_VERBS.search(word)
        ):
            continue
        words = f"{m.group('prep')} {word}"
        message = f"\u201c{words}\u201d reads as if notes were pasted into the sentence."
        like = f"\u201c{m.group('prep')} your move to dbt\u201d"
        tip = f"Say what it was about as a topic, like {like}."
        yield find("broken-sentence", message, tip, m.start(), m.end("word"))


def _doubled_punctuation(text: str) -> Iterator[Finding]:
    for m in _DOUBLED.finditer(text):
        if m.group("dot") is not None:
            word = re.search(r"([A-Za-z]+)$", text[: m.start()])
            if word is None or word.group(1).lower() in _ABBREVIATIONS:
                continue
            if m.start() >= 2 and text[m.start() - 2] == ".":  # "e.g.," "a.m.,"
                continue
        marks = m.group().replace(" ", "")
        message = f"\u201c{marks}\u201d looks like a slip of the keyboard."
        yield find("broken-sentence", message, "Keep just one of the marks.", m.start(), m.end())


def broken_sentence(text: str) -> Iterator[Finding]:
    yield from _after_a_topic_word(text)
    yield from _doubled_punctuation(text)
    for m in _EMPTY.finditer(text):
        message = f"\u201c{m.group()}\u201d has words missing."
        tip = "Finish the phrase with what you meant, or take it out."
        yield find("broken-sentence", message, tip, m.start(), m.end())
    for m in _REPEATED.finditer(text):
        message = f"\u201c{m.group()}\u201d says the same word twice."
        yield find("broken-sentence", message, "Take out one of them.", m.start(), m.end())

"""negative-tone: bitterness, blame, entitlement and shouting, which burn the bridge."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .base import Finding, find, wordset

# Mild regret ("I'm sorry we won't work together", "sad to hear") is human and fine
# in a thank-you note, so it is deliberately absent. These words read as kind when
# negated just before them: "I'm not disappointed", "never a waste of time".
_SOFT = [
    r"disappoint(?:ed|ing|ment)|frustrat(?:ed|ing|ion)|upset|bitter(?:ly|ness)?|angry|annoyed",
    r"insult(?:ed|ing)|outrage(?:d|ous)|unfair(?:ly)?|unjust|unprofessional|ridiculous|absurd",
    r"pathetic|shock(?:ed|ing)|terrible|awful|horrible|incompeten(?:t|ce)|rigged",
    r"(?:a\s+)?(?:complete\s+|total\s+|huge\s+)?waste\s+of\s+(?:my\s+|your\s+|our\s+)?time",
    r"wasted\s+(?:my|our)\s+time|(?:bad|wrong|poor)\s+(?:decision|choice|call)",
]
# These carry their own edge however they are framed.
_HARD = [
    r"(?:you|they|the\s+team)\s+(?:have\s+|['\u2019]ve\s+)?made\s+(?:a|the)\s+"
    r"(?:big\s+|huge\s+)?(?:mistake|wrong\s+(?:call|choice|decision))",
    r"(?<!for\s)(?<!about\s)your\s+loss|frankly|thank(?:s|\s+you)\s+for\s+nothing|I\s+deserved",
    r"I\s+(?:can['\u2019]t|cannot|couldn['\u2019]t|could\s+not)\s+believe",
    r"(?:you['\u2019]ll|you\s+will)\s+regret|good\s+luck\s+with\s+that",
    r"should\s+have\s+(?:been|hired|chosen|picked)\s+me|hope\s+you(?:['\u2019]re|\s+are)\s+happy",
]
_NEGATIVE_RE = [
    (re.compile(rf"\b(?:{'|'.join(words)})\b", re.I), soft)
    for words, soft in ((_SOFT, True), (_HARD, False))
]
_NEGATION_BEFORE = re.compile(
    r"(?:\bnot|n['\u2019]t|\bnever|\bno|\bhardly|\bwithout)(?:\s+(?:at\s+all|\w+)){0,2}\s+$", re.I
)

# Capitals shout when they spell an everyday word; company names and acronyms
# ("ACME", "KPMG", "AWS") are usually short, so four- and five-letter words need
# to be known shouting words, and longer ones need vowels and no acronym entry.
_SHOUTED = wordset(
    """NO NOT WHY YOU ALL THE AND BUT WAS SO DID BAD MAD SAD WOW OMG
    NEVER REALLY VERY THANK THANKS PLEASE WHAT THIS THAT WILL JUST MUCH SORRY HAPPY
    GREAT LOVE HATE EVER HOPE BEST WORST WRONG SUCH ANGRY UPSET UNFAIR STILL THEM
    THEY YOUR MOST MUST SURE FEEL FELT TRULY WELL ONLY HERE THERE WERE HAVE BEEN"""
)
_ACRONYMS = {
    "HTTPS", "HIPAA", "UNICEF", "MATLAB", "NVIDIA", "FAANG", "COBOL", "OAUTH", "SCRUM", "AGILE",
}  # fmt: skip
_CAPS_RUN = re.compile(r"\b[A-Z]{2,}\b(?:[ \t,]+\b[A-Z]{2,}\b)*")


def _is_shouting(word: str) -> bool:
    if word in _SHOUTED:
        return True
    return len(word) >= 6 and word not in _ACRONYMS and bool(re.search(r"[AEIOUY]", word))


def negative_tone(text: str, skip: list[tuple[int, int]]) -> Iterator[Finding]:
    for pattern, soft in _NEGATIVE_RE:
        for m in pattern.finditer(text):
            if soft and _NEGATION_BEFORE.search(text[max(0, m.start() - 30) : m.start()]):
                continue
            message = f"\u201c{m.group()}\u201d may read as bitter, even if you don't mean it to."
            tip = "Leave it out, or simply say you're sorry it didn't work out this time."
            yield find("negative-tone", message, tip, m.start(), m.end())
    for m in _CAPS_RUN.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in skip):
            continue
        if any(_is_shouting(w) for w in re.findall(r"[A-Z]+", m.group())):
            message = f"\u201c{m.group()}\u201d in capitals can read as shouting."
            tip = "Write it in ordinary letters; the words carry enough on their own."
            yield find("negative-tone", message, tip, m.start(), m.end())

"""negative-tone: bitterness, blame, entitlement and shouting, which burn the bridge."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .base import Finding, find, wordset

# Mild regret ("I'm sorry we won't work together", "sad to hear") is human and fine
# in a thank-you note, and so is owning up to disappointment about the outcome
# ("While I'm disappointed not to be moving forward, I'm grateful…"): people expect
# it. Disappointment aimed at them ("disappointed in how you ran it") is not. These
# words read as kind when negated just before them: "never a waste of time".
_SOFT = [
    r"disappointed\s+(?:in|with|by)\s+(?:you\b|your|how|the\s+way|the\s+(?:whole\s+)?"
    r"(?:process|team|company|decision|interviews?|interviewers?|panel|handling|lack|feedback)|"
    r"this\s+(?:process|company|team))",
    r"(?:a\s+)?(?:very\s+|really\s+|deeply\s+|so\s+|quite\s+|extremely\s+)?disappointing\s+"
    r"(?:process|experience|decision|way|interview|response|reply|handling|treatment)",
    r"(?:what|such)\s+a\s+(?:\w+\s+)?disappointment",
    r"frustrat(?:ed|ing|ion)|upset|bitter(?:ly|ness)?|angry|annoyed",
    r"insult(?:ed|ing)|outrage(?:d|ous)|unfair(?:ly)?|unjust|unprofessional|ridiculous|absurd",
    r"pathetic|shock(?:ed|ing)|terrible|awful|horrible|incompeten(?:t|ce)|rigged",
    r"(?:a\s+)?(?:complete\s+|total\s+|huge\s+)?waste\s+of\s+(?:my\s+|your\s+|our\s+)?time",
    r"wasted\s+(?:my|our)\s+time|(?:bad|wrong|poor)\s+(?:decision|choice|call)",
]
# These carry their own edge however they are framed.
_HARD = [
    r"(?:you|they|the\s+team)\s+(?:have\s+|['\u2019]ve\s+|are\s+|['\u2019]re\s+)?(?:made|making)\s+"
    r"(?:a|the)\s+(?:big\s+|huge\s+|real\s+)?(?:mistake|wrong\s+(?:call|choice|decision))",
    r"(?:this|that|it)\s+(?:is|was|['\u2019]s)\s+a\s+(?:big\s+|huge\s+|real\s+)?mistake",
    r"(?<!for\s)(?<!about\s)your\s+loss|frankly|thank(?:s|\s+you)\s+for\s+nothing",
    r"I\s+(?:can['\u2019]t|cannot|couldn['\u2019]t|could\s+not)\s+believe",
    r"(?:you['\u2019]ll|you\s+will)\s+regret|good\s+luck\s+with\s+that",
    r"hope\s+you(?:['\u2019]re|\s+are)\s+happy\s+with|(?:you|they)(?:['\u2019]re|\s+are|"
    r"['\u2019]ve|\s+have)?\s+miss(?:ed|ing)\s+out(?=\s*[.,;!?]|\s*$|\s+on\s+(?:me|someone\s+like))",
    r"I\s+expected\s+(?:better|more)\s+(?:from|of)|you(?:['\u2019]ll|\s+will)\s+be\s+sorry",
    r"(?:don['\u2019]t|not\s+sure\s+you)\s+know\s+what\s+you['\u2019]re\s+doing",
    r"what\s+more\s+(?:you\s+(?:wanted|want|could\s+(?:want|ask))|could\s+you\s+(?:want|ask))",
]
# Entitlement and comparison: "I was clearly the best candidate", "I deserved".
_SELF = r"I\s+(?:was|am|would\s+have\s+been|could\s+have\s+been)|I['\u2019](?:m|d\s+have\s+been)"
_ADVERB = r"(?:clearly|obviously|by\s+far|easily|undoubtedly|definitely|simply|really|truly|still)"
_BEST = (
    r"(?:best|strongest|most\s+qualified|ideal|perfect|obvious|right|better|stronger|"
    r"more\s+qualified|top)"
)
_ENTITLED = [
    rf"(?:{_SELF})\s+(?:{_ADVERB}\s+)?(?:the\s+|a\s+)?{_BEST}\s+"
    r"(?:candidate|applicant|choice|fit|person|option|pick)",
    rf"(?:{_SELF})\s+{_ADVERB}\s+the\s+(?:best|strongest)",
    rf"(?:clearly|obviously|by\s+far|undoubtedly)\s+the\s+{_BEST}\s+"
    r"(?:candidate|applicant|choice|fit|person|option)",
    r"I\s+(?:really\s+|truly\s+|still\s+)?deserved?(?!\s+(?:a\s+)?(?:holiday|rest|break))",
    r"should(?:\s+have|['\u2019]ve)\s+(?:been|hired|chosen|picked|selected|gone\s+with|offered\s+"
    r"(?:it|the\s+(?:job|role|position))\s+to)\s+me",
    r"(?:better|more|far\s+more|much\s+more)\s+(?:qualified|experienced|suited)\s+than",
    r"(?:twice|double|three\s+times)\s+the\s+experience|more\s+experience\s+than\s+(?:anyone|any\s+other|the\s+other|whoever|them|him|her|"
    r"the\s+person)",
    r"better\s+than\s+(?:whoever|the\s+(?:other|person|candidate)|anyone\s+(?:else\s+)?you|"
    r"any\s+other\s+(?:candidate|applicant))",
    # "I hope whoever you hired is as strong on checkout flows as I am"
    r"as\s+(?:good|strong|qualified|experienced|capable|talented)\b[^.?!\n]{0,40}?\bas\s+I\s+"
    r"(?:am|was|would\s+have\s+been)",
]
_BITTER = "\u201c{words}\u201d may read as bitter, even if you don't mean it to."
_COMPARING = "\u201c{words}\u201d measures you against them or the other candidates."
_NEGATIVE_RE = [
    (re.compile(rf"\b(?:{'|'.join(words)})\b", re.I), soft, message)
    for words, soft, message in (
        (_SOFT, True, _BITTER),
        (_HARD, False, _BITTER),
        (_ENTITLED, False, _COMPARING),
    )
]
_NEGATION_BEFORE = re.compile(
    r"(?:\bnot|n['\u2019]t|\bnever|\bno|\bhardly|\bwithout)(?:\s+(?:at\s+all|\w+)){0,2}\s+$", re.I
)
_TIPS = {
    _BITTER: "Leave it out, or simply say you're sorry it didn't work out this time.",
    _COMPARING: "Leave it out. If you're still keen, say you'd love to be considered next time.",
}

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
    for pattern, soft, message in _NEGATIVE_RE:
        for m in pattern.finditer(text):
            if soft and _NEGATION_BEFORE.search(text[max(0, m.start() - 30) : m.start()]):
                continue
            said = message.format(words=m.group())
            yield find("negative-tone", said, _TIPS[message], m.start(), m.end())
    for m in _CAPS_RUN.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in skip):
            continue
        if any(_is_shouting(w) for w in re.findall(r"[A-Z]+", m.group())):
            message = f"\u201c{m.group()}\u201d in capitals can read as shouting."
            tip = "Write it in ordinary letters; the words carry enough on their own."
            yield find("negative-tone", message, tip, m.start(), m.end())

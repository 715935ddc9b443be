"""asks-for-reasons: a line that asks the company why you weren't chosen, however politely."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .base import Finding, find

_GAP = r"[^.?!\n]{0,60}?"  # stay inside one sentence
_NOT_CHOSEN = (
    r"(?:selected|chosen|picked|hired|successful|shortlisted|considered|advanced|offered|"
    r"moved?\s+forward|progress(?:ed)?|get|got|make\s+it|made\s+it|(?:a\s+)?(?:right|good)\s+fit)"
)
_SOMEONE_ELSE = (
    r"(?:(?:another|a\s+different|the\s+other|other)\s+(?:candidate|applicant|person|finalist)s?"
    r"|some(?:one|body)(?:\s+else)?)"
)
_FEEDBACK_ON = (
    r"(?:on|about|regarding|as\s+to|concerning)\s+(?:why|the\s+decision|your\s+decision|the\s+outcome|"
    r"the\s+selection|how\s+I|where\s+I|what\s+I|"
    r"my\s+(?:application|candidacy|interviews?|performance|answers|profile))\b"
)
_ASKS = [
    rf"\bwhy\s+(?:exactly\s+)?(?:I|my\s+(?:application|candidacy|profile))\b{_GAP}"
    rf"(?:\bnot|n['\u2019]t|\bnever)\b{_GAP}\b{_NOT_CHOSEN}\b",
    r"\bwhy\s+(?:was|wasn['\u2019]t|were|weren['\u2019]t|did|didn['\u2019]t)\s+(?:I|my\s+\w+)\b"
    rf"(?:\s+not)?\s+(?:{_NOT_CHOSEN}|rejected|turned\s+down|passed\s+over)",
    r"\bwhy\s+I\s+(?:was|got|had\s+been)\s+(?:rejected|turned\s+down|passed\s+over|unsuccessful)",
    rf"\bwhy\b{_GAP}\b(?:choose|chose|chosen|went|go|going|pick|picked|select|selected|"
    rf"hire|hired|prefer|preferred|decided|offer|offered)\b[^.?!\n]{{0,25}}?\b{_SOMEONE_ELSE}",
    rf"\bwhy\b{_GAP}(?:\bnot|n['\u2019]t|\bagainst)\b[^.?!\n]{{0,30}}?"
    r"\b(?:me|my\s+(?:application|candidacy))\b",
    r"\bwhy\s+not\s+me\b",
    r"\b(?:the\s+)?(?:reasons?|rationale|thinking)\s+(?:for|behind)\s+(?:your|the|this|that|their)\s+"
    r"(?:final\s+|hiring\s+)?(?:decision|choice|selection|outcome)",
    r"\b(?:reasons?|rationale)\s+(?:why\s+)?(?:I|my\s+application)\s+"
    r"(?:was|wasn['\u2019]t|didn['\u2019]t|did\s+not)\b",
    r"\bexplain\s+(?:your|the|this|that)\s+(?:final\s+|hiring\s+)?(?:decision|choice|outcome)",
    r"\b(?:insights?|clarity)\s+(?:into|on)\s+(?:the|your|this)\s+"
    r"(?:hiring\s+)?(?:decision|choice|outcome)",
    r"\bwhat\s+(?:could|should|might|can)\s+I\s+have\s+done\s+(?:better|differently)",
    r"\bwhat\s+I\s+(?:could|should|might)\s+have\s+done\s+(?:better|differently)",
    r"\bwhat\s+I\s+(?:did|got)\s+wrong\b",
    r"\bwhat\s+went\s+wrong\b",
    r"\bwhere\s+I\s+(?:fell|came|was)\s+short\b",
    r"\bwhere\s+I\s+went\s+wrong\b",
    r"\bwhat\s+(?:I\s+was|was)\s+(?:missing|lacking)\b",
    r"\bhow\s+(?:I|can\s+I|could\s+I)\s+(?:could\s+|can\s+|might\s+|should\s+)?(?:improve|do\s+better)\b",
    r"\b(?:areas|ways)\s+(?:where|in\s+which)\s+I\s+(?:could|can|should|might|need\s+to)\s+improve\b",
    rf"\b(?:any|some|your|honest|candid)?\s*feedback\s+{_FEEDBACK_ON}",
    # The finding points at the request itself ("w"), not the polite verb before it.
    r"\b(?:welcome|appreciate|grateful\s+for|love|like|value|hear)\s+(?P<w>(?:any|some|your)\s+"
    rf"(?:honest\s+|candid\s+)?feedback\b(?:\s+{_FEEDBACK_ON})?)",
    r"\bany\s+feedback\b[^.?!\n]{0,60}\?",
]
_ASKS_RE = re.compile("|".join(f"(?:{p})" for p in _ASKS), re.I)
# "Thank you for your feedback on my interview" thanks them; it doesn't ask.
_THANKS_BEFORE = re.compile(
    r"thank(?:s|\s+you)(?:\s+\w+){0,2}\s+for\s+(?:the\s+|all\s+the\s+)?$", re.I
)


def asks_for_reasons(text: str) -> Iterator[Finding]:
    for m in _ASKS_RE.finditer(text):
        if _THANKS_BEFORE.search(text[max(0, m.start() - 40) : m.start()]):
            continue
        span = m.span("w") if m.group("w") else m.span()
        words = text[span[0] : span[1]]
        start = span[0] + len(words) - len(words.lstrip())
        tip = "Leave this out here, and take the question to a mentor you trust."
        yield find("asks-for-reasons", "This asks why you weren't chosen.", tip, start, span[1])

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
    r"\bwhere\s+(?:I|my\s+(?:application|interviews?|answers?|CV|profile))\s+"
    r"(?:fell|came|was|were)\s+(?:short|lacking|weak)\b",
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
# Indirect ways of asking why: always about the decision, whatever frames them.
_ASKS += [
    r"\bwhat\s+(?:finally\s+|ultimately\s+|really\s+)?(?:tipped|swung)\s+"
    r"(?:the\s+)?(?:decision|balance|scales?|it)\b",
    # "the deciding factor", but not "…for you when you joined Acme"
    r"\b(?:the\s+)?deciding\s+factors?\b(?![^.?!\n]{0,20}\b(?:for\s+you|when\s+you|in\s+your))",
    r"\bwhat\s+(?:it|the\s+(?:final\s+)?decision|your\s+decision|the\s+choice)\s+(?:finally\s+|"
    r"ultimately\s+|really\s+)?came\s+down\s+to\b",
    r"\bwhat\s+led\s+(?:you\s+)?to\s+(?:the|your|this|that|their)\s+(?:final\s+|hiring\s+)?"
    r"(?:decision|choice|outcome)",
    r"\bhow\s+(?:the|your|this|that)\s+(?:final\s+|hiring\s+)?decision\s+(?:was|got)\s+"
    r"(?:made|reached)",
    r"\bhow\s+you\s+(?:made|reached|came\s+to)\s+(?:the|your|this|that)\s+(?:final\s+)?decision",
    # "what made you choose the other candidate", but not "…choose Acme" or "…to leave"
    r"\bwhat\s+(?:made|led)\s+(?:you|the\s+team|the\s+panel|them)\s+(?:to\s+)?(?:choose|decide|"
    rf"pick|go\s+with|select|prefer|opt|hire|favou?r)\b(?=\s*[?.,!]|\s*$|\s+(?:{_SOMEONE_ELSE}|"
    r"him|her|them|the\s+successful|the\s+person|in\s+the\s+end|ultimately|against|on\s+(?:a|the|"
    r"another)|to\s+go\s+(?:with|another|in\s+another)))",
    rf"\bwhat\s+(?:set|made)\s+(?:{_SOMEONE_ELSE}|them|him|her|the\s+successful\s+\w+|"
    r"the\s+person\s+you\s+(?:hired|chose|picked))\s+(?:apart|stand\s+out|different)",
    rf"\bwhat\s+gave\s+(?:{_SOMEONE_ELSE}|them|him|her)\s+the\s+edge",
    rf"\bwhat\s+(?:{_SOMEONE_ELSE}|they|he|she)\s+had\s+that\s+I\s+(?:didn['\u2019]t|did\s+not|"
    r"lacked)",
    r"\bhow\s+I\s+(?:compared|stacked\s+up|measured\s+up|ranked|fared)\b",
    r"\b(?:to|me)\s+(?:better\s+)?understand\s+(?:the|your)\s+(?:final\s+|hiring\s+)?"
    r"(?:decision|choice|reasoning)",
]
# Asking about yourself is only asking them when it is a request: "Is there anything I
# could do differently?" asks; "I know what I need to work on" doesn't.
_SELF_ASKS = [
    r"\b(?:anything|something|what)\s+I\s+(?:could|should|might|can|need\s+to)\s+(?:have\s+)?"
    r"(?:(?:do|done)\s+(?:differently|better)|improve(?:\s+on)?|work\s+on|change)\b",
    r"\b(?:where|how)\s+I\s+(?:could|can|might|should)\s+(?:improve|grow|do\s+better)\b",
    r"\bareas?\s+(?:for|of)\s+(?:improvement|development|growth)\b",
    r"\bhow\s+I\s+did\b(?=\s*[?.,]|\s+(?:overall|in\s+the))",
    r"\bwhat\s+(?:could|should|might|can)\s+I\s+have\s+done\b",
    r"\bwhat\s+(?:made|makes)\s+the\s+difference\b",
    r"\b(?:what|anything\s+that|something\s+that)\s+held\s+(?:me|my\s+\w+)\s+back\b",
    r"\b(?:decide|decided|go|went|count)\s+against\s+(?:me|my\s+\w+)\b",
    r"\b(?:strengthen|improve)\s+(?:my|on\s+my)\s+(?:application|candidacy|interviews?|answers|CV|"
    r"profile|presentation|chances)\b",
    r"\b(?:where|how)\s+I\s+(?:could|might|should)\s+(?:have\s+)?been\s+(?:a\s+)?(?:stronger|better)\b",
    r"\bwhat\s+to\s+(?:improve|work\s+on)\b",
    r"\b(?:what|how)\s+(?:you|the\s+(?:panel|team|interviewers?))\s+(?:thought|felt)\s+(?:of|about)\s+"
    r"(?:me|my)\b",
    r"\bhow\s+(?:did\s+)?(?:the\s+)?other\s+(?:candidates|applicants|finalists)\s+compare",
]
_REQUEST = re.compile(
    r"(?:I['\u2019]d|I\s+would)\s+(?:really\s+|so\s+|truly\s+|genuinely\s+)?"
    r"(?:love|like|appreciate|welcome|be\s+grateful|value)|\bkeen\b|\b(?:to|me)\s+understand\b"
    r"|\b(?:could|can|would|will|might)\s+you\b|\bplease\b|\blet\s+me\s+know\b|\bany\s+chance\b"
    r"|\b(?:is|are)\s+there\b|\bopen\s+to\b|\bgrateful\b|\bcurious\b|\bwonder(?:ing)?\b"
    r"|\bif\s+you\s+(?:have|could|can|are\s+able|['\u2019]re\s+able)\b|\b(?:may|might|can)\s+I\s+ask\b"
    r"|\bany\s+(?:pointers|tips|thoughts|feedback|advice|insights?)\b",
    re.I,
)
_SELF_ASKS_RE = re.compile("|".join(f"(?:{p})" for p in _SELF_ASKS), re.I)
# Retelling what they said ("I loved hearing what made you choose Acme") isn't asking.
_RETELLING_BEFORE = re.compile(r"\b(?:hearing|learning|reading)\s+(?:about\s+)?$", re.I)


def _sentence(text: str, start: int, end: int) -> tuple[str, str]:
    """The words before and after `start..end` in its own sentence."""
    begin = max(text.rfind(c, 0, start) for c in ".?!\n") + 1
    stops = [i for i in (text.find(c, end) for c in ".?!\n") if i != -1]
    stop = min(stops) + 1 if stops else len(text)
    return text[begin:start], text[end:stop]


def _requested(text: str, start: int, end: int) -> bool:
    before, after = _sentence(text, start, end)
    return (
        bool(_REQUEST.search(before))
        or after.rstrip().endswith("?")
        or bool(re.match(r"[^.?!\n]*\bwould\s+(?:mean|help|be)\b", after, re.I))
    )


_ASKS_RE = re.compile("|".join(f"(?:{p})" for p in _ASKS), re.I)
# "Thank you for your feedback on my interview" thanks them; it doesn't ask.
_THANKS_BEFORE = re.compile(
    r"thank(?:s|\s+you)(?:\s+\w+){0,2}\s+for\s+(?:the\s+|all\s+the\s+)?$", re.I
)


def _matches(text: str) -> Iterator[tuple[int, int]]:
    for m in _ASKS_RE.finditer(text):
        before = text[max(0, m.start() - 40) : m.start()]
        if _THANKS_BEFORE.search(before) or _RETELLING_BEFORE.search(before):
            continue
        yield m.span("w") if m.group("w") else m.span()
    for m in _SELF_ASKS_RE.finditer(text):
        if _requested(text, m.start(), m.end()):
            yield m.span()


def asks_for_reasons(text: str) -> Iterator[Finding]:
    for span in _matches(text):
        words = text[span[0] : span[1]]
        start = span[0] + len(words) - len(words.lstrip())
        tip = "Leave this out here, and take the question to a mentor you trust."
        yield find("asks-for-reasons", "This asks why you weren't chosen.", tip, start, span[1])

"""The tone check: gentle, specific findings about a thank-you note before it goes out.

Pure Python on purpose, so the composer, the CLI and any future API share one
judgement. Each finding points at the words it means (character offsets), or at
0,0 when it is about the note as a whole.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass

EMAIL_WORD_LIMIT = 200
CARD_WORD_LIMIT = 60

CODES = ("asks-for-reasons", "negative-tone", "no-personal-detail", "missing-name",
         "too-long", "placeholder-left", "exclamations")  # fmt: skip
SHAPES = {"email": "email", "short": "email", "warm": "email", "card": "card"}


@dataclass(frozen=True)
class Finding:
    code: str
    message: str
    why: str
    suggestion: str
    start: int
    end: int


# One "why" per code, so every finding of a kind explains itself the same way.
_WHY = {
    "asks-for-reasons": "Companies rarely answer, and asking can put them on the defensive. "
    "A mentor can help you reflect instead.",
    "negative-tone": "A gracious note is what they'll remember, and it keeps the door open.",
    "no-personal-detail": "One real detail shows you were listening, and helps them remember you.",
    "missing-name": "A name at the top shows the note was written for them, not copied.",
    "too-long": "A short note is easier to read, and easier to write on a hard day.",
    "placeholder-left": "A leftover placeholder makes a careful note look copied.",
    "exclamations": "Calm and warm lands better than excited, after a \u201cno\u201d.",
}


def _find(code: str, message: str, suggestion: str, start: int = 0, end: int = 0) -> Finding:
    return Finding(code, message, _WHY[code], suggestion, start, end)


# Hyphenated and apostrophe words count once ("follow-up", "I'd"), like a person counts.
_WORD = re.compile(r"[^\W_]+(?:['\u2019\-][^\W_]+)*")


def count_words(text: str) -> int:
    return sum(1 for _ in _WORD.finditer(text))


_HONORIFICS = {"mr", "mrs", "ms", "mx", "miss", "dr", "prof", "sir", "madam"}


def first_name(full_name: str) -> str:
    """The name to greet someone by: "Dr. Priya Raman" and "Raman, Priya" give "Priya"."""
    name = full_name.strip()
    if "," in name:  # "Raman, Priya" as exported by many address books
        last, _, rest = name.partition(",")
        name = f"{rest.strip()} {last.strip()}".strip()
    words = [w for w in name.split() if w.lower().rstrip(".") not in _HONORIFICS]
    return words[0] if words else ""


# Words that say nothing about this particular person or interview. Three-letter
# words count as content unless listed, because tools and topics ("dbt", "SQL")
# are often the most specific thing in interview notes.
def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


STOPWORDS = _wordset(
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
        for w in _WORD.findall(text)
        if len(w) >= 3 and w.lower().replace("\u2019", "'") not in STOPWORDS and not w.isdigit()
    }


# --- asks-for-reasons ---------------------------------------------------------------

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


def _asks_for_reasons(text: str) -> Iterator[Finding]:
    for m in _ASKS_RE.finditer(text):
        if _THANKS_BEFORE.search(text[max(0, m.start() - 40) : m.start()]):
            continue
        span = m.span("w") if m.group("w") else m.span()
        words = text[span[0] : span[1]]
        start = span[0] + len(words) - len(words.lstrip())
        tip = "Leave this out here, and take the question to a mentor you trust."
        yield _find("asks-for-reasons", "This asks why you weren't chosen.", tip, start, span[1])


# --- negative-tone ------------------------------------------------------------------

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
_SHOUTED = _wordset(
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


def _negative_tone(text: str, skip: list[tuple[int, int]]) -> Iterator[Finding]:
    for pattern, soft in _NEGATIVE_RE:
        for m in pattern.finditer(text):
            if soft and _NEGATION_BEFORE.search(text[max(0, m.start() - 30) : m.start()]):
                continue
            message = f"\u201c{m.group()}\u201d may read as bitter, even if you don't mean it to."
            tip = "Leave it out, or simply say you're sorry it didn't work out this time."
            yield _find("negative-tone", message, tip, m.start(), m.end())
    for m in _CAPS_RUN.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in skip):
            continue
        if any(_is_shouting(w) for w in re.findall(r"[A-Z]+", m.group())):
            message = f"\u201c{m.group()}\u201d in capitals can read as shouting."
            tip = "Write it in ordinary letters; the words carry enough on their own."
            yield _find("negative-tone", message, tip, m.start(), m.end())


# --- no-personal-detail -------------------------------------------------------------

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


def _no_personal_detail(text: str, details: Sequence[str]) -> Iterator[Finding]:
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
    yield _find("no-personal-detail", message, tip)


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
    parts = [w for w in words if w.lower().rstrip(".") not in _HONORIFICS]
    if len(parts) > 1:
        # "Dear Dr. Raman," is as personal as "Dear Priya,"
        surname = parts[0] if "," in recipient_name else parts[-1]
        titles = ("Mr", "Mrs", "Ms", "Mx", "Dr", "Prof")
        names += [f"{title}{dot} {surname}" for title in titles for dot in (".", "")]
    return [n for n in names if n]


def _missing_name(text: str, recipient_name: str | None) -> Iterator[Finding]:
    if recipient_name and recipient_name.strip():
        names = _names_for(recipient_name)
        if any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", text, re.I) for n in names):
            return
        first = first_name(recipient_name)
        tip = f"Start with \u201cDear {first},\u201d or \u201cHi {first},\u201d."
        yield _find("missing-name", f"This doesn't use {first}'s name.", tip)
        return
    first_line = next((line for line in text.splitlines() if line.strip()), "")
    if _GREETING.search(text) or _BARE_NAME_LINE.match(first_line):
        return
    tip = "Start with a greeting and their first name."
    yield _find("missing-name", "This doesn't greet anyone by name.", tip)


# --- too-long, placeholder-left, exclamations ---------------------------------------


def _too_long(text: str, shape: str) -> Iterator[Finding]:
    limit = CARD_WORD_LIMIT if shape == "card" else EMAIL_WORD_LIMIT
    words = list(_WORD.finditer(text))
    if len(words) <= limit:
        return
    yield _find(
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


def _placeholders(text: str) -> list[Finding]:
    tip = "Replace it with the real words, or take it out."
    return [
        _find("placeholder-left", f"\u201c{m.group()}\u201d still needs filling in.", tip,
              m.start(), m.end())
        for m in _PLACEHOLDER_RE.finditer(text)
    ]  # fmt: skip


def _exclamations(text: str) -> Iterator[Finding]:
    tip = "Keep one at most, and end the rest with a full stop."
    runs = list(re.finditer(r"!{2,}", text))
    for m in runs:
        message = "Several exclamation marks in a row can read as too much."
        yield _find("exclamations", message, tip, m.start(), m.end())
    marks = [m.start() for m in re.finditer("!", text)]
    if not runs and len(marks) > 2:
        # Point at the first mark past the two a note can comfortably carry.
        message = f"{len(marks)} exclamation marks can read as too much."
        yield _find("exclamations", message, tip, marks[2], marks[2] + 1)


def check_note(
    text: str,
    shape: str = "email",
    recipient_name: str | None = None,
    details: Sequence[str] = (),
) -> list[Finding]:
    """Every finding for `text`, sorted by where it starts.

    `details` are the interview notes or topics the note should draw on; when
    given, the note needs at least one of their content words to count as personal.
    """
    if shape not in SHAPES:
        raise ValueError(f"Unknown shape {shape!r}; use one of {', '.join(SHAPES)}.")
    kind = SHAPES[shape]
    if isinstance(details, str):  # a bare string is a Sequence too; treat it as one detail
        details = [details]
    placeholders = _placeholders(text)
    findings = [
        *_asks_for_reasons(text),
        *_negative_tone(text, [(f.start, f.end) for f in placeholders]),
        *_no_personal_detail(text, [d for d in details if d.strip()]),
        *_missing_name(text, recipient_name),
        *_too_long(text, kind),
        *placeholders,
        *_exclamations(text),
    ]
    return sorted(findings, key=lambda f: (f.start, f.end, f.code))


def for_display(text: str, findings: Sequence[Finding]) -> list[dict[str, object]]:
    """Findings as dicts with the words they point at, ready for a template."""
    return [{**asdict(f), "excerpt": text[f.start : f.end]} for f in findings]

"""The one detail a thank-you draft draws on: a topic from the user's interview notes,
shaped to read well in a sentence, or nothing at all, with the reason.

Interview notes are written for oneself ("Walked the panel through my case study",
"- pricing; so nervous!!", "Wir haben über dbt gesprochen"), so they are never
spliced in as they are. A piece of the notes is used only when it takes one of
three shapes that read well after the draft's own words:

- a topic, after "our conversation about": "their move to dbt", "pricing experiments";
- a how/what/when clause, after the same words: "how her team forecasts demand";
- a fact about them, after "learning that": "she runs the analytics guild".

Anything else (a verb with nothing after it, another language, how the interview
felt, what someone else on the panel said) is left out, and `Detail.left_out` says
why, so the composer can tell the user beside the draft.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from onward.notes.tone import content_words, count_words, first_name

# Why a draft left the notes out, in the words the composer and the CLI show.
LEFT_OUT = {
    "private": "Your notes stay out of the draft: they read as notes to yourself about "
    "how it went.",
    "language": "Your notes stay out of the draft: they aren't in English, and the draft is.",
    "others": "Your notes stay out of the draft: they are about the other people you met.",
    "shapeless": "Your notes stay out of the draft: Onward couldn't make a phrase from them "
    "that reads well in a sentence.",
}


@dataclass(frozen=True)
class Detail:
    """What a draft draws on. `phrase` is None when nothing fits; `left_out` then says why
    (and is empty when there were no notes at all)."""

    phrase: str | None
    clause: bool = False  # "she runs the guild": a fact to follow "learning that"
    left_out: str = ""


NOTHING = Detail(None)

# --- cutting the notes into pieces -------------------------------------------------

_BULLET = re.compile(r"^\s*(?:[-*\u2022\u00b7\u2013\u2014>]+|\d+[.)])\s*")
_LABEL = re.compile(r"^(?:topics?|discussed|covered|notes?|talked about|asked about)\s*:\s*", re.I)
# Abbreviations whose full stop doesn't end a sentence ("Mr. Chen", "e.g. dbt").
_SENTENCE_END = re.compile(
    r"(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bMrs)(?<!\bProf)(?<!\be\.g)(?<!\bi\.e)(?<!\bvs)"
    r"(?:[.!?;\u3002\uff01\uff1f\uff1b]+\s+|[\u3002\uff01\uff1f\uff1b]+)"
)


def _pieces(notes: str) -> list[str]:
    pieces = []
    for line in notes.splitlines():
        line = _LABEL.sub("", _BULLET.sub("", line)).strip()
        pieces += [p.strip() for p in _SENTENCE_END.split(line + " ") if p.strip()]
    return pieces


# --- words that tell a piece's shape -------------------------------------------------


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


FUNCTION_WORDS = frozenset({
    "a", "an", "the", "and", "or", "but", "of", "to", "with", "for", "in", "on", "at", "about",
    "from", "by", "how", "that", "which", "who", "your", "my", "our", "their", "his", "her",
    "its", "this", "these", "those", "as", "into", "through", "over", "than", "so", "then",
    "plus", "if", "because", "while", "when", "where", "what", "whether", "around", "across",
})  # fmt: skip
_DETERMINERS = frozenset({
    "the", "a", "an", "my", "our", "your", "their", "his", "her", "its", "this", "that",
    "these", "those", "some", "any", "each", "every", "both", "all", "two", "three", "one",
})  # fmt: skip
_OBJECTS = frozenset({"me", "us", "them", "him", "her", "it", "you"})
_SUBJECTS = frozenset({"she", "he", "they", "we", "you"})
_WH = frozenset({"how", "what", "when", "where", "whether", "which"})
_TOPIC_PREPOSITIONS = frozenset({"about", "on", "through", "over", "into", "around", "regarding"})
# Verbs that open a note-to-self ("Walked the panel through", "Presented my portfolio").
_OPENING_VERBS = _wordset("""
    walk walked talk talked discuss discussed present presented show showed shown review
    reviewed ask asked explain explained cover covered go went demo demoed pitch pitched
    share shared describe described mention mentioned take took give gave lead led run ran
    bring brought tell told meet met spend spent chat chatted did do made make built build
    design designed answer answered solve solved whiteboard whiteboarded pair paired code
    coded prepared prepare focused focus dug dig dove dive covered spoke speak said say
    """)  # fmt: skip
# Finite verbs: a topic ("the roadmap") has none; a fact ("the team uses dbt") has one.
_AUXILIARIES = _wordset("""
    is are was were am has have had will would can could does did do should may might must
    isn't aren't wasn't weren't hasn't haven't doesn't don't didn't won't can't couldn't
    """)  # fmt: skip
_COPULAS = _wordset("is are was were am seems seemed looks looked sounds sounded")
_PRESENT_VERBS = _wordset("""
    uses runs wants needs works builds makes takes gets goes says thinks hires owns leads
    manages ships sells handles includes relies supports serves moves helps loves likes
    mentors teaches writes keeps lives knows believes prefers spends joined started moved
    used ran built made took got went said thought hired owned led managed shipped sold
    """)  # fmt: skip
_ADVERBS = _wordset("also always often still now usually just never really both all")
_PREPOSITIONS = _wordset("of with for in on at about from by into through over around across")
_FACT_SUBJECTS = _wordset("the their her his your our its")
# Words that are never a name, whatever their capital: "Topics", "The", "Walked".
_COMMON = (
    FUNCTION_WORDS
    | _DETERMINERS
    | _SUBJECTS
    | _OPENING_VERBS
    | _AUXILIARIES
    | _PRESENT_VERBS
    | _wordset("topics topic notes note i")
)

# Notes are private: the draft must never quote how the user felt or what went badly.
_PRIVATE = re.compile(
    r"\b(?:bomb\w*|nervous|awkward|mess(?:ed)?|struggl\w*|blank\w*|forgot|fail\w*|reject\w*"
    r"|unfortunately|salary|compensation|pay|feedback|tired|late|rude|boring|bad|worst|hate\w*"
    r"|freeze|layoffs?|redundanc\w*|restructur\w*|nailed|killed\s+it|crushed\s+it"
    r"|seemed|felt|went\s+(?:well|badly|ok)|didn['\u2019]t|not\s+selected|decision)\b"
    r"|^(?:no|not|nothing|never|i|i['\u2019]\w+|why|maybe|probably|hopefully)\b",
    re.I,
)

# The commonest small words of the languages notes are most often written in besides
# English, none of which is also an English word. Two in one piece mean it isn't English.
_FOREIGN_WORDS = _wordset("""
    und der das wir haben hat ist sind nicht ein eine einen einem zum zur auch sehr über
    gesprochen besprochen mit für wie ich sie es den dem des von bei nach
    el los las y que con del para por una unos unas hablamos sobre pero muy es está fue
    como nosotros hemos habló equipo datos
    le les et nous avons parlé avec pour sur est une du au aux des été très
    il gli che abbiamo parlato della con sono
    os um uma não com para sobre foi são
    het een wij hebben gesproken zijn niet
    """)  # fmt: skip
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?")


def _latin(text: str) -> bool:
    """Whether every letter in `text` is a Latin one (English with an odd "José" or "Zoë")."""
    if text.isascii():  # the usual case, at once: every ASCII letter is a Latin one
        return True
    return all(unicodedata.name(ch, "").startswith("LATIN") for ch in text if ch.isalpha())


def in_english(text: str) -> bool:
    words = [w.lower() for w in _WORD.findall(text)]
    foreign = sum(1 for w in words if w in _FOREIGN_WORDS)
    return _latin(text) and foreign < 2 and not (words and foreign == len(words))


def _names_in(text: str, names: Iterable[str]) -> bool:
    return any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", text, re.I) for n in names if n)


# --- the three shapes ---------------------------------------------------------------

_LEAD_IN = re.compile(
    r"""^(?:(?:I|we|she|he|they|you|the\s+team|(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))\s+)?
    (?:(?:really|also|mostly|mainly|briefly|then|later|first|both)\s+)*
    (?:talked|spoke|chatted|discussed|covered|went\s+(?:over|through)|got\s+into|dug\s+into
       |dove\s+into|asked(?:\s+(?:me|her|him|them))?|told\s+(?:me|us)|explained|mentioned
       |described|shared|showed(?:\s+(?:me|us))?|walked\s+(?:me\s+|us\s+)?through|presented
       |reviewed|focused\s+on|spent\s+(?:a\s+lot\s+of\s+|most\s+of\s+the\s+|some\s+)?time\s+on)
    (?:\s+with\s+(?:me|us|her|him|them|(?-i:(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z]\w*(?:\s+[A-Z]\w*)?)))?
    (?:\s+(?:a\s+lot|at\s+length|mostly|mainly|briefly))?
    (?:\s+(?:about|on|over|through|regarding))?\s+""",
    re.I | re.X,
)
# A note-to-self that opens with what the user did: "Walked the panel through my case
# study", "Took them through the roadmap". The topic is what follows the preposition.
_DID_THROUGH = re.compile(
    r"^(?:(?:I|we)\s+)?(?:walked|took|talked|led|guided|ran|went|brought|presented|showed"
    r"|demoed|pitched|gave\s+(?:a|the)\s+\w+)\s+(?:[\w'\u2019]+\s+){0,3}?"
    r"(?:through|about|on|over|around)\s+(?=\S)",
    re.I,
)
# A new clause inside a piece: "their move to dbt and how the team runs A/B tests".
_CLAUSE_BREAK = re.compile(
    r"\s*[;:(]\s*|\s+[-\u2013\u2014]\s+|,\s*(?:and|but|which|who|so|then)\b\s*"
    r"|\s+(?:and|but|then|plus)\s+(?=(?:how|what|why|when|where|who|whether|the|their|his|her"
    r"|our|my|she|he|they|we|I|you|also)\b)"
)


def _is_list_item(item: str) -> bool:
    first = item.split(" ", 1)[0].lower()
    return count_words(item) <= 4 and first not in _SUBJECTS | {"at", "in", "on", "for", "with"}


def _tidy(piece: str) -> str:
    piece = re.sub(r"\s*(?:\([^)]*\)|\[[^\]]*\])", "", piece)
    piece = _CLAUSE_BREAK.split(piece, maxsplit=1)[0]
    piece = re.sub(r"[\"\u201c\u201d\u2018`*_\[\]{}<>]", "", piece)
    piece = piece.strip(" '\u2019").rstrip(" .,;:!?\u2026-\u2013\u2014")
    piece = re.sub(r"\s+", " ", piece)
    piece = re.sub(r"[!?]+", "", piece)
    # "At Acme, they use dbt": the scene-setting before the comma isn't the topic.
    piece = re.sub(r"^(?:at|in|on|during|for)\s+[^,]{1,30},\s*", "", piece, flags=re.I)
    items = [item.strip() for item in piece.split(",") if item.strip()]
    if len(items) > 1 and " and " not in piece and all(_is_list_item(i) for i in items):
        # Jotted topics ("forecasting, hiring plans") read as a sentence once joined.
        piece = f"{', '.join(items[:-1])} and {items[-1]}"
    elif len(items) > 1:
        piece = items[0]
    return piece.strip()


def _proper(words: list[str], notes: str, names: set[str]) -> bool:
    """Whether the capital on a piece's first word is a name's ("Snowflake", "GitHub", "Q3",
    "Kafka Streams", "Maya's team"), not just the start of a sentence: the word has a
    capital or digit inside, is possessive, is one of the names we were given, runs on
    into another capitalised word, or the notes also capitalise it in mid-sentence."""
    bare = words[0].strip("'\u2019")
    if bare.lower() in _COMMON:
        return False
    if bare.lower() in names or any(c.isupper() or c.isdigit() for c in bare[1:]):
        return True
    if re.search(r"['\u2019]s$", bare) or (len(words) > 1 and words[1][:1].isupper()):
        return True
    return bool(re.search(rf"[\w,][ \t]+{re.escape(bare)}\b", notes))


def _verb_like(words: list[str], i: int) -> bool:
    """Whether words[i] reads as a finite verb in a fact: "uses", "moved to", "is moving"."""
    low = words[i].lower()
    after = words[i + 1].lower() if i + 1 < len(words) else ""
    if low in _AUXILIARIES or low in _PRESENT_VERBS:
        return True
    past = len(low) > 4 and low.endswith("ed") and not low.endswith("eed")
    return past and (after in _DETERMINERS | _OBJECTS | FUNCTION_WORDS or not after)


def _finite(word: str, plural: bool) -> bool:
    """Whether a word can be the verb after a subject: "runs", "moved", "is"; after "we" or
    "they", any plain word ("we both love cycling"), as the plural has no mark of its own."""
    low = word.lower()
    if low in FUNCTION_WORDS | _DETERMINERS or not word.islower():
        return False
    marked = low.endswith("ed") or (low.endswith("s") and not low.endswith("ss") and len(low) > 3)
    return plural or marked or low in _AUXILIARIES | _PRESENT_VERBS | _COPULAS


def _fact(words: list[str], subject_len: int) -> list[str] | None:
    """The words of a fact ("the team is moving to Snowflake"), or None when there is no
    verb after the subject, or the verb only offers an opinion ("the panel was friendly")."""
    rest = words[subject_len:]
    while rest and rest[0].lower() in _ADVERBS:
        rest = rest[1:]
    plural = words[0].lower() in {"we", "they", "you"}
    if len(rest) < 2 or not _finite(rest[0], plural):
        return None
    if rest[0].lower() in _COPULAS and not rest[1].lower().endswith("ing"):
        return None
    return words


def shape(piece: str, notes: str = "", names: Iterable[str] = ()) -> Detail | None:
    """The piece as a topic, a how-clause or a fact, or None when it is none of them."""
    known = {n.lower() for n in names if n}
    words = piece.split()
    if not words:
        return None
    low = words[0].lower()
    # A capital that only starts the sentence goes; a name's ("Snowflake", "SQL") stays.
    if low in FUNCTION_WORDS | _SUBJECTS or not _proper(words, notes, known):
        words[0] = low
    if low in _WH:
        return Detail(" ".join(words)) if len(words) >= 3 else None
    if low in _SUBJECTS or low in known:
        fact = _fact(words, 1)
        return Detail(" ".join(fact), clause=True) if fact else None
    if low in _OPENING_VERBS or (low.endswith("ed") and _verb_like(words, 0)):
        # "Presented my portfolio" -> "my portfolio"; "Walked the panel through." -> None
        rest = words[1:]
        for i, word in enumerate(rest[:4]):
            if word.lower() in _TOPIC_PREPOSITIONS and rest[i + 1 :]:
                return shape(" ".join(rest[i + 1 :]), notes, names)
        if rest and rest[0].lower() in _DETERMINERS - {"that", "all", "both"}:
            return shape(" ".join(rest), notes, names)
        return None
    if low in _AUXILIARIES | _PRESENT_VERBS | _COPULAS:
        return None  # "was interesting", "is a culture": a verb with its subject left behind
    for i in range(1, len(words)):
        before = words[i - 1].lower()
        if before in _SUBJECTS | {"i", "who", "that", "which"}:
            continue  # "the tool they use": a topic with its own small clause
        if _verb_like(words, i):
            # A subject and a verb: "the platform team is moving to Snowflake".
            # Only "the/their/your … " things make a fact worth repeating to them, and the
            # subject must be plain words: no joining word or verb inside it.
            subject = {w.lower() for w in words[1:i]}
            verbs = _OPENING_VERBS | _AUXILIARIES | _PRESENT_VERBS
            if not 2 <= i <= 5 or low not in _FACT_SUBJECTS or subject & (FUNCTION_WORDS | verbs):
                return None
            fact = _fact(words, i)
            return Detail(" ".join(fact), clause=True) if fact else None
    if len(words) > 20:
        return None  # a run-on, not a topic
    return Detail(" ".join(_with_article(words)))


def _with_article(words: list[str]) -> list[str]:
    """ "onboarding plan for new analysts" -> "the onboarding plan for new analysts": a single
    thing needs its article after "our conversation about". Plurals, "-ing" words, lists,
    names, and single words (often a tool: "dbt", "kafka") read well bare."""
    # The head is the last word before the first joining word: "plan" in "plan for analysts".
    cut = next((i for i, w in enumerate(words) if i and w.lower() in FUNCTION_WORDS), len(words))
    head = words[cut - 1]
    bare = (
        cut > 1
        and words[0].lower() not in _DETERMINERS | FUNCTION_WORDS
        and not re.search(r"['\u2019]s$", words[0])
        and head.islower()
        and not re.search(r"(?:[^s]s|ing)$", head)
        and "and" not in words[:cut]
    )
    return ["the", *words] if bare else words


# A word as it may stand in a phrase: "dbt", "A/B", "Node.js", "on-call", "C++", "Maya's".
_TOKEN = re.compile(r"[^\W_](?:[\w'\u2019/&+#.\-]*[\w+#])?")


def _reads_well(words: list[str]) -> bool:
    """The last guard before a phrase goes in a sentence: plain words, in English, no
    sentence-starting capital in the middle ("the plans The"), no "I", no repeated word,
    no two joining words in a row ("about or"), no subject straight after one ("about we")."""
    for i, word in enumerate(words):
        low, before = word.lower(), words[i - 1].lower() if i else ""
        if not _TOKEN.fullmatch(word) or low in _FOREIGN_WORDS or low == "i" or low == before:
            return False
        if i and word[:1].isupper() and low in _COMMON:
            return False
        if before in FUNCTION_WORDS - _WH and low in FUNCTION_WORDS - _DETERMINERS - _WH:
            return False
        if before in FUNCTION_WORDS - _WH and low in _SUBJECTS:
            return False
        if before in _DETERMINERS - {"all", "both"} and low in _DETERMINERS:
            return False  # "the her team"
        finite = low in _AUXILIARIES | _COPULAS | _PRESENT_VERBS or (
            low.endswith("ed") and low in _OPENING_VERBS
        )
        if before in _PREPOSITIONS and finite:
            return False  # "about is", "with walked"
    return True


def _fits(detail: Detail) -> bool:
    phrase = detail.phrase or ""
    words = phrase.split()
    return (
        bool(words)
        and bool(content_words(phrase))
        and in_english(phrase)
        and not _PRIVATE.search(phrase)
        and words[-1].lower() not in FUNCTION_WORDS
        and _reads_well(words)
    )


def trim(detail: Detail, max_words: int) -> Detail | None:
    """The detail cut to at most `max_words`, at a joining word where one allows, or None
    when what is left no longer reads as a whole phrase."""
    words = (detail.phrase or "").split()
    if len(words) > max_words:
        # Cut just before a joining word, so "how you plan the roadmap with product managers"
        # becomes "how you plan the roadmap" rather than stopping mid-thought.
        joins = [i for i in range(2, max_words + 1) if words[i].lower() in FUNCTION_WORDS]
        words = words[: joins[-1]] if joins else words[:max_words]
        while len(words) > 1 and words[-1].lower() in FUNCTION_WORDS:
            words.pop()
    cut = Detail(" ".join(words), detail.clause)
    if detail.clause and len(words) < 3:
        return None
    return cut if _fits(cut) else None


@dataclass(frozen=True)
class _Tried:
    detail: Detail | None
    why: str  # a LEFT_OUT key when detail is None
    led: bool = False


def _try(
    piece: str, notes: str, recipient: set[str], others: set[str], shared: bool, company: str
) -> _Tried:
    if not in_english(piece):
        return _Tried(None, "language")
    if _names_in(piece, others) and not _names_in(piece, recipient):
        return _Tried(None, "others")
    # A panel's shared notes: "she explained..." could be about anyone on it.
    pronoun = re.search(r"\b(?:she|he|her|his|him)\b", piece, re.I)
    if shared and others and pronoun and not _names_in(piece, recipient):
        return _Tried(None, "others")
    stripped = _DID_THROUGH.sub("", piece, count=1)
    stripped = _LEAD_IN.sub("", stripped, count=1)
    led = stripped != piece
    tidied = _tidy(stripped)
    if not tidied or _PRIVATE.search(tidied) or not content_words(tidied):
        return _Tried(None, "private" if _PRIVATE.search(tidied or piece) else "shapeless")
    detail = shape(tidied, notes, recipient | {company})
    if detail is None or not _fits(detail):
        return _Tried(None, "private" if _PRIVATE.search(piece) else "shapeless")
    return _Tried(detail, "", led)


def pick_detail(
    notes: str,
    recipient_name: str = "",
    others: Iterable[str] = (),
    shared: bool = False,
    company: str = "",
) -> Detail:
    """The detail a draft draws on, from notes about one interviewer, or from the whole
    interview's notes (`shared`) when the panel had `others` on it too. The company's
    name keeps its capital ("Northwind uses dbt").

    Pieces that follow a topic lead-in ("talked about", "she explained") are preferred
    over bare bullets.
    """
    if not notes.strip():
        return NOTHING
    recipient = {n.lower() for n in (recipient_name.strip(), first_name(recipient_name)) if n}
    other_names = {n.lower() for o in others for n in (o.strip(), first_name(o)) if n} - recipient
    name = company.strip().lower()
    tries = [_try(p, notes, recipient, other_names, shared, name) for p in _pieces(notes)]
    found = [t for t in tries if t.detail is not None]
    if found:
        best = next((t for t in found if t.led), found[0])
        return best.detail or NOTHING
    reasons = {t.why for t in tries}
    if not reasons:
        return Detail(None, left_out=LEFT_OUT["shapeless"])
    why = next(r for r in ("language", "others", "shapeless", "private") if r in reasons)
    return Detail(None, left_out=LEFT_OUT[why])


def specific_detail(notes: str) -> str | None:
    """The phrase from the notes that a draft draws on, or None when nothing fits."""
    detail = pick_detail(notes)
    if detail.phrase is None:
        return None
    trimmed = trim(detail, 12)
    return trimmed.phrase if trimmed else None

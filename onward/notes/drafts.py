"""Thank-you note drafts, written from the interview's own details.

Pure Python: the composer fills a DraftContext from the models and shows the
Draft for the user to edit. Every draft is meant to pass the tone check as it
stands, so the first thing the user sees has nothing to fix.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from onward.notes.tone import CARD_WORD_LIMIT, content_words, count_words, first_name

SHAPES = ("short", "warm", "card")


@dataclass(frozen=True)
class DraftContext:
    """What the composer knows about one interviewer and the interview."""

    recipient_name: str
    # For the composer's "what this drew on" panel; echoing a title back in a note reads stiff.
    recipient_title: str = ""
    company: str = ""
    role: str = ""
    interview_notes: str = ""
    sender_name: str = ""
    future_interest: bool = False


@dataclass(frozen=True)
class Draft:
    subject: str
    body: str


# --- picking a detail from the user's notes -----------------------------------------

_BULLET = re.compile(r"^\s*(?:[-*\u2022\u00b7\u2013\u2014>]+|\d+[.)])\s*")
_LABEL = re.compile(r"^(?:topics?|discussed|covered|notes?|talked about|asked about)\s*:\s*", re.I)
# Abbreviations whose full stop doesn't end a sentence ("Mr. Chen", "e.g. dbt").
_SENTENCE_END = re.compile(
    r"(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bMrs)(?<!\bProf)(?<!\be\.g)(?<!\bi\.e)(?<!\bvs)[.!?;]+\s+"
)
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
# A new clause inside a fragment: "their move to dbt and how the team runs A/B tests".
_CLAUSE_BREAK = re.compile(
    r"\s*[;:(]\s*|\s+[-\u2013\u2014]\s+|,\s*(?:and|but|which|who|so|then)\b\s*"
    r"|\s+(?:and|but|then|plus)\s+(?=(?:how|what|why|when|where|who|whether|the|their|his|her"
    r"|our|my|she|he|they|we|I|you|also)\b)"
)
# Notes are private: the draft must never quote how the user felt or what went badly.
_PRIVATE = re.compile(
    r"\b(?:bomb\w*|nervous|awkward|mess(?:ed)?|struggl\w*|blank\w*|forgot|fail\w*|reject\w*"
    r"|unfortunately|salary|compensation|pay|feedback|tired|late|rude|boring|bad|worst|hate\w*"
    r"|freeze|layoffs?|redundanc\w*|restructur\w*"
    r"|seemed|felt|went\s+(?:well|badly|ok)|didn['\u2019]t|not\s+selected|decision)\b"
    r"|^(?:no|not|nothing|never)\b",  # "No idea", "Not sure": a thought, not a topic
    re.I,
)
_FUNCTION_WORDS = frozenset({
    "a", "an", "the", "and", "or", "but", "of", "to", "with", "for", "in", "on", "at", "about",
    "from", "by", "how", "that", "which", "who", "your", "my", "our", "their", "his", "her",
    "its", "this", "these", "those", "as", "into",
})  # fmt: skip
_SUBJECTS = {"she", "he", "they", "we", "you"}


def _fragments(notes: str) -> list[str]:
    pieces = []
    for line in notes.splitlines():
        line = _LABEL.sub("", _BULLET.sub("", line)).strip()
        pieces += [p.strip() for p in _SENTENCE_END.split(line + " ") if p.strip()]
    return pieces


def _is_list_item(item: str) -> bool:
    first = item.split(" ", 1)[0].lower()
    return count_words(item) <= 4 and first not in _SUBJECTS | {"at", "in", "on", "for", "with"}


def _tidy(fragment: str) -> str:
    fragment = re.sub(r"\s*\([^)]*\)", "", fragment)
    fragment = _CLAUSE_BREAK.split(fragment, maxsplit=1)[0]
    fragment = fragment.strip(" \t\"'“”\u2018\u2019`*_").rstrip(" .,;:!?\u2026-\u2013\u2014")
    fragment = re.sub(r"\s+", " ", fragment)
    # "At Acme, they use dbt": the scene-setting before the comma isn't the topic.
    fragment = re.sub(r"^(?:at|in|on|during|for)\s+[^,]{1,30},\s*", "", fragment, flags=re.I)
    items = [item.strip() for item in fragment.split(",") if item.strip()]
    if len(items) > 1 and " and " not in fragment and all(_is_list_item(i) for i in items):
        # Jotted topics ("forecasting, hiring plans") read as a sentence once joined.
        fragment = f"{', '.join(items[:-1])} and {items[-1]}"
    first, _, rest = fragment.partition(" ")
    if first.lower() in _FUNCTION_WORDS | _SUBJECTS | {"how", "what", "why", "when", "where"}:
        fragment = f"{first.lower()} {rest}".strip()
    return fragment


def _usable(fragment: str) -> bool:
    first = fragment.split(" ", 1)[0].lower()
    return (
        bool(content_words(fragment))
        and not _PRIVATE.search(fragment)
        and first not in {"i", "why"}  # "I liked the team" is about the user, not them
    )


def specific_detail(notes: str) -> str | None:
    """The phrase from the notes that a draft draws on, or None when nothing fits.

    "We talked about their move to dbt and how the team runs A/B tests." gives
    "their move to dbt". Fragments that follow a topic lead-in ("talked about",
    "she explained") are preferred over bare bullets.
    """
    led: list[str] = []
    bare: list[str] = []
    for raw in _fragments(notes):
        stripped = _LEAD_IN.sub("", raw, count=1)
        fragment = _tidy(stripped)
        if _usable(fragment):
            (led if stripped != raw else bare).append(fragment)
    candidates = led or bare
    return _trim(candidates[0], 12) if candidates else None


def _trim(phrase: str, max_words: int) -> str:
    words = phrase.split()
    if len(words) <= max_words:
        return phrase
    # Cut just before a joining word, so "how you plan the roadmap with product managers"
    # becomes "how you plan the roadmap" rather than stopping mid-thought.
    joins = [i for i in range(2, max_words + 1) if words[i].lower() in _FUNCTION_WORDS]
    cut = words[: joins[-1]] if joins else words[:max_words]
    while len(cut) > 1 and cut[-1].lower() in _FUNCTION_WORDS:
        cut.pop()
    if not content_words(" ".join(cut)):
        cut = words[:max_words]
    return " ".join(cut)


# --- speaking to them, not about them ------------------------------------------------

_IRREGULAR = {
    "is": "are", "was": "were", "has": "have", "does": "do", "doesn't": "don't",
    "isn't": "aren't", "wasn't": "weren't", "hasn't": "haven't", "goes": "go",
}  # fmt: skip
_ADVERBS = {"also", "always", "often", "still", "now", "usually", "just", "never", "really"}


def _you_verb(verb: str) -> str:
    low = verb.lower().replace("\u2019", "'")
    if low in _IRREGULAR:
        return _IRREGULAR[low]
    if low.endswith("ies") and len(low) > 4:
        return verb[:-3] + "y"
    if low.endswith(("sses", "shes", "ches", "xes", "zes")):
        return verb[:-2]
    if low.endswith("s") and not low.endswith(("ss", "us", "is")):
        return verb[:-1]
    return verb


def _address(phrase: str, names: set[str]) -> str:
    """Turn the notes' "her team" and "she runs" into "your team" and "you run"."""
    words = phrase.split(" ")
    out: list[str] = []
    fix_next = False
    for i, word in enumerate(words):
        low = word.lower().replace("\u2019", "'")
        nxt = words[i + 1].lower() if i + 1 < len(words) else ""
        if fix_next and word.isalpha() and word.islower():
            if low in _ADVERBS or low.endswith("ly"):
                out.append(word)
                continue
            word, fix_next = _you_verb(word), False
        elif low in {"their", "his"} or low in {f"{n}'s" for n in names}:
            word = "your"
        elif low == "theirs":
            word = "yours"
        elif low == "her":
            word = "your" if nxt and nxt not in _FUNCTION_WORDS else "you"
        elif low in {"him", "them"}:
            word = "you"
        elif low in {"she's", "he's", "they're"}:
            word = "you're"
        elif low in {"she", "he"} or low in names:
            word, fix_next = "you", True
        elif low == "they":
            word = "you"
        else:
            fix_next = False
        out.append(word)
    return " ".join(out)


def _reference(detail: str, names: set[str]) -> str:
    """Either "our conversation about your move to dbt" or "learning that you run the guild"."""
    first = detail.split(" ", 1)[0].lower()
    if first in _SUBJECTS or first in names or detail.lower().startswith("the team "):
        # "she runs the guild and mentors new hires": a second verb would need its own
        # agreement fix, so the first clause carries the detail alone.
        clause = re.split(r"\s+(?:and|but)\s+", detail, maxsplit=1)[0]
        return f"learning that {_address(clause, names)}"
    return f"our conversation about {_address(detail, names)}"


# --- the shapes -------------------------------------------------------------------


def _greeting_name(recipient_name: str) -> str:
    words = recipient_name.replace(",", " ").split()
    titled = words and words[0].lower().rstrip(".") in {"mr", "mrs", "ms", "mx", "dr", "prof"}
    if titled and len(words) == 2:  # only "Dr. Raman": keep the title, it's the name they gave
        return " ".join(words)
    return first_name(recipient_name)


def _role_phrase(role: str, company: str) -> str:
    role = re.sub(r"^(?:the|a|an)\s+", "", role.strip(), flags=re.I)
    if role and not re.search(r"\b(?:role|position|job|opening)$", role, re.I):
        role = f"{role} role"
    at = f" at {company}" if company else ""
    if role:
        return f"the {role}{at}"
    return f"the role{at}" if company else ""


@dataclass(frozen=True)
class _Parts:
    greeting: str
    detail: str | None
    names: set[str]
    company: str
    role: str
    sender: str
    future: bool


def _detail_sentence(parts: _Parts, lead: str, max_words: int, generic: str) -> str:
    if parts.detail is None:
        return generic
    return f"{lead} {_reference(_trim(parts.detail, max_words), parts.names)}."


def _sign(closing: str, sender: str) -> str:
    return f"{closing},\n{sender}" if sender else f"{closing},"


def _for_role(where: str, joiner: str) -> str:
    return f" {joiner} {where}" if where else ""


def _short(p: _Parts) -> str:
    where = _role_phrase(p.role, p.company)
    team = f"your team's work at {p.company}" if p.company else "your team's work"
    detail = _detail_sentence(p, "I especially enjoyed", 12, f"I enjoyed learning about {team}.")
    future = (
        f"I'd welcome the chance to be considered for future roles at {p.company or 'your team'}. "
    )
    thanks = (
        f"Thank you for taking the time to interview me{_for_role(where, 'for')}, and for letting "
        "me know about your decision. I know how much time interviews take, and I appreciated "
        f"yours. {detail}"
    )
    goodbye = (
        f"{future if p.future else ''}It was a pleasure to meet you, and I'd be glad to stay in "
        "touch. I wish you and the team all the best."
    )
    return "\n\n".join([p.greeting, thanks, goodbye, _sign("Best regards", p.sender)])


def _warm(p: _Parts) -> str:
    where = _role_phrase(p.role, p.company)
    at = f" at {p.company}" if p.company else ""
    generic = (
        f"I enjoyed learning about the work your team does{at}, "
        "and I came away with a real sense of what makes it special."
    )
    detail = _detail_sentence(p, "I especially enjoyed", 14, generic)
    if p.detail is not None:
        detail += " It made the interview feel like a real conversation, and I'm grateful for that."
    place = p.company or "Your team"
    future = (
        f"{place} is a place I'd love to be part of, and I'd be grateful to be considered for "
        "future roles there."
    )
    thanks = (
        "Thank you for letting me know about your decision, and for the time you gave me during "
        f"the interviews{_for_role(where, 'for')}. I know how much care goes into planning and "
        "running interviews, and I appreciated how welcome you made me feel throughout."
    )
    goodbye = (
        "It was a real pleasure to meet you. I'd be glad to stay in touch, and if I can ever be "
        "helpful, please don't hesitate to reach out. I wish you and the team every success."
    )
    paragraphs = [p.greeting, thanks, detail, *([future] if p.future else []), goodbye]
    return "\n\n".join([*paragraphs, _sign("Warm regards", p.sender)])


def _card(p: _Parts, detail_words: int, with_role: bool, with_company: bool, sender: str) -> str:
    where = _role_phrase(p.role, p.company) if with_role else ""
    at = f" at {p.company}" if with_company and p.company else ""
    future = f" I'd love to be considered for future roles{at}." if p.future else ""
    generic = "I enjoyed learning about your team's work."
    detail = _detail_sentence(p, "I enjoyed", detail_words, generic)
    message = (
        f"Thank you for your time, and for letting me know{_for_role(where, 'about')}. "
        f"{detail}{future} I hope we can stay in touch."
    )
    return "\n\n".join([p.greeting, message, _sign("Warmly", sender)])


def _fitted_card(p: _Parts) -> str:
    sender_first = p.sender.split()[0] if p.sender.split() else ""
    # Gentlest cuts first: a shorter detail, then the role, the company, the surname.
    attempts = [
        (8, True, True, p.sender), (6, True, True, p.sender), (6, False, True, p.sender),
        (6, False, False, p.sender), (4, False, False, p.sender), (4, False, False, sender_first),
        (3, False, False, sender_first), (2, False, False, sender_first),
    ]  # fmt: skip
    body = ""
    for detail_words, with_role, with_company, sender in attempts:
        body = _card(p, detail_words, with_role, with_company, sender)
        if count_words(body) <= CARD_WORD_LIMIT:
            break
    return body


def draft_note(ctx: DraftContext, shape: str) -> Draft:
    """A first draft for one interviewer, in one of SHAPES."""
    if shape not in SHAPES:
        raise ValueError(f"Unknown shape {shape!r}; use one of {', '.join(SHAPES)}.")
    name = _greeting_name(ctx.recipient_name)
    names = {n.lower() for n in (first_name(ctx.recipient_name), ctx.recipient_name.strip()) if n}
    # "Hi" suits a short email; a warmer email and a card read better with "Dear".
    salutation = "Hi" if shape == "short" else "Dear"
    parts = _Parts(
        greeting=f"{salutation} {name}," if name else "Hello,",
        detail=specific_detail(ctx.interview_notes),
        names=names,
        company=ctx.company.strip(),
        role=ctx.role.strip(),
        sender=" ".join(ctx.sender_name.split()),
        future=ctx.future_interest,
    )
    body = {"short": _short, "warm": _warm, "card": _fitted_card}[shape](parts)
    subject = f"Thank you, {name}" if name else "Thank you for your time"
    return Draft(subject=subject, body=body)

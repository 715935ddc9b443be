"""Thank-you note drafts, written from the interview's own details.

Pure Python, one function for everyone: the composer fills a DraftContext from the
models, `onward draft-note` from its arguments, and both show the same Draft. Every
draft is meant to pass the tone check as it stands and to read as whole sentences
whatever the notes held (see topics.py), so the first thing the user sees has
nothing to fix. Without the sender's name a draft has no sign-off at all, rather
than a "Best regards," with nobody after it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from onward.notes.tone import CARD_WORD_LIMIT, count_words, first_name
from onward.notes.topics import FUNCTION_WORDS, Detail, pick_detail, specific_detail, trim

__all__ = [
    "SHAPES", "Draft", "DraftContext", "draft_note", "sign", "signed", "specific_detail",
    "topic_phrase",
]  # fmt: skip

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
    # The other people on the panel, and whether `interview_notes` are the whole
    # interview's notes rather than this person's own: then a piece naming someone
    # else, or "she said", may not be about this person at all.
    other_interviewers: tuple[str, ...] = ()
    shared_notes: bool = False

    def detail(self) -> Detail:
        """What a draft for this context draws on, or why it leaves the notes out."""
        return pick_detail(
            self.interview_notes,
            self.recipient_name,
            self.other_interviewers,
            self.shared_notes,
            self.company,
        )


@dataclass(frozen=True)
class Draft:
    subject: str
    body: str


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
            word = "your" if nxt and nxt not in FUNCTION_WORDS else "you"
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


def _reference(detail: Detail, names: set[str]) -> str:
    """Either "our conversation about your move to dbt" or "learning that you run the guild"."""
    phrase = detail.phrase or ""
    if detail.clause:
        # "she runs the guild and mentors new hires": a second verb would need its own
        # agreement fix, so the first clause carries the detail alone.
        clause = re.split(r"\s+(?:and|but)\s+", phrase, maxsplit=1)[0]
        return f"learning that {_address(clause, names)}"
    return f"our conversation about {_address(phrase, names)}"


def topic_phrase(notes: str, recipient_name: str = "", max_words: int = 10) -> str:
    """A topic from the notes that reads well after "our conversation about", or "" when
    the notes hold none (a fact such as "she runs the guild" needs other words around it)."""
    detail = pick_detail(notes, recipient_name)
    cut = trim(detail, max_words) if detail.phrase and not detail.clause else None
    return cut.phrase or "" if cut else ""


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
    detail: Detail
    names: set[str]
    company: str
    role: str
    sender: str
    future: bool


def _detail_sentence(parts: _Parts, lead: str, max_words: int, generic: str) -> tuple[str, bool]:
    """The sentence about the detail, cut to fit, and whether it drew on the notes."""
    cut = trim(parts.detail, max_words) if parts.detail.phrase else None
    if cut is None:
        return generic, False
    return f"{lead} {_reference(cut, parts.names)}.", True


CLOSINGS = {"short": "Best regards", "warm": "Warm regards", "card": "Warmly"}


def sign(closing: str, sender: str) -> str:
    """The sign-off, or nothing at all when there's no name to put under it."""
    return f"{closing},\n{sender}" if sender.strip() else ""


def _join(paragraphs: list[str]) -> str:
    return "\n\n".join(p for p in paragraphs if p)


def _for_role(where: str, joiner: str) -> str:
    return f" {joiner} {where}" if where else ""


def _short(p: _Parts) -> str:
    where = _role_phrase(p.role, p.company)
    team = f"your team's work at {p.company}" if p.company else "your team's work"
    detail, _ = _detail_sentence(p, "I especially enjoyed", 12, f"I enjoyed learning about {team}.")
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
    return _join([p.greeting, thanks, goodbye, sign(CLOSINGS["short"], p.sender)])


def _warm(p: _Parts) -> str:
    where = _role_phrase(p.role, p.company)
    at = f" at {p.company}" if p.company else ""
    generic = (
        f"I enjoyed learning about the work your team does{at}, "
        "and I came away with a real sense of what makes it special."
    )
    detail, drew_on_notes = _detail_sentence(p, "I especially enjoyed", 14, generic)
    if drew_on_notes:
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
    return _join([*paragraphs, sign(CLOSINGS["warm"], p.sender)])


def _card(p: _Parts, detail_words: int, with_role: bool, with_company: bool, sender: str) -> str:
    where = _role_phrase(p.role, p.company) if with_role else ""
    at = f" at {p.company}" if with_company and p.company else ""
    future = f" I'd love to be considered for future roles{at}." if p.future else ""
    generic = "I enjoyed learning about your team's work."
    detail, _ = _detail_sentence(p, "I enjoyed", detail_words, generic)
    message = (
        f"Thank you for your time, and for letting me know{_for_role(where, 'about')}. "
        f"{detail}{future} I hope we can stay in touch."
    )
    return _join([p.greeting, message, sign(CLOSINGS["card"], sender)])


def _fitted_card(p: _Parts) -> str:
    sender_first = p.sender.split()[0] if p.sender.split() else ""
    # Gentlest cuts first: a shorter detail, then the role, the company, the surname.
    attempts = [
        (8, True, True, p.sender), (6, True, True, p.sender), (6, False, True, p.sender),
        (6, False, False, p.sender), (4, False, False, p.sender), (4, False, False, sender_first),
        (3, False, False, sender_first), (2, False, False, sender_first),
    ]  # fmt: skip
    # Unsigned, it keeps room for the "Warmly, Sam" that naming yourself later adds.
    room = CARD_WORD_LIMIT - (0 if p.sender else 3)
    body = ""
    for detail_words, with_role, with_company, sender in attempts:
        body = _card(p, detail_words, with_role, with_company, sender)
        if count_words(body) <= room:
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
        detail=ctx.detail(),
        names=names,
        company=ctx.company.strip(),
        role=ctx.role.strip(),
        sender=" ".join(ctx.sender_name.split()),
        future=ctx.future_interest,
    )
    body = {"short": _short, "warm": _warm, "card": _fitted_card}[shape](parts)
    subject = f"Thank you, {name}" if name else "Thank you for your time"
    return Draft(subject=subject, body=body)


_BARE_CLOSING = re.compile(
    r"(?:(?:best|kind|warm|warmest|many|with)\s+)?(?:regards|wishes|thanks)"
    r"|warmly|sincerely|cheers|thank\s+you|all\s+the\s+best|best|yours",
    re.I,
)


def signed(body: str, shape: str, sender: str) -> str:
    """`body` signed by `sender`: the name under a sign-off that has none, or the shape's
    sign-off and the name after a note that ends in prose. A note already signed, or
    ending some other way the user chose, comes back as it is."""
    sender = " ".join(sender.split())
    text = body.rstrip()
    if not sender or not text:
        return body
    last = text.rsplit("\n", 1)[-1].strip()
    if _BARE_CLOSING.fullmatch(last.rstrip(",").strip()):
        return f"{text}\n{sender}"
    # Prose ends a sentence and is more than one word; "S." is an initial, a signature.
    if len(last.split()) > 1 and re.search(r"[.!?\u2026]['\"\u2019\u201d)]?$", last):
        return f"{text}\n\n{sign(CLOSINGS.get(shape, CLOSINGS['short']), sender)}"
    return body

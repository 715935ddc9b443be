"""The re-engagement note: "I saw you're hiring for X; I enjoyed our conversation
about Y, and I'd love to be considered."

Registered with the composer for purpose "re_engage", so its shape tabs redraft
it. Like the thank-you drafts, every shape is meant to pass the tone check as
it stands: the person's name, one real detail from the interview, calm words.
"""

from __future__ import annotations

import re

from onward.notes.drafts import Draft, DraftContext, draft_note, sign
from onward.notes.models import Note
from onward.notes.services import context_for, sender_name
from onward.notes.tone import CARD_WORD_LIMIT, count_words, first_name

from .models import AlertNote

# The thank-you draft already knows how to turn interview notes into "our
# conversation about your move to dbt"; the re-engagement note reuses that phrase.
_REFERENCE = re.compile(
    r"I (?:especially )?enjoyed ((?:our conversation about|learning that) [^\n]+?)\.(?:\s|$)"
)


def _role(title: str) -> str:
    title = " ".join(title.split())
    article = "an" if title[:1].lower() in "aeiou" else "a"
    return f"{article} {title}"


def reference(ctx: DraftContext) -> str | None:
    """What the user and this person talked about, addressed to them, or None."""
    if not ctx.interview_notes.strip():
        return None
    match = _REFERENCE.search(draft_note(ctx, "short").body)
    return match.group(1) if match else None


def _when_we_met(ctx: DraftContext) -> str:
    return f" for the {ctx.role} role" if ctx.role else ""


def draft_re_engage(note: Note, shape: str) -> Draft:
    link = AlertNote.objects.select_related("alert__posting", "alert__watch__company").get(
        note=note
    )
    posting = link.alert.posting
    company = link.alert.watch.company.name
    ctx = context_for(note.person, note.rejection, note.user)
    name = first_name(note.person.name) or note.person.name
    sender = " ".join(sender_name(note.user).split())
    detail = reference(ctx)
    role = _role(posting.title)
    subject = f"The {posting.title} role at {company}"
    if shape == "card":
        body = _card(name, company, role, detail, sender)
    elif shape == "warm":
        body = _warm(name, company, role, detail, sender, ctx)
    else:
        body = _short(name, company, role, detail, sender, ctx)
    return Draft(subject=subject, body=body)


def _join(paragraphs: list[str]) -> str:
    return "\n\n".join(p for p in paragraphs if p)


def _short(
    name: str, company: str, role: str, detail: str | None, sender: str, ctx: DraftContext
) -> str:
    remembered = (
        f"I enjoyed {detail} when we met{_when_we_met(ctx)}, and it has stayed with me."
        if detail
        else f"I enjoyed our conversation when we met{_when_we_met(ctx)}, and it has stayed "
        "with me."
    )
    paragraphs = [
        f"Hi {name},",
        f"I hope you're well. I saw that {company} is hiring {role}, and I wanted to reach out. "
        f"{remembered}",
        "I'd love to be considered for it. If you think it would help, I'd be glad to have a "
        "short chat about the role.",
        "Thank you again for your time before. I hope things are going well for you and the team.",
        sign("Best regards", sender),
    ]
    return _join(paragraphs)


def _warm(
    name: str, company: str, role: str, detail: str | None, sender: str, ctx: DraftContext
) -> str:
    remembered = (
        f"I still think about {detail} from when we met{_when_we_met(ctx)}. It was one of the "
        "reasons I hoped to join, and that hasn't changed."
        if detail
        else f"I still think about our conversation when we met{_when_we_met(ctx)}. It was one "
        "of the reasons I hoped to join, and that hasn't changed."
    )
    paragraphs = [
        f"Dear {name},",
        f"I hope you're keeping well. I noticed that {company} is hiring {role}, and you were "
        "the first person I thought of.",
        remembered,
        "I'd love to be considered for it. If you're open to it, I'd be glad to have a short "
        "chat about the role, whenever suits you.",
        "Either way, thank you for the time you gave me before. I hope the team is doing well.",
        sign("Warm regards", sender),
    ]
    return _join(paragraphs)


def _card(name: str, company: str, role: str, detail: str | None, sender: str) -> str:
    sender_first = sender.split()[0] if sender.split() else ""
    attempts = [(detail, sender), (detail, sender_first), (None, sender_first)]
    body = ""
    for use_detail, signer in attempts:
        remembered = f" I enjoyed {use_detail}." if use_detail else ""
        message = (
            f"I saw that {company} is hiring {role}.{remembered} I'd love to be considered, "
            "and I hope you're well."
        )
        body = _join([f"Dear {name},", message, sign("Warmly", signer)])
        if count_words(body) <= CARD_WORD_LIMIT:
            break
    return body

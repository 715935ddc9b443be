"""Asking a mentor: the draft, the tone check, private links, and replies from the mentor.

A share link's token is shown to the user once and never stored: only its SHA-256 is.
Looking a token up is one query whatever is wrong with it, so a wrong, an expired and a
revoked link all take the same path and end in the same "not found".
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
import time
from collections.abc import Sequence
from typing import Any

from django.conf import settings
from django.contrib.auth.models import User
from django.core import signing
from django.db import transaction
from django.utils import timezone

from onward.core import versions
from onward.notes.tone import Finding, check_note
from onward.pipeline.models import Rejection
from onward.plans.models import Step
from onward.plans.services import mark_done

from ..debriefs.patterns import FocusArea
from ..debriefs.services import open_step
from .models import MentorReply, MentorRequest, Share

TOKEN_BYTES = 32  # 256 bits, well past the 128 the link needs to be unguessable
SHARE_DAY_CHOICES = (7, 14, 30, 60, 90)
REPLY_FORM_MAX_AGE = 2 * 24 * 3600
_STAMP_SALT = "onward.reflect.reply"

# A mentor request is meant to ask how to do better, and it need not quote an interview,
# so those two thank-you-note findings do not apply; the rest (tone, name, length,
# placeholders, exclamation marks) do.
_NOT_FOR_MENTORS = {"asks-for-reasons", "no-personal-detail"}

_STAGE_NOUNS = {
    "saved": "the application stage",
    "applied": "the application stage",
    "screen": "the phone screen",
    "interview": "the interviews",
    "final": "the final round",
    "offer": "the offer stage",
}


def share_days() -> int:
    return settings.ONWARD_SHARE_DAYS


def draft_message(
    user: User, mentor_name: str, focus: Sequence[FocusArea], rejection: Rejection | None
) -> str:
    """A starting point in the user's voice; they edit it before anything is shared."""
    first = mentor_name.split()[0] if mentor_name.split() else ""
    lines = [f"Hi {first}," if first else "Hi,", ""]
    if rejection is not None:
        application = rejection.application
        reached = _STAGE_NOUNS.get(rejection.stage_reached, "the interviews")
        lines.append(
            f"I didn't get the {application.role} role at {application.company.name}; "
            f"I made it to {reached}. I've written down how it went, and I'd really value "
            "your advice."
        )
    else:
        lines.append(
            "I've been looking back at my recent interviews, and I'd really value your advice."
        )
    if focus:
        lines += ["", "These are the things I'd most like to work on:"]
        lines += [f"- {area.title}" for area in focus]
    lines += [
        "",
        "I've put my notes on a private page for you. Any thoughts on my CV and on how I "
        "come across in interviews would help a lot. A short reply is plenty.",
        "",
    ]
    signature = user.get_full_name().strip() or user.first_name
    # Without a name, "Thank you," would dangle with nobody under it.
    lines += ["Thank you,", signature] if signature else ["Thank you."]
    return "\n".join(lines)


def tone_findings(message: str, mentor_name: str) -> list[Finding]:
    found = check_note(message, shape="email", recipient_name=mentor_name or None)
    return [f for f in found if f.code not in _NOT_FOR_MENTORS]


# --- private links ---------------------------------------------------------------


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


@transaction.atomic
def create_share(
    request: MentorRequest, days: int | None = None, *, finishes_step: bool = True
) -> tuple[Share, str]:
    """A new link to the request. The token is returned once and never stored.

    finishes_step=False for a link the mentor can't open (an address only this computer
    or network knows): making it has asked no one yet."""
    token = secrets.token_urlsafe(TOKEN_BYTES)
    now = timezone.now()
    share = Share.objects.create(
        request=request,
        token_hash=hash_token(token),
        created_at=now,
        expires_at=now + dt.timedelta(days=days or share_days()),
    )
    if finishes_step:
        finish_step(request)
    return share, token


def open_mentor_step(request: MentorRequest) -> Step | None:
    """The plan's "ask a mentor" step this request answers, while it is still open."""
    step = request.step if request.step and request.step.state == Step.State.OPEN else None
    if step is None and request.rejection is not None:
        step = open_step(request.rejection, Step.Kind.MENTOR)
    return step


@transaction.atomic
def finish_step(request: MentorRequest) -> bool:
    """Asking is what the plan's "ask a mentor" step asks for. True when a step was done."""
    step = open_mentor_step(request)
    if step is None:
        return False
    mark_done(step)
    return True


def find_share(token: str) -> Share | None:
    """The live share for a token, or None; one query whatever is wrong with the token."""
    return (
        Share.objects.live()
        .select_related("request__user", "request__rejection__application__company")
        .filter(token_hash=hash_token(token))
        .first()
    )


def revoke(share: Share) -> None:
    Share.objects.filter(pk=share.pk, revoked_at__isnull=True).update(revoked_at=timezone.now())
    share.refresh_from_db()


def seen(share: Share) -> None:
    Share.objects.filter(pk=share.pk).update(last_viewed_at=timezone.now())


# --- replies -----------------------------------------------------------------------


def reply_stamp(share: Share) -> str:
    """Signed into the reply form: which link it is for, when the page was shown, and a
    one-time number, so one shown form sends at most one reply."""
    data = {"s": share.pk, "t": int(time.time()), "n": secrets.token_hex(12)}
    return signing.dumps(data, salt=_STAMP_SALT)


def stamp_problem(stamp: str, share: Share) -> str:
    """ "" when the form was shown for this link long enough ago; else what went wrong."""
    data = _stamp_data(stamp)
    if data is None or data.get("s") != share.pk:
        return "stale"
    minimum = settings.ONWARD_REPLY_MIN_SECONDS
    if time.time() - float(data.get("t", 0)) < minimum:
        return "too-fast"
    return ""


def _stamp_data(stamp: str) -> dict[str, Any] | None:
    try:
        data = signing.loads(stamp, salt=_STAMP_SALT, max_age=REPLY_FORM_MAX_AGE)
    except signing.BadSignature:  # includes an expired signature
        return None
    return data if isinstance(data, dict) else None


def reply_limit() -> int:
    return settings.ONWARD_REPLY_LIMIT


def over_reply_limit(share: Share) -> bool:
    """Whether this link took its replies for the hour. Counted from the stored replies,
    so every process agrees, a restart forgets nothing, and only replies count: not a
    refused or a too-quick attempt. Per link: people behind one proxy share an address."""
    hour_ago = timezone.now() - dt.timedelta(hours=1)
    return share.replies.filter(created_at__gt=hour_ago).count() >= reply_limit()


class ReplyRefused(Exception):
    """The reply was not stored: `reason` is "limit" (the link's hour is full) or "used"
    (this form already sent its reply)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@transaction.atomic
def add_reply(
    share: Share, name: str, body: str, author: User | None = None, *, stamp: str = ""
) -> MentorReply:
    """Store a mentor's reply, unless the link's hour is full or the form was used."""
    from ..tasks import notify_reply

    # One reply at a time per link, so two at once can't both pass the limit.
    Share.objects.select_for_update().filter(pk=share.pk).exists()
    if over_reply_limit(share):
        raise ReplyRefused("limit")
    nonce = str((_stamp_data(stamp) or {}).get("n") or "") or None
    if nonce and MentorReply.objects.filter(stamp_nonce=nonce).exists():
        raise ReplyRefused("used")
    reply = MentorReply.objects.create(
        request=share.request,
        share=share,
        name=" ".join(name.split())[:100],
        body=body.strip(),
        author=author,
        stamp_nonce=nonce,
    )
    transaction.on_commit(lambda: notify_reply(reply.pk))
    return reply


@transaction.atomic
def paste_reply(request: MentorRequest, name: str, body: str) -> MentorReply:
    """Advice that came back another way (email, a call), pasted in by the user. Stored
    like a reply through the link, so it shows and turns into action items the same way;
    read already, and no email about it."""
    now = timezone.now()
    return MentorReply.objects.create(
        request=request,
        share=None,
        name=" ".join(name.split())[:100] or request.mentor_name[:100],
        body=body.strip(),
        created_at=now,
        read_at=now,
        notified_at=now,
    )


def mark_read(request: MentorRequest) -> int:
    read = request.replies.filter(read_at__isnull=True).update(read_at=timezone.now())
    versions.changed([request.user_id])
    return read


def delete_request(request: MentorRequest) -> None:
    """Delete the request, its links and replies, and its CV file once that is final."""
    storage, name = request.cv.storage, request.cv.name
    request.delete()
    if name:
        transaction.on_commit(lambda: storage.delete(name))

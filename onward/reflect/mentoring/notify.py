"""Telling the user a mentor replied: on Today always, and by email when mail is set up."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth.models import User
from django.core.mail import EmailMessage
from django.urls import reverse
from django.utils import timezone

from onward.core.sending import Outcome, send_once
from onward.lib import emails

from .models import MentorReply


def mail_configured() -> bool:
    """Mail to the console or a folder of files reaches no one: no notice is "sent" then."""
    return emails.delivers()


def notices_by_email(user: User) -> bool:
    """Whether the user really hears about a reply by email, for the pages that say so."""
    return bool(settings.ONWARD_NOTIFY_REPLIES and mail_configured() and user.email)


def reply_notice(reply: MentorReply, message_id: str = "") -> EmailMessage:
    user = reply.request.user
    link = settings.SITE_URL.rstrip("/") + reverse(
        "reflect:mentor_request_detail", args=[reply.request.pk]
    )
    body = (
        f"{reply.name} replied to your request for advice:\n\n"
        f"{reply.body}\n\n"
        f"Read it on Onward, and turn the advice into a next step or two:\n{link}\n"
    )
    return EmailMessage(
        subject=f"{reply.first_name} replied to your request for advice",
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[user.email],
        headers={"Message-ID": message_id or emails.new_message_id()},
    )


def send_reply_notice(reply_id: int) -> bool:
    """Email the user about a reply once. Returns True when this call sent it.

    The sent-log (core.sending) holds the claim: a retried or duplicated job sends
    nothing, a failure before the server had the message is retried, and one after it
    is not (the notice is on Today either way)."""
    if not settings.ONWARD_NOTIFY_REPLIES or not mail_configured():
        return False
    reply = (
        MentorReply.objects.select_related("request__user")
        .filter(pk=reply_id, notified_at__isnull=True)
        .first()
    )
    if reply is None or not reply.request.user.email:
        return False

    def notified() -> None:
        MentorReply.objects.filter(pk=reply_id).update(notified_at=timezone.now())

    outcome = send_once(
        f"mentor-reply:{reply_id}",
        lambda message_id: reply_notice(reply, message_id),
        kind="mentor-reply",
        object_id=reply_id,
        on_sent=notified,
        on_unsure=notified,  # may have gone: never a second one by itself
    )
    return outcome == Outcome.SENT

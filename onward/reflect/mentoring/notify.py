"""Telling the user a mentor replied: on Today always, and by email when mail is set up."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth.models import User
from django.core.mail import EmailMessage
from django.urls import reverse
from django.utils import timezone

from onward.lib import emails

from .models import MentorReply


def mail_configured() -> bool:
    """Mail to the console or a folder of files reaches no one: no notice is "sent" then."""
    return emails.delivers()


def notices_by_email(user: User) -> bool:
    """Whether the user really hears about a reply by email, for the pages that say so."""
    return bool(settings.ONWARD_NOTIFY_REPLIES and mail_configured() and user.email)


def reply_notice(reply: MentorReply) -> EmailMessage:
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
    )


def send_reply_notice(reply_id: int) -> bool:
    """Email the user about a reply once. Returns True when this call sent it.

    The reply is claimed with a conditional update first, so a retried or duplicated
    job sends nothing; a failed send releases the claim for the next retry.
    """
    if not settings.ONWARD_NOTIFY_REPLIES or not mail_configured():
        return False
    claimed = MentorReply.objects.filter(pk=reply_id, notified_at__isnull=True).update(
        notified_at=timezone.now()
    )
    if not claimed:
        return False
    reply = MentorReply.objects.select_related("request__user").get(pk=reply_id)
    if not reply.request.user.email:
        return False
    try:
        emails.send(reply_notice(reply))
    except Exception:
        MentorReply.objects.filter(pk=reply_id).update(notified_at=None)
        raise
    return True

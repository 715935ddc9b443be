"""Outgoing mail: the one seam between Onward and an SMTP server."""

from __future__ import annotations

from email.utils import formataddr, make_msgid

from django.conf import settings
from django.core.mail import EmailMessage


def new_message_id() -> str:
    return make_msgid(domain="onward.local")


def build_message(
    *,
    subject: str,
    body: str,
    to_name: str,
    to_email: str,
    from_name: str,
    from_email: str,
    message_id: str,
) -> EmailMessage:
    sender = formataddr((from_name, from_email)) if from_email else settings.DEFAULT_FROM_EMAIL
    return EmailMessage(
        subject=subject,
        body=body,
        from_email=sender,
        to=[formataddr((to_name, to_email))],
        reply_to=[from_email] if from_email else None,
        headers={"Message-ID": message_id},
    )


def send(message: EmailMessage) -> None:
    message.send(fail_silently=False)

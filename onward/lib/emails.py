"""Outgoing mail: the one seam between Onward and an SMTP server."""

from __future__ import annotations

from dataclasses import dataclass
from email.utils import formataddr, make_msgid
from typing import Any

from django.conf import settings
from django.core.mail import EmailMessage

# Django's own backends, by what they do with a message.
_MODES = {
    "django.core.mail.backends.smtp.EmailBackend": "smtp",
    "django.core.mail.backends.console.EmailBackend": "console",
    "django.core.mail.backends.filebased.EmailBackend": "file",
    "django.core.mail.backends.dummy.EmailBackend": "dummy",
    # The tests' outbox (pytest-django swaps it in): mail there counts as delivered.
    "django.core.mail.backends.locmem.EmailBackend": "test",
}


@dataclass(frozen=True)
class MailStatus:
    """Where a message Onward sends ends up: a mail server, or only this machine."""

    mode: str  # smtp, console, file, dummy, test, or "other" (a backend's dotted path)
    backend: str
    options: dict[str, Any]

    @property
    def delivers(self) -> bool:
        """True when mail can reach someone. The console, a folder of files and the dummy
        backend keep every message on this machine: nothing may be called "sent" then."""
        return self.mode in {"smtp", "test", "other"}

    @property
    def folder(self) -> str:
        return str(self.options.get("file_path") or getattr(settings, "EMAIL_FILE_PATH", ""))

    @property
    def server(self) -> str:
        """host:port of the SMTP server, for the settings page."""
        if self.mode != "smtp":
            return ""
        return f"{self.options.get('host', 'localhost')}:{self.options.get('port', 25)}"


def status() -> MailStatus:
    """Read on every call: tests (and pytest-django) change the mail settings at run time."""
    mailer = (getattr(settings, "MAILERS", None) or {}).get("default") or {}
    backend = str(mailer.get("BACKEND") or settings.EMAIL_BACKEND)
    return MailStatus(
        mode=_MODES.get(backend, "other"),
        backend=backend,
        options=dict(mailer.get("OPTIONS") or {}),
    )


def delivers() -> bool:
    return status().delivers


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
        subject=one_line(subject),
        body=body,
        from_email=sender,
        to=[formataddr((one_line(to_name), to_email))] if to_email else [],
        reply_to=[from_email] if from_email else None,
        headers={"Message-ID": message_id},
    )


def one_line(text: str) -> str:
    """A header value on one line: a line break in it would start another header."""
    return " ".join(text.split())


def send(message: EmailMessage) -> None:
    message.send(fail_silently=False)


def why_not_sent(error: BaseException) -> str:
    """A mail server's refusal in plain words: what went wrong and what to check."""
    import smtplib
    import socket
    import ssl

    where = status().server or "the mail server"
    if isinstance(error, smtplib.SMTPAuthenticationError):
        return (
            f"{where} didn't accept the user name and password. "
            "Check ONWARD_EMAIL_USER and ONWARD_EMAIL_PASSWORD."
        )
    if isinstance(error, smtplib.SMTPSenderRefused | smtplib.SMTPRecipientsRefused):
        return (
            f"{where} refused the address. It may only send from addresses it knows: "
            "check ONWARD_FROM_EMAIL and your account's email."
        )
    if isinstance(error, ssl.SSLError | smtplib.SMTPNotSupportedError):
        return (
            f"A secure connection to {where} didn't work. Port 587 usually wants "
            "ONWARD_EMAIL_USE_TLS=1, port 465 ONWARD_EMAIL_USE_SSL=1."
        )
    if isinstance(error, socket.gaierror):
        return f"Onward can't find {where}. Check ONWARD_EMAIL_HOST for a typo."
    if isinstance(error, TimeoutError | socket.timeout):
        return f"{where} took too long to answer. Check the host and port, and any firewall."
    if isinstance(error, ConnectionError):
        return f"Nothing answered at {where}. Check ONWARD_EMAIL_HOST and ONWARD_EMAIL_PORT."
    if isinstance(error, smtplib.SMTPException):
        return f"{where} said no: {error}"
    return f"It didn't go: {error}"

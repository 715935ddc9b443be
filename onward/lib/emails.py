"""Outgoing mail: the one seam between Onward and an SMTP server."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from email.utils import formataddr, make_msgid, parseaddr
from typing import Any

from django.conf import settings
from django.core.mail import EmailMessage

from .smtp import Unconfirmed, handover_hook

__all__ = ["Unconfirmed"]

# Django's own backends, by what they do with a message.
_MODES = {
    "onward.lib.smtp.EmailBackend": "smtp",
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


@dataclass(frozen=True)
class Sender:
    """Who a person's message is from: the header, and where replies go."""

    from_email: str
    reply_to: str


def sender(name: str, email: str, *, verified: bool) -> Sender:
    """The instance's address with the person's name ("Sam Lee via Onward"), replies to the
    person. ONWARD_SEND_AS_USER lets the operator use the person's own address instead, but
    only one they proved is theirs: anyone can sign up with anyone's address."""
    if not email:
        return Sender(settings.DEFAULT_FROM_EMAIL, "")
    if settings.ONWARD_SEND_AS_USER and verified:
        return Sender(formataddr((name, email)), email)
    site_name, site_email = parseaddr(settings.DEFAULT_FROM_EMAIL)
    via = f"{name or email} via {site_name or 'Onward'}"
    return Sender(formataddr((via, site_email or settings.DEFAULT_FROM_EMAIL)), email)


def own(name: str, email: str) -> Sender:
    """For a file the person sends from their own mail app: from them, as they are."""
    return Sender(formataddr((name, email)) if email else settings.DEFAULT_FROM_EMAIL, email)


def build_message(
    *,
    subject: str,
    body: str,
    to_name: str,
    to_email: str,
    sender: Sender,
    message_id: str,
) -> EmailMessage:
    return EmailMessage(
        subject=one_line(subject),
        body=body,
        from_email=sender.from_email,
        to=[formataddr((one_line(to_name), to_email))] if to_email else [],
        reply_to=[sender.reply_to] if sender.reply_to else None,
        headers={"Message-ID": message_id},
    )


def one_line(text: str) -> str:
    """A header value on one line: a line break in it would start another header."""
    return " ".join(text.split())


def send(message: EmailMessage, on_handover: Callable[[], None] | None = None) -> None:
    """Send one message. on_handover runs just before the body goes to the server; a
    failure after that raises Unconfirmed (it may have been sent), one before it the
    server's own error (it was not, and trying again is safe)."""
    mode = status()
    # The tests' outbox can't fail half-way: an error there stands for a server that said no.
    if mode.backend != "onward.lib.smtp.EmailBackend" and mode.mode != "test" and on_handover:
        # A backend that can't say how far it got: count every attempt as handed over,
        # so a failure is asked about rather than sent twice.
        on_handover()
        try:
            message.send(fail_silently=False)
        except Exception as error:
            raise Unconfirmed(str(error)) from error
        return
    with handover_hook(on_handover):
        message.send(fail_silently=False)


def why_not_sent(error: BaseException) -> str:
    """A mail server's refusal in plain words: what went wrong and what to check."""
    import smtplib
    import socket
    import ssl

    where = status().server or "the mail server"
    if isinstance(error, Unconfirmed):
        return f"{where} didn't confirm it took the message: {error}"
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

"""Django's SMTP backend, told where in the conversation a failure happened.

SMTP can't make "sent once" certain: once the message body has gone to the server, a
timeout or a dropped connection leaves nobody knowing whether the server kept it. This
backend marks that moment (the hand-over), so the caller can retry a failure before it
safely and ask the person about a failure after it instead of sending a second copy.
"""

from __future__ import annotations

import smtplib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any

from django.core.mail.backends.smtp import EmailBackend as DjangoSMTPBackend

if TYPE_CHECKING:
    from _typeshed import ReadableBuffer

# Called once, just before the message body is handed to the server; raising stops the send.
_on_handover: ContextVar[Callable[[], None] | None] = ContextVar("on_handover", default=None)


class Unconfirmed(Exception):
    """The server had the message body but never said it took it: it may have been sent."""


@contextmanager
def handover_hook(hook: Callable[[], None] | None) -> Iterator[None]:
    token = _on_handover.set(hook)
    try:
        yield
    finally:
        _on_handover.reset(token)


class _Staged(smtplib.SMTP):
    """smtplib's client, noting the hand-over and the server's answer to the body."""

    handed_over = False
    answered = False  # the server replied to the body: a yes or a clear no
    accepted = False
    _in_command = False
    _last_command = ""

    def putcmd(self, cmd: str, args: str = "") -> None:
        self._last_command = cmd.lower()
        self._in_command = True
        try:
            super().putcmd(cmd, args)
        finally:
            self._in_command = False

    def send(self, s: ReadableBuffer | str) -> None:
        # After DATA's 354, the only thing smtplib sends that isn't a command is the body.
        if self._last_command == "data" and not self._in_command and not self.handed_over:
            hook = _on_handover.get()
            if hook is not None:
                hook()
            self.handed_over = True
        super().send(s)

    def data(self, msg: ReadableBuffer | str) -> tuple[int, bytes]:
        code, reply = super().data(msg)
        self.answered = True
        self.accepted = code == 250
        return code, reply


class _StagedSMTPSSL(_Staged, smtplib.SMTP_SSL):
    pass


class EmailBackend(DjangoSMTPBackend):
    """One message at a time, the way Onward sends: raises Unconfirmed after the hand-over."""

    _staged: _Staged | None = None

    @property
    def connection_class(self) -> type[smtplib.SMTP]:
        return _StagedSMTPSSL if self.use_ssl else _Staged

    def close(self) -> None:
        # Kept past close(): send_messages reads how far the conversation got.
        if isinstance(self.connection, _Staged):
            self._staged = self.connection
        super().close()

    def send_messages(self, email_messages: Any) -> int:
        self._staged = None
        try:
            return int(super().send_messages(email_messages))
        except Exception as error:
            staged = self._staged
            if staged is not None and staged.accepted:
                # The server said yes; only saying goodbye failed. That is sent.
                return len(list(email_messages))
            if staged is not None and staged.handed_over and not staged.answered:
                raise Unconfirmed(str(error) or type(error).__name__) from error
            raise

"""The one seam to IMAP servers: sign in, open a folder read-only, fetch new messages.

Built on imap-tools for signing in, folder names and searching; messages are fetched
as raw bytes (BODY.PEEK[], so nothing is marked as read) in small batches.

A password only ever travels encrypted, to a certificate that is valid for the host
name: IMAPS (port 993) or STARTTLS (port 143 and others), refused when the server
doesn't offer it. Plain text only when the person allowed it for that very host.
Connections go through onward.lib.netguard (public addresses only, the checked one
dialled); what went wrong in the network reads the same for every cause.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import imaplib
import logging
import re
import socket
import ssl
from collections.abc import Iterator
from dataclasses import dataclass
from types import TracebackType

from imap_tools import AND, U
from imap_tools.errors import MailboxLoginError, UnexpectedCommandStatusError
from imap_tools.mailbox import BaseMailBox

from . import netguard

log = logging.getLogger(__name__)
BATCH = 25
_UID = re.compile(rb"\bUID (\d+)")


class ImapError(Exception):
    """Something a person can act on: a wrong password, a server that can't be reached."""


@dataclass(frozen=True)
class ImapServer:
    host: str
    port: int
    use_ssl: bool
    username: str
    password: str
    folder: str = "INBOX"
    timeout: float = 30
    # The host the person allowed a plain-text sign-in for; only counts if it is this host.
    plain_login_host: str = ""
    # None: the system's trusted authorities (tests bring their own).
    ssl_context: ssl.SSLContext | None = None

    @property
    def plain_allowed(self) -> bool:
        return bool(self.plain_login_host) and (
            netguard.normalise(self.plain_login_host) == netguard.normalise(self.host)
        )


class NoEncryption(ImapError):
    """The server offers no STARTTLS and plain text wasn't allowed: nothing was sent."""


class _GuardedIMAP4(imaplib.IMAP4):
    def _create_socket(self, timeout: float | None) -> socket.socket:
        return netguard.connect(self.host, self.port, timeout)


class _GuardedIMAP4SSL(imaplib.IMAP4_SSL):
    def _create_socket(self, timeout: float | None) -> socket.socket:
        sock = netguard.connect(self.host, self.port, timeout)
        return self.ssl_context.wrap_socket(sock, server_hostname=self.host)


class _Box(BaseMailBox):
    """imap-tools' mailbox over a guarded, verified connection."""

    def __init__(self, server: ImapServer) -> None:
        self._server = server
        super().__init__()

    def _get_mailbox_client(self) -> imaplib.IMAP4:
        server = self._server
        context = server.ssl_context or ssl.create_default_context()
        if server.use_ssl:
            return _GuardedIMAP4SSL(
                server.host, server.port, ssl_context=context, timeout=server.timeout
            )
        client = _GuardedIMAP4(server.host, server.port, timeout=server.timeout)
        if "STARTTLS" in client.capabilities:
            try:
                client.starttls(context)
            except BaseException:
                with contextlib.suppress(OSError):
                    client.shutdown()
                raise
        elif not server.plain_allowed:
            with contextlib.suppress(OSError):
                client.shutdown()
            raise NoEncryption(
                f"{server.host} doesn't offer encryption, so Onward didn't send your password. "
                "Use port 993 with SSL/TLS, or allow a plain-text sign-in for this server."
            )
        return client


@dataclass(frozen=True)
class Fetched:
    uid: int
    raw: bytes


class Folder:
    """An open, read-only IMAP folder. Use as a context manager."""

    def __init__(self, server: ImapServer) -> None:
        self.server = server
        self.uidvalidity = 0
        self._box: _Box | None = None

    def __enter__(self) -> Folder:
        server = self.server
        try:
            box = _Box(server)
        except NoEncryption:
            raise
        except (netguard.Refused, OSError, ssl.SSLError, imaplib.IMAP4.error) as error:
            log.warning("IMAP connection to %s:%s failed: %s", server.host, server.port, error)
            raise ImapError(netguard.MAIL_PROBLEM) from error
        try:
            box.login(server.username, server.password, initial_folder=None)
        except MailboxLoginError as error:
            _close(box)
            raise ImapError(f"{server.host} didn't accept that username and password.") from error
        except (OSError, imaplib.IMAP4.error) as error:
            _close(box)
            log.warning("IMAP sign-in on %s failed: %s", server.host, error)
            raise ImapError(netguard.MAIL_PROBLEM) from error
        try:
            box.folder.set(server.folder, readonly=True)
            status = box.folder.status(server.folder, ["UIDVALIDITY"])
        except (UnexpectedCommandStatusError, imaplib.IMAP4.error, OSError) as error:
            _close(box)
            raise ImapError(f"There is no folder called {server.folder!r}.") from error
        self.uidvalidity = int(status.get("UIDVALIDITY", 0))
        self._box = box
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if self._box is not None:
            _close(self._box)
            self._box = None

    @property
    def _open_box(self) -> _Box:
        if self._box is None:
            raise ImapError("The folder isn't open: use it inside a `with` block.")
        return self._box

    def new_uids(self, after_uid: int, since: dt.date | None) -> list[int]:
        """UIDs above `after_uid` (and on or after `since`, if given), oldest first."""
        box = self._open_box
        criteria = []
        if after_uid:
            criteria.append(AND(uid=U(str(after_uid + 1), "*")))
        if since:
            criteria.append(AND(date_gte=since))
        try:
            found = box.uids(AND(*criteria) if criteria else "ALL")
        except (UnexpectedCommandStatusError, imaplib.IMAP4.error, OSError) as error:
            raise ImapError(f"The server couldn't search the folder ({error}).") from error
        # "UID n:*" always returns the last message, even when it is older than n.
        return sorted(uid for uid in map(int, found) if uid > after_uid)

    def fetch(self, uids: list[int]) -> Iterator[Fetched]:
        """The raw messages, a batch at a time, without marking them as read."""
        client = self._open_box.client
        for start in range(0, len(uids), BATCH):
            batch = ",".join(str(uid) for uid in uids[start : start + BATCH])
            try:
                status, data = client.uid("FETCH", batch, "(UID BODY.PEEK[])")
            except (TimeoutError, imaplib.IMAP4.error, OSError) as error:
                raise ImapError(f"The connection broke while reading mail ({error}).") from error
            if status != "OK":
                raise ImapError(f"The server wouldn't send the messages ({status}).")
            for item in data:
                if isinstance(item, tuple) and (match := _UID.search(item[0])):
                    yield Fetched(int(match.group(1)), item[1])


def _close(box: BaseMailBox) -> None:
    try:
        box.logout()
    except Exception:  # already gone: nothing to tidy up
        with contextlib.suppress(Exception):
            box.client.shutdown()


def check(server: ImapServer) -> int:
    """Sign in and open the folder: the number of messages in it, or an ImapError."""
    with Folder(server) as folder:
        return len(folder.new_uids(0, None))

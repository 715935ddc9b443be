"""The one seam to IMAP servers: sign in, open a folder read-only, fetch new messages.

Built on imap-tools for signing in, folder names and searching; messages are fetched
as raw bytes (BODY.PEEK[], so nothing is marked as read) in small batches.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import imaplib
import re
import ssl
from collections.abc import Iterator
from dataclasses import dataclass
from types import TracebackType

from imap_tools import AND, MailBox, MailBoxUnencrypted, U
from imap_tools.errors import MailboxLoginError, UnexpectedCommandStatusError

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


@dataclass(frozen=True)
class Fetched:
    uid: int
    raw: bytes


class Folder:
    """An open, read-only IMAP folder. Use as a context manager."""

    def __init__(self, server: ImapServer) -> None:
        self.server = server
        self.uidvalidity = 0
        self._box: MailBox | MailBoxUnencrypted | None = None

    def __enter__(self) -> Folder:
        server = self.server
        try:
            if server.use_ssl:
                box: MailBox | MailBoxUnencrypted = MailBox(
                    server.host, server.port, timeout=server.timeout
                )
            else:
                box = MailBoxUnencrypted(server.host, server.port, timeout=server.timeout)
        except (OSError, ssl.SSLError, imaplib.IMAP4.error) as error:
            raise ImapError(f"Couldn't reach {server.host}:{server.port} ({error}).") from error
        try:
            box.login(server.username, server.password, initial_folder=None)
        except MailboxLoginError as error:
            _close(box)
            raise ImapError(f"{server.host} didn't accept that username and password.") from error
        except (OSError, imaplib.IMAP4.error) as error:
            _close(box)
            raise ImapError(f"Couldn't sign in to {server.host} ({error}).") from error
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
    def _open_box(self) -> MailBox | MailBoxUnencrypted:
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


def _close(box: MailBox | MailBoxUnencrypted) -> None:
    try:
        box.logout()
    except Exception:  # already gone: nothing to tidy up
        with contextlib.suppress(Exception):
            box.client.shutdown()


def check(server: ImapServer) -> int:
    """Sign in and open the folder: the number of messages in it, or an ImapError."""
    with Folder(server) as folder:
        return len(folder.new_uids(0, None))

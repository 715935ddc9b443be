"""A small IMAP4rev1 server for tests, on 127.0.0.1, speaking the real protocol over TCP.

It knows what Onward's client sends: CAPABILITY, LOGIN, SELECT/EXAMINE, STATUS,
UID SEARCH (ALL, UID n:*, SINCE), UID FETCH (BODY.PEEK[] / RFC822), NOOP and LOGOUT.
Messages live in memory and can be added while it runs. It can speak TLS from the
first byte (IMAPS) or offer STARTTLS, with whatever certificate a test gives it.
"""

from __future__ import annotations

import datetime as dt
import re
import socketserver
import ssl
import threading
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from typing import Any

_TOKEN = re.compile(r'"((?:[^"\\]|\\.)*)"|(\()|(\))|([^\s()"]+)')


@dataclass
class Mailbox:
    messages: dict[int, bytes] = field(default_factory=dict)  # uid -> raw
    uidvalidity: int = 1
    next_uid: int = 1

    def add(self, raw: bytes) -> int:
        uid = self.next_uid
        self.messages[uid] = raw
        self.next_uid += 1
        return uid


class State:
    def __init__(self, username: str, password: str) -> None:
        self.username = username
        self.password = password
        self.folders: dict[str, Mailbox] = {"INBOX": Mailbox()}
        self.commands: list[str] = []
        self.in_clear: list[str] = []  # lines that arrived before any TLS
        self.lock = threading.Lock()


def _tokens(text: str) -> list[Any]:
    """IMAP arguments: quoted strings, atoms and parenthesised lists."""
    stack: list[list[Any]] = [[]]
    for quoted, opening, closing, atom in _TOKEN.findall(text):
        if opening:
            stack.append([])
        elif closing:
            inner = stack.pop()
            stack[-1].append(inner)
        elif atom:
            stack[-1].append(atom)
        else:
            stack[-1].append(re.sub(r"\\(.)", r"\1", quoted))
    return stack[0]


def _flatten(items: list[Any]) -> list[str]:
    flat: list[str] = []
    for item in items:
        flat.extend(_flatten(item) if isinstance(item, list) else [item])
    return flat


class Handler(socketserver.StreamRequestHandler):
    server: Server

    def setup(self) -> None:
        self.encrypted = False
        if self.server.tls is not None:
            self.request = self.server.tls.wrap_socket(self.request, server_side=True)
            self.encrypted = True
        super().setup()

    def send(self, line: str | bytes) -> None:
        self.wfile.write(line if isinstance(line, bytes) else line.encode("utf-8"))

    def capabilities(self) -> str:
        offered = self.server.starttls is not None and not self.encrypted
        return "IMAP4rev1 AUTH=PLAIN" + (" STARTTLS" if offered else "")

    def handle(self) -> None:
        state = self.server.state
        selected: Mailbox | None = None
        authed = False
        self.send(f"* OK [CAPABILITY {self.capabilities()}] Onward test IMAP ready\r\n")
        while True:
            line = self.rfile.readline()
            if not line:
                return
            text = line.decode("utf-8", "replace").rstrip("\r\n")
            with state.lock:
                state.commands.append(text)
                if not self.encrypted:
                    state.in_clear.append(text)
            tag, _, rest = text.partition(" ")
            command, _, args = rest.partition(" ")
            command = command.upper()
            if command == "CAPABILITY":
                self.send(f"* CAPABILITY {self.capabilities()}\r\n{tag} OK done\r\n")
            elif command == "STARTTLS" and self.server.starttls and not self.encrypted:
                self.send(f"{tag} OK Begin TLS negotiation now\r\n")
                self.request = self.server.starttls.wrap_socket(self.request, server_side=True)
                self.connection = self.request
                self.encrypted = True
                self.rfile = self.connection.makefile("rb", self.rbufsize)
                self.wfile = socketserver._SocketWriter(self.connection)  # type: ignore[attr-defined]
            elif command == "NOOP":
                self.send(f"{tag} OK done\r\n")
            elif command == "LOGOUT":
                self.send(f"* BYE see you\r\n{tag} OK done\r\n")
                return
            elif command == "LOGIN":
                user, password = ([*_tokens(args), "", ""])[:2]
                if user == state.username and password == state.password:
                    authed = True
                    self.send(f"{tag} OK LOGIN completed\r\n")
                else:
                    self.send(f"{tag} NO [AUTHENTICATIONFAILED] Invalid credentials\r\n")
            elif not authed:
                self.send(f"{tag} BAD sign in first\r\n")
            elif command in ("SELECT", "EXAMINE"):
                name = _tokens(args)[0]
                selected = state.folders.get(name)
                if selected is None:
                    self.send(f"{tag} NO no such folder\r\n")
                    continue
                mode = "READ-ONLY" if command == "EXAMINE" else "READ-WRITE"
                self.send(
                    f"* {len(selected.messages)} EXISTS\r\n* 0 RECENT\r\n"
                    f"* OK [UIDVALIDITY {selected.uidvalidity}] UIDs valid\r\n"
                    f"* OK [UIDNEXT {selected.next_uid}] next\r\n{tag} OK [{mode}] done\r\n"
                )
            elif command == "STATUS":
                parts = _tokens(args)
                box = state.folders.get(parts[0])
                if box is None:
                    self.send(f"{tag} NO no such folder\r\n")
                    continue
                self.send(
                    f'* STATUS "{parts[0]}" (MESSAGES {len(box.messages)} '
                    f"UIDNEXT {box.next_uid} UIDVALIDITY {box.uidvalidity})\r\n{tag} OK done\r\n"
                )
            elif command == "UID" and selected is not None:
                self._uid(tag, args, selected)
            else:
                self.send(f"{tag} BAD unknown command\r\n")

    def _uid(self, tag: str, args: str, box: Mailbox) -> None:
        sub, _, rest = args.partition(" ")
        if sub.upper() == "SEARCH":
            found = _search(box, _flatten(_tokens(rest)))
            self.send(
                f"* SEARCH {' '.join(map(str, found))}\r\n{tag} OK done\r\n".replace(
                    "SEARCH \r\n", "SEARCH\r\n"
                )
            )
        elif sub.upper() == "FETCH":
            uid_set, _, _items = rest.partition(" ")
            uids = _uid_set(uid_set, box)
            numbers = {uid: n for n, uid in enumerate(sorted(box.messages), 1)}
            for uid in uids:
                raw = box.messages[uid]
                self.send(f"* {numbers[uid]} FETCH (UID {uid} BODY[] {{{len(raw)}}}\r\n")
                self.send(raw)
                self.send(")\r\n")
            self.send(f"{tag} OK done\r\n")
        else:
            self.send(f"{tag} BAD unknown UID command\r\n")


def _uid_set(text: str, box: Mailbox) -> list[int]:
    top = max(box.messages, default=0)
    found: set[int] = set()
    for piece in text.split(","):
        start, _, end = piece.partition(":")
        low = top if start == "*" else int(start)
        high = low if not end else (top if end == "*" else int(end))
        low, high = min(low, high), max(low, high)
        found.update(uid for uid in box.messages if low <= uid <= high)
    return sorted(found)


def _search(box: Mailbox, criteria: list[str]) -> list[int]:
    found = set(box.messages)
    index = 0
    while index < len(criteria):
        word = criteria[index].upper()
        if word == "CHARSET":
            index += 2
            continue
        if word == "UID":
            matching = _uid_set(criteria[index + 1], box)
            # As real servers do: n:* includes the last message even when n is beyond it.
            if criteria[index + 1].endswith(":*") and box.messages:
                matching.append(max(box.messages))
            found &= set(matching)
            index += 2
        elif word == "SINCE":
            day = dt.datetime.strptime(criteria[index + 1], "%d-%b-%Y").date()
            found &= {uid for uid, raw in box.messages.items() if _date_of(raw) >= day}
            index += 2
        else:
            index += 1  # ALL and anything else: no filter
    return sorted(found)


def _date_of(raw: bytes) -> dt.date:
    match = re.search(rb"^Date: (.+)$", raw, re.MULTILINE)
    if not match:
        return dt.date.min
    return parsedate_to_datetime(match.group(1).decode().strip()).date()


class Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(
        self,
        state: State,
        tls: ssl.SSLContext | None = None,
        starttls: ssl.SSLContext | None = None,
    ) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.state = state
        self.tls = tls
        self.starttls = starttls

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client that refuses the certificate hangs up mid-handshake: expected

    @property
    def port(self) -> int:
        return int(self.server_address[1])


def start(
    username: str = "alice",
    password: str = "s3cret pass",
    *,
    tls: ssl.SSLContext | None = None,
    starttls: ssl.SSLContext | None = None,
) -> Server:
    server = Server(State(username, password), tls=tls, starttls=starttls)
    threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True).start()
    return server

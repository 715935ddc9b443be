"""A small SMTP server for tests, on 127.0.0.1, speaking the real protocol over TCP.

Enough for smtplib as Django's SMTP backend drives it: EHLO/HELO, AUTH PLAIN and LOGIN,
MAIL, RCPT, DATA, RSET, NOOP and QUIT. Accepted messages are kept in memory; a password
or a refused recipient makes the server say no the way a real one does.
"""

from __future__ import annotations

import base64
import socketserver
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field


@dataclass
class Outbox:
    password: str = ""  # when set, AUTH is offered and only this password is taken
    refuse: str = ""  # a recipient address answered with 550
    messages: list[bytes] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)


class _Handler(socketserver.StreamRequestHandler):
    server: _Server

    def say(self, line: str) -> None:
        self.wfile.write(line.encode() + b"\r\n")

    def read(self) -> str:
        return self.rfile.readline().decode("utf-8", "replace").rstrip("\r\n")

    def handle(self) -> None:
        box = self.server.outbox
        self.say("220 onward-test ESMTP")
        while line := self.read():
            verb = line.split(" ", 1)[0].upper()
            if verb == "EHLO":
                self.say("250-onward-test")
                if box.password:
                    self.say("250-AUTH PLAIN LOGIN")
                self.say("250 8BITMIME")
            elif verb == "HELO":
                self.say("250 onward-test")
            elif verb == "AUTH":
                self.auth(line, box)
            elif verb == "RCPT" and box.refuse and box.refuse in line:
                self.say("550 5.1.1 No such user here")
            elif verb in {"MAIL", "RCPT", "RSET", "NOOP"}:
                self.say("250 OK")
            elif verb == "DATA":
                self.say("354 End data with <CR><LF>.<CR><LF>")
                self.data(box)
            elif verb == "QUIT":
                self.say("221 Bye")
                return
            else:
                self.say("502 Not implemented")

    def auth(self, line: str, box: Outbox) -> None:
        parts = line.split()
        if parts[1].upper() == "PLAIN":
            if len(parts) > 2:
                blob = parts[2]
            else:
                self.say("334 ")
                blob = self.read()
            password = base64.b64decode(blob).split(b"\0")[-1].decode()
        else:  # LOGIN: the user name, then the password, each asked for
            if len(parts) < 3:
                self.say("334 VXNlcm5hbWU6")
                self.read()
            self.say("334 UGFzc3dvcmQ6")
            password = base64.b64decode(self.read()).decode()
        if password == box.password:
            self.say("235 2.7.0 Authentication successful")
        else:
            self.say("535 5.7.8 Authentication credentials invalid")

    def data(self, box: Outbox) -> None:
        lines: list[bytes] = []
        while True:
            raw = self.rfile.readline()
            if raw in {b".\r\n", b".\n", b""}:
                break
            lines.append(raw[1:] if raw.startswith(b"..") else raw)
        with box.lock:
            box.messages.append(b"".join(lines))
        self.say("250 OK: queued")


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True
    outbox: Outbox


@contextmanager
def smtp_server(outbox: Outbox | None = None) -> Iterator[tuple[int, Outbox]]:
    """A server on a free port of 127.0.0.1: yields (port, outbox) while it runs."""
    box = outbox or Outbox()
    server = _Server(("127.0.0.1", 0), _Handler)
    server.outbox = box
    thread = threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    try:
        yield server.server_address[1], box
    finally:
        server.shutdown()
        server.server_close()

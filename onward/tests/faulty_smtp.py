"""A real SMTP server (aiosmtpd) on loopback that fails on purpose, at a chosen point.

The points are the ones that matter for sending once:
- "mail": before the server answers MAIL FROM (nothing of the message has gone).
- "data-command": after RCPT, before the server answers DATA (still nothing).
- "data-received": the server has read the body, and hasn't kept it yet.
- "data-queued": the server has kept the message, and hasn't said 250 yet.
- "quit": the message was accepted; the goodbye goes unanswered.

At each a fault can "drop" the connection, "delay" the answer (longer than the client
waits), or "stall" until the test releases it (the test kills the client meanwhile).
Messages the server kept are in `sink.kept`, with their envelope recipients.
"""

from __future__ import annotations

import asyncio
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email import message_from_bytes
from email.message import Message
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session

STAGES = ("mail", "data-command", "data-received", "data-queued", "quit")


@dataclass
class Fault:
    stage: str
    action: str = "drop"  # drop, delay, stall, or refuse (a clear 554 at data-received)
    seconds: float = 0.0  # for delay
    times: int = 1  # how many conversations it hits; the rest pass


@dataclass
class Kept:
    mail_from: str
    rcpt_tos: list[str]
    content: bytes

    @property
    def message(self) -> Message:
        return message_from_bytes(self.content)


@dataclass
class Sink:
    faults: list[Fault] = field(default_factory=list)
    kept: list[Kept] = field(default_factory=list)
    # Who reached which fault, in order: (stage, recipients known by then).
    hit: list[tuple[str, list[str]]] = field(default_factory=list)
    released: threading.Event = field(default_factory=threading.Event)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def to(self, address: str) -> list[Kept]:
        return [k for k in self.kept if address in k.rcpt_tos]

    def take(self, stage: str) -> Fault | None:
        with self.lock:
            for fault in self.faults:
                if fault.stage == stage and fault.times > 0:
                    fault.times -= 1
                    return fault
        return None

    def stalled(self, count: int, timeout: float = 20.0) -> bool:
        """Wait until `count` conversations are held at their faults."""
        for _ in range(int(timeout / 0.05)):
            with self.lock:
                if len(self.hit) >= count:
                    return True
            threading.Event().wait(0.05)
        return False


class _FaultySMTP(SMTP):
    sink: Sink

    async def _fault(self, stage: str) -> str:
        """ "dropped" or "refused" when the conversation ends here, else ""."""
        fault = self.sink.take(stage)
        if fault is None:
            return ""
        envelope = self.envelope
        with self.sink.lock:
            self.sink.hit.append((stage, list(envelope.rcpt_tos) if envelope else []))
        if fault.action == "delay":
            await asyncio.sleep(fault.seconds)
            return ""
        if fault.action == "refuse":
            return "refused"
        if fault.action == "stall":
            while not self.sink.released.is_set():
                await asyncio.sleep(0.05)
        if isinstance(self.transport, asyncio.Transport):
            self.transport.abort()  # no goodbye: the line just goes dead
        return "dropped"

    async def smtp_MAIL(self, arg: str | None) -> None:
        if not await self._fault("mail"):
            await super().smtp_MAIL(arg)

    async def smtp_DATA(self, arg: str) -> None:
        if not await self._fault("data-command"):
            await super().smtp_DATA(arg)

    async def smtp_QUIT(self, arg: str) -> None:
        if not await self._fault("quit"):
            await super().smtp_QUIT(arg)


class _Handler:
    def __init__(self, sink: Sink) -> None:
        self.sink = sink

    async def handle_DATA(self, server: _FaultySMTP, session: Session, envelope: Envelope) -> str:
        ended = await server._fault("data-received")
        if ended == "refused":
            return "554 5.7.1 Message refused"
        if ended:
            return "421 gone"
        content = envelope.original_content or b""
        with self.sink.lock:
            self.sink.kept.append(
                Kept(str(envelope.mail_from), list(envelope.rcpt_tos), bytes(content))
            )
        if await server._fault("data-queued"):
            return "421 gone"
        return "250 OK: queued"


def _free_port() -> int:
    # aiosmtpd checks its server by connecting to the port it was given, so not 0.
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class _Controller(Controller):
    def __init__(self, sink: Sink, **kwargs: Any) -> None:
        self.sink = sink
        super().__init__(_Handler(sink), hostname="127.0.0.1", port=_free_port(), **kwargs)

    def factory(self) -> SMTP:
        server = _FaultySMTP(self.handler, hostname="onward-test", timeout=30)
        server.sink = self.sink
        return server


@contextmanager
def faulty_smtp(*faults: Fault) -> Iterator[tuple[int, Sink]]:
    """A server on a free port of 127.0.0.1: yields (port, sink) while it runs."""
    sink = Sink(faults=list(faults))
    controller = _Controller(sink)
    controller.start()
    try:
        yield controller.port, sink
    finally:
        sink.released.set()
        controller.stop()

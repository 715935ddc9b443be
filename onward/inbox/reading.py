"""Where mail comes from: one .eml, a folder of them, or an mbox of any size.

An mbox is streamed in binary chunks and split on its "From " envelope lines, so
memory stays flat however big the file is; `mailbox.mbox` would index the whole
file first. A message larger than MAX_MESSAGE_BYTES keeps only its beginning
(headers and the text parts, which come first in practice): the rest is almost
always attachments, which Onward never stores.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

MAX_MESSAGE_BYTES = 2 * 1024 * 1024
# Read 256 KB at a time: the chunk, and the buffer it is added to, then stay in the processor's
# second-level cache while the envelope search and the messages' slices read them (with 1 MB
# chunks splitting an mbox of 41 KB messages took 36-41 us a message, with 256 KB 30-37). The
# messages are the same bytes at any chunk size (tests/test_reading.py).
CHUNK_BYTES = 256 * 1024

# An envelope line: "From sender date". Requiring a clock time keeps a body line
# such as "From our team..." (unescaped by a careless writer) from splitting a message.
ENVELOPE = re.compile(rb"From \S*[ \t].*\d{1,2}:\d\d")
# A line that may be an envelope, or a body line escaped by the mbox writer (">From "): both
# are found in one pass over the mail, by bytes.find for "From " and a look at the bytes
# behind it ("From " is rare in mail: a message's envelope, a quoted header). Fewer
# instructions than the regular expression with look-behinds it replaces (rb"From
# (?:(?<=\nFrom )|(?<=\n>From ))", 0.33 M a 41 KB message against 0.22 M for the split):
# the engine steps through every byte, bytes.find skips through them. The same lines as
# rb"\n(?:>From |From )" found from `position` (test_reading holds it to that).
_FROM = b"From "
_NEWLINE = ord("\n")
_ESCAPED = ord(">")


@dataclass(slots=True)
class RawMail:
    data: bytes
    # Names the message for people: "jobs.mbox, message 17 (line 2,345)"; for an mbox, worked
    # out when asked (see _Lines).
    named: str | Callable[[], str]
    size: int  # the full size, even when `data` was cut at MAX_MESSAGE_BYTES

    @property
    def where(self) -> str:
        return self.named if isinstance(self.named, str) else self.named()

    @property
    def truncated(self) -> bool:
        return self.size > len(self.data)


class NotMail(Exception):
    """A file that cannot be read as mail at all."""


def sources(path: Path) -> Iterator[RawMail]:
    """Every message under `path`: an .eml, an mbox, or a folder of .eml files."""
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file() and _looks_like_eml(p))
        for file in files:
            yield read_eml(file, str(file.relative_to(path)))
        return
    if not path.exists():
        raise NotMail(f"{path}: no such file or folder.")
    with path.open("rb") as handle:
        head = handle.read(5)
    if head == b"From ":
        yield from read_mbox(path)
    else:
        yield read_eml(path, path.name)


def count_hint(path: Path) -> int:
    """Bytes to read, for the progress bar (an mbox is measured by size, not messages)."""
    if path.is_dir():
        return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and _looks_like_eml(p))
    return path.stat().st_size if path.exists() else 0


def _looks_like_eml(path: Path) -> bool:
    return path.suffix.lower() in {".eml", ".msg", ".txt", ""} and not path.name.startswith(".")


def read_eml(path: Path, name: str) -> RawMail:
    size = path.stat().st_size
    with path.open("rb") as handle:
        data = handle.read(MAX_MESSAGE_BYTES)
    return RawMail(data, name, size)


def read_mbox(path: Path) -> Iterator[RawMail]:
    with path.open("rb") as handle:
        yield from split_mbox(handle, path.name)


def split_mbox(handle: BinaryIO, name: str) -> Iterator[RawMail]:
    """Split an mbox stream into messages without holding more than one in memory."""
    splitter = _Splitter(name, _Lines(handle) if handle.seekable() else None)
    buffer = b""
    at_start = True
    eof = False
    while not eof:
        chunk = handle.read(CHUNK_BYTES)
        eof = not chunk
        buffer += chunk
        position = 0
        while (found := _next_envelope(buffer, position, eof, at_start, splitter)) is not None:
            start, body = found
            splitter.take(buffer, position, start)
            if splitter.started:
                yield splitter.finish()
            splitter.begin(buffer, start, body)
            position = body
            at_start = False
        if eof:
            cut = len(buffer)
        else:
            # Keep the last partial line: it may be the start of an envelope.
            cut = buffer.rfind(b"\n", position)
            if cut < position:
                # A line with no end in sight (a long base64 run) is no envelope;
                # keep only a few bytes of it so memory stays flat.
                long_line = len(buffer) - position > 65536
                cut = len(buffer) - 8 if long_line else position
        splitter.take(buffer, position, cut)
        splitter.passed += cut
        buffer = buffer[cut:]
        if cut:
            at_start = False
    if splitter.started:
        yield splitter.finish()


class _Splitter:
    """The message being read: its pieces (capped), its full size and where it began."""

    def __init__(self, name: str, lines: _Lines | None) -> None:
        self.name = name
        self.lines = lines  # None: every line is counted as it passes (a stream that cannot seek)
        self.parts: list[bytes] = []
        self.kept = 0
        self.size = 0
        self.number = 0
        self.line = 1  # the line the next byte taken is on (counted before the first message)
        self.envelope_line = 0
        self.passed = 0  # the bytes before the buffer
        self.envelope_at = 0  # where the message's envelope starts, in bytes from the first
        self.started = False
        self.escaped = False  # a ">From " line was seen in the message

    def take(self, buffer: bytes, start: int, end: int) -> None:
        if end <= start:
            return
        if not self.started:
            if buffer[start:end].strip():
                raise NotMail(
                    f"{self.name}: line {self.line:,} is not where a message starts "
                    "(an mbox starts each message with a 'From ' line)."
                )
        else:
            self.size += end - start
            if self.kept < MAX_MESSAGE_BYTES:
                piece = buffer[start : min(end, start + MAX_MESSAGE_BYTES - self.kept)]
                self.parts.append(piece)
                self.kept += len(piece)
        if self.lines is None or not self.started:
            self.line += buffer.count(b"\n", start, end)

    def begin(self, buffer: bytes, start: int, body: int) -> None:
        self.number += 1
        self.envelope_line = self.line
        self.envelope_at = self.passed + start
        if self.lines is None:
            self.line += buffer.count(b"\n", start, body)
        self.parts, self.kept, self.size, self.started = [], 0, 0, True
        self.escaped = False

    def finish(self) -> RawMail:
        data = b"".join(self.parts)
        self.parts = []
        # mboxrd escapes body lines starting with "From " as ">From "; undo one level. (Every
        # such line of the message was seen by _next_envelope's search; one that was seen
        # but lies past MAX_MESSAGE_BYTES is not in the data, and replace() leaves it be.)
        if self.escaped:
            data = data.replace(b"\n>From ", b"\nFrom ")
        if self.lines is None:
            return RawMail(data, self._where(self.number, self.envelope_line), self.size)
        lines, number, at = self.lines, self.number, self.envelope_at
        return RawMail(data, lambda: self._where(number, lines.line_at(at)), self.size)

    def _where(self, number: int, line: int) -> str:
        return f"{self.name}, message {number} (line {line:,})"


class _Lines:
    """The line a byte of a seekable mbox is on, counted when asked: a message is named by
    its envelope's line only when something must be said about it, and counting every line
    as it passed cost 2.5% of reading applicant-tracking mail. Asked in order (as messages
    are read), each byte is counted once at most."""

    def __init__(self, handle: BinaryIO) -> None:
        self.handle = handle
        self.first = self.at = handle.tell()  # the mbox starts where the handle was
        self.line = 1  # the line the byte at `at` is on

    def line_at(self, offset: int) -> int:
        """The line of the byte `offset` bytes after the first."""
        target = self.first + offset
        if target < self.at:
            self.at, self.line = self.first, 1
        here = self.handle.tell()
        try:
            self.handle.seek(self.at)
            while self.at < target and (
                chunk := self.handle.read(min(CHUNK_BYTES, target - self.at))
            ):
                self.line += chunk.count(b"\n")
                self.at += len(chunk)
        finally:
            self.handle.seek(here)
        return self.line


def _next_envelope(
    buffer: bytes, position: int, eof: bool, at_start: bool, splitter: _Splitter
) -> tuple[int, int] | None:
    """The next envelope line at or after `position`: (its start, where the message starts).
    A ">From " line on the way marks the message being read (`splitter.escaped`).

    None when there is none, or when its line is not complete yet (more data may come)."""
    while True:
        if at_start and position == 0 and buffer.startswith(b"From "):
            start = 0
        else:
            start = _from_line(buffer, position)
            if start < 0:
                return None
            if buffer[start] == _ESCAPED:
                splitter.escaped = True
                position = start
                continue
        end = buffer.find(b"\n", start)
        if end < 0:
            if not eof:
                return None
            end = len(buffer)
        if ENVELOPE.match(buffer, start, end):
            return start, min(end + 1, len(buffer))
        position = start
        at_start = False


def _from_line(buffer: bytes, position: int) -> int:
    """Where the first line that starts with "From " or ">From " starts, of the lines whose
    line break lies at or after `position` (-1: none)."""
    hit = buffer.find(_FROM, position + 1)  # (its line's break, if any, at `position` or after)
    while hit >= 0:
        before = buffer[hit - 1]
        if before == _NEWLINE:
            return hit
        if before == _ESCAPED and hit - 2 >= position and buffer[hit - 2] == _NEWLINE:
            return hit - 1
        hit = buffer.find(_FROM, hit + 1)
    return -1


def from_upload(handle: BinaryIO, name: str) -> Iterator[RawMail]:
    """Messages in an uploaded file: an mbox if it starts like one, else one message."""
    head = handle.read(5)
    handle.seek(0)
    if head == b"From ":
        yield from split_mbox(handle, name)
        return
    data = handle.read(MAX_MESSAGE_BYTES)
    size = len(data)
    while chunk := handle.read(CHUNK_BYTES):  # the rest is only counted, never kept
        size += len(chunk)
    yield RawMail(data, name, size)

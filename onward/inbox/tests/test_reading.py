"""An mbox is streamed: split on envelope lines, any size, one message in memory at a time."""

from __future__ import annotations

import io
import random
import re
from pathlib import Path

import pytest

from onward.inbox import reading
from onward.inbox.reading import NotMail, RawMail, from_upload, sources, split_mbox

from .mails import mbox, raw


def split(data: bytes, chunk: int = 1 << 20) -> list[RawMail]:
    original = reading.CHUNK_BYTES
    reading.CHUNK_BYTES = chunk
    try:
        return list(split_mbox(io.BytesIO(data), "jobs.mbox"))
    finally:
        reading.CHUNK_BYTES = original


def test_an_mbox_is_split_into_its_messages_whatever_the_chunk_size() -> None:
    data = mbox(*(raw(subject=f"Message {n}", message_id=f"<m{n}@x>") for n in range(40)))
    for chunk in (7, 64, 1000, 1 << 20):
        messages = split(data, chunk)
        assert [m.data.split(b"\n")[2] for m in messages] == [
            f"Subject: Message {n}".encode() for n in range(40)
        ]


def test_each_message_is_named_by_its_number_and_line() -> None:
    data = mbox(raw(), raw(message_id="<two@x>"))
    first, second = split(data)
    assert first.where == "jobs.mbox, message 1 (line 1)"
    envelope_line = data.split(b"\n").index(b"From MAILER-DAEMON Tue Nov  5 10:00:00 2024", 1)
    assert second.where == f"jobs.mbox, message 2 (line {envelope_line + 1})"


def test_a_body_line_starting_with_from_does_not_split_a_message() -> None:
    body = "Hello,\n\nFrom our side, thank you.\nFrom the team\n"
    data = b"From x Tue Nov  5 10:00:00 2024\n" + raw(body=body) + b"\n"
    (only,) = split(data)
    assert b"From our side, thank you." in only.data


def test_escaped_from_lines_are_unescaped() -> None:
    (only,) = split(mbox(raw(body="Hi\nFrom now on we write weekly.\n")))
    assert b"\nFrom now on we write weekly." in only.data


def test_each_message_unescapes_its_own_from_lines_whatever_the_chunk_size() -> None:
    bodies = [
        "Hi\nFrom now on we write weekly.\n",
        "No escapes here, only a quote: see >From the top.\n",
        "Written escaped:\n>From the archive.\nFrom the team\n",
    ]
    data = mbox(*(raw(body=body, message_id=f"<e{n}@x>") for n, body in enumerate(bodies)))
    for chunk in (7, 64, 1000, 1 << 20):
        first, second, third = split(data, chunk)
        assert b"\nFrom now on we write weekly." in first.data
        assert b"see >From the top." in second.data
        assert b"\nFrom the archive.\nFrom the team" in third.data


def test_a_huge_message_keeps_only_its_beginning_and_its_true_size() -> None:
    attachment = b"QUFB" * (reading.MAX_MESSAGE_BYTES // 2)
    data = mbox(raw() + b"\n" + attachment, raw(message_id="<after@x>"))
    big, after = split(data, chunk=65536)
    assert big.truncated
    assert len(big.data) == reading.MAX_MESSAGE_BYTES
    assert big.size > reading.MAX_MESSAGE_BYTES
    assert b"<after@x>" in after.data and not after.truncated


def test_text_before_the_first_envelope_is_not_an_mbox() -> None:
    with pytest.raises(NotMail, match="line 1"):
        split(b"hello\nFrom x Tue Nov  5 10:00:00 2024\nSubject: a\n\nb\n")


def test_sources_reads_an_eml_an_mbox_and_a_folder(tmp_path: Path) -> None:
    (tmp_path / "one.eml").write_bytes(raw())
    (tmp_path / "box.mbox").write_bytes(mbox(raw(), raw()))
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "a.eml").write_bytes(raw())
    (folder / "b.eml").write_bytes(raw())
    (folder / "cv.pdf").write_bytes(b"%PDF")
    assert len(list(sources(tmp_path / "one.eml"))) == 1
    assert len(list(sources(tmp_path / "box.mbox"))) == 2
    assert [m.where for m in sources(folder)] == ["a.eml", "b.eml"]


def test_a_missing_path_is_named() -> None:
    with pytest.raises(NotMail, match="no such file"):
        list(sources(Path("/nonexistent/inbox.mbox")))


def test_an_upload_is_an_mbox_or_one_message() -> None:
    assert len(list(from_upload(io.BytesIO(mbox(raw(), raw())), "box.mbox"))) == 2
    (one,) = from_upload(io.BytesIO(raw()), "one.eml")
    assert one.where == "one.eml" and one.data == raw()


def test_lines_counted_when_asked_name_messages_as_counting_every_line_did() -> None:
    bodies = [f"Line one\n{'more text\n' * n}From the team\n" for n in range(30)]
    data = b"\n\n" + mbox(
        *(raw(body=body, message_id=f"<l{n}@x>") for n, body in enumerate(bodies))
    )
    envelopes = [n + 1 for n, line in enumerate(data.split(b"\n")) if line.startswith(b"From ")]
    envelopes = [line for line in envelopes if data.split(b"\n")[line - 1].endswith(b"2024")]
    for chunk in (7, 64, 1000, 1 << 20):
        for order in (1, -1):  # asked in order, and backwards
            messages = split(data, chunk)
            named = [m.where for m in messages[::order]][::order]
            assert named == [
                f"jobs.mbox, message {n + 1} (line {line:,})" for n, line in enumerate(envelopes)
            ]


class _Unseekable(io.BytesIO):
    def seekable(self) -> bool:
        return False


def test_a_stream_that_cannot_seek_counts_its_lines_as_they_pass() -> None:
    data = mbox(raw(), raw(message_id="<two@x>"))
    seekable = [m.where for m in split_mbox(io.BytesIO(data), "jobs.mbox")]
    assert [m.where for m in split_mbox(_Unseekable(data), "jobs.mbox")] == seekable


def test_the_envelope_search_finds_the_lines_the_line_break_pattern_found() -> None:
    """_from_line looks for "From " and checks the line break behind it; it must give the line
    rb"\\n(?:>From |From )" gave, searched from the same position, on every buffer and at every
    position (an escaped line whose break lies just before the position included)."""
    old = re.compile(rb"\n(?:>From |From )")
    rng = random.Random(11)
    pieces = [b"\n", b"From ", b">From ", b">", b"F", b"x", b"\n>", b"From", b" "]
    for _ in range(3000):
        buffer = b"".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        for position in range(len(buffer) + 1):
            hit = old.search(buffer, position)
            assert reading._from_line(buffer, position) == (hit.start() + 1 if hit else -1), (
                buffer,
                position,
            )

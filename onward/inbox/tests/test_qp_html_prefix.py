"""A quoted-printable HTML part read as UTF-8 is decoded only as far as html_text reads it:
the text and links are the same as from the whole part decoded, on every such part of the
tuning messages, our written set and the benchmark, and on made-up parts with the caps made
small, soft line breaks anywhere (inside a character's escapes too) and text past the caps."""

from __future__ import annotations

import binascii
import random

import pytest

from onward.inbox import htmltext, mime, parsing
from onward.inbox.htmltext import html_text
from onward.inbox.tests.known_mail import raw_messages


def _whole(raw: bytes, charset: str | None) -> tuple[tuple[str, list[str]], list[str]]:
    warnings: list[str] = []
    data, _ = mime.decode(raw, "quoted-printable", parsing.MAX_TEXT_BYTES)
    return html_text(parsing._html_of(data, charset, warnings)), warnings


def _lines(raw: bytes, charset: str | None) -> tuple[tuple[str, list[str]], list[str]]:
    warnings: list[str] = []
    return html_text(parsing._qp_html_of(raw, charset, warnings)), warnings


def _qp_parts() -> list[tuple[bytes, str | None]]:
    raws = raw_messages(300)
    parts = []
    for raw in raws:
        block, body = mime.split_head(raw)
        found = mime.texts(mime.headers(block), body, parsing.MAX_TEXT_BYTES, raw_qp_html=True)
        if found.html_qp is not None:
            parts.append((found.html_qp, found.html_charset))
    return parts


def test_every_quoted_printable_html_part_reads_the_same_from_its_first_lines() -> None:
    parts = _qp_parts()
    assert len(parts) > 300
    for raw, charset in parts:
        assert _lines(raw, charset) == _whole(raw, charset)


def _encode(text: str, rng: random.Random) -> bytes:
    """`text` in UTF-8, quoted-printable, with soft line breaks at random places: between any
    two escapes, so inside a character's bytes too."""
    pieces = []
    for byte in text.encode("utf-8"):
        if (byte < 0x80 or byte >= 0xC0) and rng.random() < 0.05:  # between characters
            pieces.append(rng.choice([b"\r\n", b"=  \n", b"\n"]))
        char = bytes([byte])
        plain = (32 < byte < 127 and char != b"=") or char == b"\n"
        pieces.append(char if plain and rng.random() < 0.8 else b"=%02X" % byte)
        if rng.random() < 0.15:
            pieces.append(rng.choice([b"=\n", b"=\r\n"]))
    return b"".join(pieces)


@pytest.mark.parametrize("body_chars", [1, 3, 8, 20])
def test_made_up_parts_read_the_same(body_chars: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(htmltext, "MAX_BODY_BYTES", body_chars)
    monkeypatch.setattr(htmltext, "MAX_HTML_BYTES", 60)
    monkeypatch.setattr(parsing, "_QP_MORE", 7)
    rng = random.Random(body_chars)
    pieces = ["a", "é", "€", "😀", "<p>", "</p>", "<body>", "<BODY x>", " ", "\n", "=", "\x01"]
    valid = 0
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 120)))
        raw = _encode(text, rng)
        try:
            mime.decode(raw, "quoted-printable", parsing.MAX_TEXT_BYTES)[0].decode("utf-8")
        except UnicodeDecodeError:
            continue  # broken somewhere: read differently when past the caps (below)
        valid += 1
        for charset in (None, "utf-8"):
            assert _lines(raw, charset) == _whole(raw, charset), raw
    assert valid == 3000


def test_a_part_broken_only_past_what_is_read_reads_as_utf8(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(htmltext, "MAX_BODY_BYTES", 20)
    raw = binascii.b2a_qp("<body><p>Café, thank you</p>\n".encode()) + b"\n" + b"=E9 " * 2000
    assert _lines(raw, "utf-8")[0][0] == "\nCafé, than\n"  # 20 bytes of the body ("é" is 2)
    assert _whole(raw, "utf-8")[0][0].startswith("\nCafÃ©")  # all read as Windows-1252
    # Broken in what is read: read whole, as before.
    raw = b"<body><p>Caf=E9</p>\n" + b"x" * 200
    assert _lines(raw, "utf-8") == _whole(raw, "utf-8")

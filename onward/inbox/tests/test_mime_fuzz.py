"""Onward's MIME reader agrees with the standard library's parser.

The messages are the devset's, rebuilt by the standard library in every shape mail takes
(plain, HTML, alternatives, attachments, forwards; base64, quoted-printable, 8-bit;
UTF-8, Latin-1, Windows-1252; LF or CRLF), then mutated. For each, both parsers must
read the same subject, sender, date and text parts. Hypothesis runs derandomized, so a
failure is the same on every run and machine.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage, Message
from email.parser import BytesParser
from functools import cache
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from onward.inbox import mime
from onward.inbox.dates import parse_date
from onward.inbox.parsing import (
    MAX_TEXT_BYTES,
    NotAnEmail,
    address_of,
    decode_bytes,
    header_text,
    parse,
    text_of,
)

DEVSET = Path(__file__).resolve().parent.parent / "devset"
FUZZ = settings(
    max_examples=150,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
_stdlib = BytesParser(policy=policy.default)


@dataclass(frozen=True)
class Reading:
    subject: str
    sender: str
    date: dt.datetime | None
    plain: str | None
    html: str | None


@dataclass(frozen=True)
class Original:
    subject: str
    name: str
    address: str
    date: str
    text: str
    html: str | None


@cache
def originals() -> list[Original]:
    """What each devset message says, read by the standard library."""
    found = []
    for path in sorted(DEVSET.rglob("*.eml")):
        message = _stdlib.parsebytes(path.read_bytes())
        sender = message["from"]
        addresses = getattr(sender, "addresses", ())
        plain = message.get_body(preferencelist=("plain",))
        html = message.get_body(preferencelist=("html",))
        text = plain.get_content() if isinstance(plain, EmailMessage) else ""
        if not addresses or not text.strip() or not addresses[0].username:
            continue
        found.append(
            Original(
                subject=str(message["subject"] or ""),
                name=addresses[0].display_name,
                address=addresses[0].addr_spec,
                date=str(message["date"] or ""),
                text=text,
                html=html.get_content() if isinstance(html, EmailMessage) else None,
            )
        )
    return found


def ours(data: bytes) -> Reading:
    block, body = mime.split_head(data)
    head = mime.headers(block)
    found = mime.texts(head, body, MAX_TEXT_BYTES)
    return Reading(
        subject=header_text(head.get("subject")),
        sender=address_of(head.get("from"))[1],
        date=parse_date(head.get("date")),
        plain=_our_text(found.plain, found.plain_charset),
        html=_our_text(found.html, found.html_charset),
    )


def _our_text(data: bytes | None, charset: str | None) -> str | None:
    return None if data is None else _same_lines(text_of(data, charset, []))


def theirs(data: bytes) -> Reading:
    message = _stdlib.parsebytes(data)
    plain = html = None
    for part in message.walk():
        if part.is_multipart() or part.get_content_disposition() == "attachment":
            continue
        kind = part.get_content_type()
        if kind == "text/plain" and plain is None:
            plain = _payload_text(part)
        elif kind == "text/html" and html is None:
            html = _payload_text(part)
    sender = getattr(message["from"], "addresses", ())
    date = message["date"]
    when = getattr(date, "datetime", None)
    if when is not None and when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return Reading(
        subject=" ".join(str(message["subject"] or "").split()),
        sender=sender[0].addr_spec.lower() if sender else "",
        date=when,
        plain=plain,
        html=html,
    )


def _payload_text(part: Message) -> str:
    payload = part.get_payload(decode=True)
    data = payload if isinstance(payload, bytes) else b""
    return _same_lines(decode_bytes(data[:MAX_TEXT_BYTES], part.get_content_charset()))


def _same_lines(text: str) -> str:
    # Where a part ends (the line break before a boundary) is the one thing the two
    # parsers may place differently, and it changes no word.
    return text.replace("\r\n", "\n").rstrip()


@st.composite
def rebuilt(draw: st.DrawFn) -> bytes:
    """A devset message, rebuilt in a shape and encoding drawn at random."""
    original = draw(st.sampled_from(originals()))
    charset = draw(st.sampled_from(["utf-8", "iso-8859-1", "windows-1252"]))
    try:
        original.text.encode(charset)
        (original.html or "").encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    encoding = draw(st.sampled_from(["base64", "quoted-printable", "8bit"]))
    shape = draw(st.sampled_from(["plain", "html", "alternative", "attached", "forwarded"]))
    html = original.html or f"<p>{original.text}</p>"

    message = EmailMessage()
    tail = draw(st.sampled_from(["", " \u2013 \u00dc", " " + "long words " * 12]))
    message["Subject"] = original.subject + tail  # non-ASCII: encoded words; long: folded
    message["From"] = Address(original.name, addr_spec=original.address)
    message["Date"] = original.date
    message["Message-ID"] = f"<fuzz-{draw(st.integers(0, 10**6))}@onward.test>"
    if shape == "html":
        message.set_content(html, subtype="html", charset=charset, cte=encoding)
    else:
        message.set_content(original.text, charset=charset, cte=encoding)
    if shape in ("alternative", "attached"):
        message.add_alternative(html, subtype="html", charset=charset, cte=encoding)
    if shape == "attached":
        cv = draw(st.binary(max_size=3000))
        message.add_attachment(cv, "application", "pdf", filename="cv.pdf")
    if shape == "forwarded":
        outer = EmailMessage()
        for name in ("Subject", "From", "Date", "Message-ID"):
            outer[name] = message[name]
        outer.set_content("See below.")
        outer.add_attachment(message)
        message = outer
    for number, part in enumerate(message.walk()):
        if part.is_multipart():  # else the generator draws one from `random`
            part.set_boundary(f"=_{number}_{draw(st.integers(0, 10**6))}_=")
    crlf = draw(st.booleans())
    return message.as_bytes(policy=policy.SMTP if crlf else policy.default)


@FUZZ
@given(rebuilt())
def test_both_parsers_read_every_rebuilt_devset_message_alike(data: bytes) -> None:
    assert ours(data) == theirs(data)


@st.composite
def padded(draw: st.DrawFn) -> bytes:
    """Legal variations the standard library never writes: a preamble and an epilogue,
    white space after a boundary, no closing boundary."""
    data = draw(rebuilt())
    head, body = mime.split_head(data)
    newline = b"\r\n" if b"\r\n" in head else b"\n"
    boundary = mime.content_type(mime.headers(head).get("content-type"))[1].get("boundary")
    if boundary is None:
        return data
    delimiter = b"--" + boundary.encode()
    if draw(st.booleans()):
        body = b"This is a multi-part message in MIME format." + newline + body
    if draw(st.booleans()):
        body = body.replace(delimiter + newline, delimiter + b" \t" + newline)
    if draw(st.booleans()):
        body = body + b"An epilogue nobody reads." + newline
    return head + newline + newline + body


@FUZZ
@given(padded())
def test_both_parsers_agree_on_padding_around_the_parts(data: bytes) -> None:
    assert ours(data) == theirs(data)


@st.composite
def damaged(draw: st.DrawFn) -> bytes:
    """A rebuilt message whose body had bytes changed, cut or added."""
    data = draw(rebuilt())
    head, body = mime.split_head(data)
    edits = draw(
        st.lists(
            st.tuples(
                st.sampled_from(["flip", "cut", "insert"]),
                st.integers(0, max(len(body) - 1, 0)),
                st.sampled_from([b"\n", b"\r\n", b"--", b"=", b":", b"\xff", b"\x00", b" "]),
            ),
            max_size=12,
        )
    )
    for kind, place, piece in edits:
        at = place % max(len(body), 1)  # earlier cuts may have shortened it
        if kind == "flip" and body:
            body = body[:at] + bytes([body[at] ^ 0x20]) + body[at + 1 :]
        elif kind == "cut":
            body = body[:at] + body[at + len(piece) :]
        else:
            body = body[:at] + piece + body[at:]
    newline = b"\r\n" if b"\r\n" in head else b"\n"
    return head + newline + newline + body


@FUZZ
@given(damaged())
def test_damaged_bodies_are_read_without_error_and_headers_still_agree(data: bytes) -> None:
    try:
        mail = parse(data)
    except NotAnEmail:  # pragma: no cover - the headers are whole, so this never happens
        raise AssertionError("a message with whole headers was refused") from None
    mine, stdlib = ours(data), theirs(data)
    assert (mine.subject, mine.sender, mine.date) == (stdlib.subject, stdlib.sender, stdlib.date)
    assert mail.subject == mine.subject or mail.forwarded


def test_the_devset_gives_the_fuzzer_enough_to_work_with() -> None:
    assert len(originals()) > 150

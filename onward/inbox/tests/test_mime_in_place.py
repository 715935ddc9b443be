"""The MIME reader reads each part where it lies in the message's bytes, instead of copying
the body out of the message, then each part out of the body (four or five copies of a 41 KB
template a message). It finds the same parts, with the same bytes, as the reader that copied
them (kept below as it was): on every written, tuning and benchmark message, and on made-up
bodies cut from pieces the reader looks for (boundaries, blank lines, CRLF, closing
delimiters, nested messages)."""

from __future__ import annotations

import binascii
import random

import pytest

from onward.inbox import mime
from onward.inbox.parsing import MAX_TEXT_BYTES
from onward.inbox.tests.known_mail import raw_messages


def old_split_head(raw: bytes) -> tuple[bytes, bytes]:
    if raw.startswith((b"\n", b"\r\n")):
        return b"", raw[1:] if raw.startswith(b"\n") else raw[2:]
    lf = raw.find(b"\n\n")
    crlf = raw.find(b"\r\n\r\n", 0, lf + 3) if lf >= 0 else raw.find(b"\r\n\r\n")
    if crlf >= 0 and (lf < 0 or crlf < lf):
        return raw[:crlf], raw[crlf + 4 :]
    if lf >= 0:
        return raw[:lf], raw[lf + 2 :]
    return raw, b""


def old_parts(body: bytes, boundary: bytes) -> list[bytes]:
    pieces = body.split(b"--" + boundary)
    parts = []
    for piece in pieces[1:]:
        if piece.startswith(b"--"):
            break
        newline = piece.find(b"\n")
        if newline < 0:
            continue
        part = piece[newline + 1 :]
        if part.endswith(b"\r\n"):
            part = part[:-2]
        elif part.endswith(b"\n"):
            part = part[:-1]
        parts.append(part)
    return parts


def old_walk(
    head: dict[str, str], body: bytes, found: mime.Texts, limit: int, depth: int, raw_qp: bool
) -> None:
    if depth > mime.MAX_DEPTH:
        found.too_deep = True
        return
    kind, params = mime.content_type(head.get("content-type"))
    if kind.startswith("multipart/"):
        boundary = params.get("boundary")
        for part in old_parts(body, boundary.encode("latin-1", "replace")) if boundary else []:
            part_head, part_body = old_split_head(part)
            old_walk(mime.headers(part_head), part_body, found, limit, depth + 1, raw_qp)
        return
    if kind == "message/rfc822":
        inner_head, inner_body = old_split_head(body)
        old_walk(mime.headers(inner_head), inner_body, found, limit, depth + 1, raw_qp)
        return
    disposition = head.get("content-disposition", "").lower()
    attachment = disposition.startswith("attachment")
    if kind in ("text/plain", "text/html") and not attachment:
        slot = "plain" if kind == "text/plain" else "html"
        encoding = head.get("content-transfer-encoding", "")
        quoted_printable = encoding.strip().lower() == "quoted-printable"
        first_html = found.html is None and found.html_qp is None
        if slot == "html" and raw_qp and quoted_printable and first_html:
            found.html_qp = body[: limit * 3]
            found.html_charset = params.get("charset")
            return
        if getattr(found, slot) is None and (slot == "plain" or found.html_qp is None):
            data, broken = mime.decode(body, encoding, limit)
            found.broken = found.broken or broken
            setattr(found, slot, data)
            setattr(found, f"{slot}_charset", params.get("charset"))
        return
    encoding = head.get("content-transfer-encoding", "").strip().lower()
    size = len(body) * 3 // 4 if encoding == "base64" else len(body)
    name = mime.content_type(disposition.replace("attachment", "x", 1))[1].get("filename") or kind
    found.attachments.append((name, size))


def old_texts(raw: bytes, limit: int, raw_qp: bool) -> mime.Texts:
    block, body = old_split_head(raw)
    found = mime.Texts()
    old_walk(mime.headers(block), body, found, limit, 0, raw_qp)
    return found


def new_texts(raw: bytes, limit: int, raw_qp: bool) -> mime.Texts:
    block, start = mime.head_and_start(raw)
    return mime.texts(mime.headers(block), raw, limit, raw_qp_html=raw_qp, start=start)


@pytest.mark.parametrize("raw_qp", [False, True])
def test_known_mail_gives_the_same_parts(raw_qp: bool) -> None:
    for raw in raw_messages(300):
        assert new_texts(raw, MAX_TEXT_BYTES, raw_qp) == old_texts(raw, MAX_TEXT_BYTES, raw_qp)


PIECES = [
    b"--b",
    b"--b--",
    b"--bb",
    b"----b",
    b"\n",
    b"\r\n",
    b"\n\n",
    b"\r\n\r\n",
    b"Content-Type: text/plain\n",
    b"Content-Type: text/html; charset=utf-8\r\n",
    b'Content-Type: multipart/alternative; boundary="b"\n',
    b'Content-Type: multipart/mixed; boundary="bb"\n',
    b"Content-Type: message/rfc822\n",
    b"Content-Transfer-Encoding: quoted-printable\n",
    b"Content-Transfer-Encoding: base64\n",
    b"Content-Disposition: attachment; filename=a.pdf\n",
    b"Hello =C3=A9 there=\n",
    b"SGVsbG8gdGhlcmU=",
    b"<p>Hi</p>",
    b"text",
    b" ",
]


def test_made_up_bodies_give_the_same_parts() -> None:
    rng = random.Random(11)
    for _ in range(6000):
        head = rng.choice(PIECES[8:13]) + b"Subject: x\n"
        raw = (b"" if rng.random() < 0.05 else head + rng.choice([b"\n", b"\r\n"])) + b"".join(
            rng.choice(PIECES) for _ in range(rng.randrange(0, 40))
        )
        limit = rng.choice([5, 64, MAX_TEXT_BYTES])
        raw_qp = rng.random() < 0.5
        assert new_texts(raw, limit, raw_qp) == old_texts(raw, limit, raw_qp), raw


def test_the_head_is_found_within_the_span_alone() -> None:
    rng = random.Random(5)
    for _ in range(6000):
        raw = b"".join(rng.choice([b"a", b"\n", b"\r\n", b"\r", b":"]) for _ in range(30))
        start = rng.randrange(0, len(raw) + 1)
        end = rng.randrange(start, len(raw) + 1)
        block, body_start = mime.head_and_start(raw, start, end)
        assert (block, raw[body_start:end]) == old_split_head(raw[start:end]), raw
        assert mime.split_head(raw) == old_split_head(raw)


def test_a_long_part_is_copied_only_as_far_as_it_is_decoded() -> None:
    body = b"=C3=A9" * 4000
    raw = b"Content-Type: text/plain\nContent-Transfer-Encoding: quoted-printable\n\n" + body
    found = new_texts(raw, 100, raw_qp=False)
    assert found.plain == binascii.a2b_qp(body[:300])[:100]

"""Onward's MIME reader: the headers, and the first plain and HTML text parts.

The only one: the standard library's parser reads every line of every part, attachments
included, into Python objects, which makes the whole import 1.5 to 3 times slower (see
docs/inbox.md). This reader splits on bytes (blank line, boundaries) and decodes only the
text it keeps. Whatever it is given, it answers: a part it cannot make sense of has no
text, as the standard parser would find none either. test_mime_fuzz holds it to the
standard parser's reading on thousands of messages.

Every step is linear in the size of the message (bytes.split, bytes.find), and headers
are cut at MAX_HEADER_CHARS before any regular expression sees them.
"""

from __future__ import annotations

import binascii
import re
from dataclasses import dataclass, field

# Deeper parts are skipped: real mail nests three or four levels.
MAX_DEPTH = 8
# RFC 5322 caps a header line at 998 characters; longer values are cut.
MAX_HEADER_CHARS = 998
_HEADER_LINE = re.compile(rb"^[!-9;-~]+:")
_FOLD = re.compile(r"\r?\n[ \t]+")
_PARAM = re.compile(r""";\s*([\w*-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;\s]+))""")
_NOT_BASE64 = re.compile(rb"[^A-Za-z0-9+/=]")


@dataclass(slots=True)
class Texts:
    plain: bytes | None = None
    plain_charset: str | None = None
    html: bytes | None = None
    html_charset: str | None = None
    # With texts(..., raw_qp_html=True): a quoted-printable HTML part's undecoded bytes (at
    # most limit * 3 of them), left for the reader to decode only as far as it reads.
    html_qp: bytes | None = None
    attachments: list[tuple[str, int]] = field(default_factory=list)  # (name, bytes)
    broken: bool = False  # a text part's transfer encoding was damaged
    too_deep: bool = False  # parts below MAX_DEPTH were skipped


def split_head(raw: bytes) -> tuple[bytes, bytes]:
    """The header block and the body: split at the first empty line."""
    if raw.startswith((b"\n", b"\r\n")):
        return b"", raw[1:] if raw.startswith(b"\n") else raw[2:]
    lf = raw.find(b"\n\n")
    # Only a CRLF blank line before the first LF one matters: mbox mail (LF) is not read to
    # its end for one.
    crlf = raw.find(b"\r\n\r\n", 0, lf + 3) if lf >= 0 else raw.find(b"\r\n\r\n")
    if crlf >= 0 and (lf < 0 or crlf < lf):
        return raw[:crlf], raw[crlf + 4 :]
    if lf >= 0:
        return raw[:lf], raw[lf + 2 :]
    return raw, b""


def headers(block: bytes) -> dict[str, str]:
    """Header names (lower case) to their first value, unfolded. 8-bit bytes are read as
    UTF-8, or Windows-1252 when they are not UTF-8."""
    if not block:
        return {}
    try:
        text = block.decode("utf-8")
    except UnicodeDecodeError:
        text = block.decode("cp1252", "replace")
    if "\n " in text or "\n\t" in text:  # a folded line: what _FOLD needs (two fast searches)
        text = _FOLD.sub(" ", text)
    found: dict[str, str] = {}
    for line in text.split("\n"):
        name, sep, value = line.partition(":")
        if sep and name and " " not in name:
            found.setdefault(name.strip().lower(), value.strip()[:MAX_HEADER_CHARS])
    return found


def looks_like_headers(raw: bytes) -> bool:
    return bool(_HEADER_LINE.match(raw[:200]))


def content_type(value: str | None) -> tuple[str, dict[str, str]]:
    if not value:
        return "text/plain", {}
    kind = value.split(";", 1)[0].strip().lower() or "text/plain"
    params = {
        match.group(1).lower(): (match.group(2) if match.group(2) is not None else match.group(3))
        for match in _PARAM.finditer(value[:MAX_HEADER_CHARS])
    }
    return kind, params


def texts(head: dict[str, str], body: bytes, limit: int, *, raw_qp_html: bool = False) -> Texts:
    found = Texts()
    _walk(head, body, found, limit, 0, raw_qp_html)
    return found


def _walk(
    head: dict[str, str], body: bytes, found: Texts, limit: int, depth: int, raw_qp: bool
) -> None:
    if depth > MAX_DEPTH:
        found.too_deep = True
        return
    kind, params = content_type(head.get("content-type"))
    if kind.startswith("multipart/"):
        boundary = params.get("boundary")
        # Without its boundary (or with a boundary that never comes) a multipart has no
        # parts to read; the standard parser finds no text in it either.
        for part in _parts(body, boundary.encode("latin-1", "replace")) if boundary else []:
            part_head, part_body = split_head(part)
            _walk(headers(part_head), part_body, found, limit, depth + 1, raw_qp)
        return
    if kind == "message/rfc822":
        inner_head, inner_body = split_head(body)
        _walk(headers(inner_head), inner_body, found, limit, depth + 1, raw_qp)
        return
    disposition = head.get("content-disposition", "").lower()
    attachment = disposition.startswith("attachment")
    if kind in ("text/plain", "text/html") and not attachment:
        slot = "plain" if kind == "text/plain" else "html"
        encoding = head.get("content-transfer-encoding", "")
        quoted_printable = encoding.strip().lower() == "quoted-printable"
        first_html = found.html is None and found.html_qp is None
        if slot == "html" and raw_qp and quoted_printable and first_html:
            found.html_qp = body[: limit * 3]  # what decode() would decode
            found.html_charset = params.get("charset")
            return
        if getattr(found, slot) is None and (slot == "plain" or found.html_qp is None):
            data, broken = decode(body, encoding, limit)
            found.broken = found.broken or broken
            setattr(found, slot, data)
            setattr(found, f"{slot}_charset", params.get("charset"))
        return
    encoding = head.get("content-transfer-encoding", "").strip().lower()
    size = len(body) * 3 // 4 if encoding == "base64" else len(body)
    name = content_type(disposition.replace("attachment", "x", 1))[1].get("filename") or kind
    found.attachments.append((name, size))


def _parts(body: bytes, boundary: bytes) -> list[bytes]:
    delimiter = b"--" + boundary
    pieces = body.split(delimiter)
    parts = []
    for piece in pieces[1:]:
        if piece.startswith(b"--"):
            break  # the closing delimiter
        newline = piece.find(b"\n")
        if newline < 0:
            continue
        part = piece[newline + 1 :]
        # The line break before the next delimiter belongs to the delimiter.
        if part.endswith(b"\r\n"):
            part = part[:-2]
        elif part.endswith(b"\n"):
            part = part[:-1]
        parts.append(part)
    return parts


def decode(body: bytes, encoding: str, limit: int) -> tuple[bytes, bool]:
    """The part's bytes after its transfer encoding, at most `limit` of them; and whether
    the encoding was broken (what could be read is returned)."""
    encoding = encoding.strip().lower()
    if encoding == "base64":
        chunk = body[: limit * 4 // 3 + 4]
        cleaned = _NOT_BASE64.sub(b"", chunk)
        cleaned = cleaned[: len(cleaned) - len(cleaned) % 4]
        try:
            return binascii.a2b_base64(cleaned)[:limit], False
        except binascii.Error:
            return b"", True
    if encoding == "quoted-printable":
        return binascii.a2b_qp(body[: limit * 3])[:limit], False
    return body[:limit], False

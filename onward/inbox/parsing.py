"""From raw bytes to a `Mail`: the few headers Onward needs and the readable text.

Every message passes through `mime`, Onward's own MIME reader (one path, no fallback):
the standard library's parser is 1.5 to 3 times slower end to end and would miss the
import target (figures in docs/inbox.md). Only text parts are decoded, at most
MAX_TEXT_BYTES of each; attachments are never decoded and never kept.
"""

from __future__ import annotations

import binascii
import codecs
import datetime as dt
import email.utils
import hashlib
import re
from dataclasses import dataclass, field
from email.errors import HeaderParseError
from email.header import decode_header
from functools import lru_cache

from . import htmltext, mime
from .dates import parse_date
from .htmltext import html_text, reads_alone
from .mime import MAX_HEADER_CHARS

MAX_TEXT_BYTES = 64 * 1024
HUGE_ATTACHMENT_BYTES = 5 * 1024 * 1024

# Lines that start a forwarded message in the common mail apps, in our four languages.
FORWARD_MARK = re.compile(
    r"^[ \t>]*(?:-{2,}\s*(?:Forwarded message|Original Message|Weitergeleitete Nachricht"
    r"|Ursprüngliche Nachricht|Message transféré|Message d'origine|Mensaje reenviado"
    r"|Mensaje original)\s*-{2,}|Begin forwarded message:|Anfang der weitergeleiteten Nachricht:"
    r"|Début du message réexpédié :?)\s*$",
    re.IGNORECASE | re.MULTILINE,
)
FORWARD_SUBJECT = re.compile(r"^\s*(?:fwd?|wg|tr|rv|fw)\s*:", re.IGNORECASE)
# Where a reply's quoted history begins.
QUOTE_START = re.compile(
    r"^(?:On .{5,200}wrote:|Am .{5,200}schrieb .{0,200}:|Le .{5,200}a écrit\s*:"
    r"|El .{5,200}escribió:|-{3,}\s*Original Message\s*-{3,}|_{10,}|From: .+\n(?:Sent|Date): )",
    re.MULTILINE,
)
# "^-- ?$" and "^>", written to start with their literal (the ^ checked behind it) so that
# the regex engine finds them by a fast string search instead of trying every line's start.
SIGNATURE_DASHES = re.compile(r"--(?<=^--) ?$", re.MULTILINE)
_QUOTED_LINE = re.compile(r">(?<=^>)", re.MULTILINE)
ADDRESS = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")

# Spaces, and the invisible characters HTML templates pad their preheaders with
# ("&#847;&zwnj;&nbsp;" a few hundred times): a banner of them reads as one space.
_NOT_SPACE = r"\t\r\f\v\u00a0\u034f\u200b-\u200f\u2060\ufeff"  # ... that is not " "
_SPACE_SET = rf"[ {_NOT_SPACE}]"
# Only the runs that change (not each single space between two words): a tenth of the work.
# Either a run that starts with an invisible character, or a space followed by more: written
# to start with the set of both (same matches as rf"[{_NOT_SPACE}]{_SPACE_SET}*| {_SPACE_SET}+")
# so that the regex engine skips the letters between them.
_SPACES = re.compile(rf"[ {_NOT_SPACE}](?:(?<=[{_NOT_SPACE}]){_SPACE_SET}*|(?<= ){_SPACE_SET}+)")
# _SPACES.sub(" ", text) turns each run of those characters into one space; so does turning
# each of them into a space (str.replace, in C) and then each run of spaces into one: a
# regex that starts with a literal "  " is found by a fast string search. Three times faster.
_INVISIBLE = (
    "\t",
    "\r",
    "\f",
    "\v",
    "\u00a0",
    "\u034f",
    *map(chr, range(0x200B, 0x2010)),
    "\u2060",
    "\ufeff",
)
_RUN_OF_SPACES = re.compile("  +")


def _one_space(text: str) -> str:
    """`_SPACES.sub(" ", text)`, faster."""
    for char in _INVISIBLE:
        text = text.replace(char, " ")
    return _RUN_OF_SPACES.sub(" ", text)


# Two or more blank lines (as r"\n\s*\n\s*(?:\n\s*)+" found them, which the engine tried at
# every line break). In text whose lines are stripped, a \s next to a line break is one: \s
# and str.strip() both take what str.isspace() calls white space. So a run of three line
# breaks or more, a literal the engine finds by a fast search.
_BLANK_LINES = re.compile("\n\n\n+")


@dataclass(slots=True)
class Mail:
    """One message, as far as Onward reads it."""

    key: str  # for de-duplication: the Message-ID, or a hash of the message when it has none
    message_id: str
    date: dt.datetime | None
    subject: str
    sender_name: str
    sender_email: str
    text: str  # the new part of the message: quoted history and signature separator removed
    quoted: str = ""  # the quoted history, kept for extraction, never for the label
    links: list[str] = field(default_factory=list)
    bulk: bool = False  # sent to a list: List-Unsubscribe, List-Id or Precedence: bulk
    forwarded: bool = False
    reply_to: str = ""
    warnings: list[str] = field(default_factory=list)


class NotAnEmail(ValueError):
    """Bytes that have none of the headers an email has."""


NOT_AN_EMAIL = "it has no From, Date, Subject or Message-ID header, so it isn't an email"


def parse(raw: bytes, *, truncated: bool = False, size: int = 0) -> Mail:
    """`size` is the whole message's, when only its beginning (`raw`) was kept."""
    if not mime.looks_like_headers(raw):
        raise NotAnEmail(NOT_AN_EMAIL)
    block, body = mime.split_head(raw)
    head = mime.headers(block)
    if not any(head.get(name) for name in ("from", "date", "subject", "message-id")):
        raise NotAnEmail(NOT_AN_EMAIL)
    warnings: list[str] = []
    text, links = _readable(mime.texts(head, body, MAX_TEXT_BYTES, raw_qp_html=True), warnings)
    subject = header_text(head.get("subject"))
    if truncated:
        megabytes = f" ({size / (1024 * 1024):.0f} MB)" if size > len(raw) else ""
        warnings.append(f"very large{megabytes}: only its beginning was read, attachments skipped")
    if not text.strip() and not subject.strip():
        warnings.append("it is empty: no subject and no text")
    message_id = _clean_message_id(head.get("message-id"))
    sender_name, sender_email = address_of(head.get("from"))
    precedence = head.get("precedence", "").strip().lower()
    mail = Mail(
        key=message_id or _hash_key(head, body),
        message_id=message_id,
        date=parse_date(head.get("date")),
        subject=subject,
        sender_name=sender_name,
        sender_email=sender_email,
        text=text,
        links=links,
        bulk=bool(
            head.get("list-unsubscribe") or head.get("list-id") or precedence in _BULK_PRECEDENCE
        ),
        reply_to=address_of(head.get("reply-to"))[1],
        warnings=warnings,
    )
    _unwrap_forward(mail)
    _split_quoted(mail)
    return mail


_BULK_PRECEDENCE = {"bulk", "list", "junk"}


def _readable(found: mime.Texts, warnings: list[str]) -> tuple[str, list[str]]:
    """The readable text (plain preferred, else HTML made plain) and the HTML's links."""
    if found.broken:
        warnings.append("a part could not be decoded")
    if found.too_deep:
        warnings.append("parts nested too deep to read were skipped")
    for name, size in found.attachments:
        if size > HUGE_ATTACHMENT_BYTES:
            warnings.append(f"attachment {name} ({size // (1024 * 1024)} MB) skipped")
    markup, links = "", list[str]()
    if found.html_qp is not None:
        markup, links = html_text(_qp_html_of(found.html_qp, found.html_charset, warnings))
    elif found.html is not None:
        markup, links = html_text(_html_of(found.html, found.html_charset, warnings))
    if found.plain is not None:
        plain = text_of(found.plain, found.plain_charset, warnings)
        if plain.strip():
            return _tidy(plain), links
    return _tidy(markup), links


@lru_cache(maxsize=256)  # a few charsets, named the same way message after message
def _read_as_utf8(charset: str | None) -> bool:
    """Whether decode_bytes reads bytes in this charset as UTF-8 whenever they are UTF-8: no
    charset, one Python does not know, UTF-8 itself, or ASCII (which UTF-8 bytes then are, or
    else decode_bytes tries UTF-8 next)."""
    if not charset:
        return True
    try:
        codec = codecs.lookup(charset.strip().strip('"').lower()).name
    except (LookupError, ValueError):
        return True  # decode_bytes skips a charset it cannot look up
    return codec in ("utf-8", "ascii")


def _html_of(data: bytes, charset: str | None, warnings: list[str]) -> str | bytes:
    """`text_of(data, charset, warnings)`, or the bytes themselves when that text is their
    UTF-8 reading (html_text then cuts them, and never decodes or encodes them again)."""
    if _read_as_utf8(charset):
        try:
            data.decode("utf-8")  # valid: what decode_bytes gives, for these charsets
        except UnicodeDecodeError:
            return text_of(data, charset, warnings)
        _warn_unknown(charset, warnings)
        return data
    return text_of(data, charset, warnings)


_QP_MORE = 2048  # encoded bytes decoded next, when the first lines were not enough


def _qp_html_of(raw: bytes, charset: str | None, warnings: list[str]) -> str | bytes:
    """`_html_of` of the quoted-printable part `raw` decoded (as mime.decode does), but when
    it is read as UTF-8 only its first lines are decoded, as many as html_text reads (about
    half of an applicant-tracking template: its head, and 16 KB of its body). Whether the
    part is UTF-8 is then decided on those lines: a part that is valid UTF-8 there and broken
    further on reads as UTF-8, where decoding it whole read all of it as Windows-1252."""
    if _read_as_utf8(charset):
        # QP leaves "<body" as it is; a template's body takes 1.05-1.13 encoded bytes a
        # character (the benchmark's), and a few more lines are decoded when that is short.
        size = max(raw.find(b"<body"), 0) + htmltext.MAX_BODY_BYTES * 9 // 8
        lines, rest, at = b"", b"", 0  # decoded: whole lines, and the rest
        view = memoryview(raw)  # a2b_qp reads a slice of it without copying the bytes
        while size < len(raw):
            # Decoding stops and starts cleanly after an encoded line break, and a decoded one
            # ends a character: the lines decoded so far are the whole part's first lines.
            cut = raw.rfind(b"\n", at, size) + 1
            if cut > at:
                more = rest + binascii.a2b_qp(view[at:cut])
                at, end = cut, more.rfind(b"\n") + 1
                whole = more[:end]  # sliced once (b"" + whole is whole itself, not a copy)
                try:
                    whole.decode("utf-8")  # valid UTF-8, or read whole below
                except UnicodeDecodeError:
                    break  # broken in these lines, so in the whole part: read it whole
                lines, rest = lines + whole, more[end:]
                if len(lines) > MAX_TEXT_BYTES:
                    break  # mime.decode's cap: read it whole, and cut, as before
                if reads_alone(lines):
                    _warn_unknown(charset, warnings)
                    return lines
            size += _QP_MORE
    data, _ = mime.decode(raw, "quoted-printable", MAX_TEXT_BYTES)
    return _html_of(data, charset, warnings)


def text_of(data: bytes, charset: str | None, warnings: list[str]) -> str:
    """A text part's bytes as text, in its charset (or UTF-8, or Windows-1252)."""
    _warn_unknown(charset, warnings)
    return decode_bytes(data, charset)


def _warn_unknown(charset: str | None, warnings: list[str]) -> None:
    if charset and _unknown(charset):
        warnings.append(f"unknown charset {charset!r}, read as Windows-1252")


@lru_cache(maxsize=256)
def _unknown(charset: str) -> bool:
    try:
        "".encode(charset.strip().strip('"'))
    except (LookupError, ValueError):  # ValueError: a NUL in the name
        return True
    return False


_SIMPLE_ADDRESS = re.compile(r'^\s*(?:"?([^"<>@]*?)"?\s*)?<?([\w.+\'-]+@[\w.-]+)>?\s*$')


@lru_cache(maxsize=1024)  # a sender writes from the same From line message after message
def address_of(value: str | None) -> tuple[str, str]:
    # Cut first: the regex backtracks in time quadratic in the length of a crafted line.
    text = header_text(value)[:MAX_HEADER_CHARS]
    # Most From lines are `Name <a@b>` or `a@b`: a regex reads them ten times faster.
    if simple := _SIMPLE_ADDRESS.match(text):
        return (simple.group(1) or "").strip(), simple.group(2).lower()
    if "@" not in text and "<" not in text:
        # A name and no address ("From: Career Acme GmbH", as some exports and pasted mail
        # write it): the standard parser would take its first word for a local address.
        return text.strip().strip("'\"").strip(), ""
    name, address = _parseaddr(text)
    return name.strip().strip("'\"").strip(), address.strip().lower()


def _parseaddr(text: str) -> tuple[str, str]:
    try:
        return email.utils.parseaddr(text)
    except RecursionError:  # comments in comments, hundreds deep
        return "", ""


def parse_text(pasted: str) -> Mail:
    """A pasted email: headers are optional, so text without them is all body."""
    pasted = pasted.replace("\r\n", "\n").strip("\n")
    first = pasted.split("\n", 1)[0]
    if re.match(r"^[A-Za-z][\w-]*:\s", first):
        mail = parse(pasted.encode("utf-8"))
        if mail.text.strip() or mail.subject:
            return mail
    digest = hashlib.sha256(" ".join(pasted.split()).encode("utf-8")).hexdigest()
    mail = Mail(
        key=f"sha256:{digest}",
        message_id="",
        date=None,
        subject="",
        sender_name="",
        sender_email="",
        text=pasted,
    )
    _unwrap_forward(mail)
    _split_quoted(mail)
    return mail


_BRACKETED = re.compile(r"<([^<>\s]+)>")  # compiled once: re.search looks it up every call


def _clean_message_id(value: object) -> str:
    text = str(value or "").strip()
    match = _BRACKETED.search(text)
    return (match.group(1) if match else text.split()[0] if text else "")[:250]


def _hash_key(head: dict[str, str], body: bytes) -> str:
    # The same mail from an mbox and from IMAP differs in line endings and envelope,
    # so hash what the sender wrote: a few headers and the body, whitespace folded.
    fields = "|".join(head.get(name, "") for name in ("from", "date", "subject", "to"))
    folded = b" ".join(body[:MAX_TEXT_BYTES].split())
    return "sha256:" + hashlib.sha256(fields.encode("utf-8", "replace") + folded).hexdigest()


def header_text(value: str | None) -> str:
    """A header as text: RFC 2047 encoded words decoded, white space folded. (8-bit bytes
    were already read as UTF-8 or Windows-1252 by `mime.headers`.)"""
    text = value or ""
    if "=?" in text:
        try:
            pieces = []
            for chunk, charset in decode_header(text):
                if isinstance(chunk, bytes):
                    pieces.append(decode_bytes(chunk, charset))
                else:
                    pieces.append(chunk)
            text = "".join(pieces)
        except (ValueError, AssertionError, HeaderParseError):
            pass  # a broken encoded word is shown as written: the rest still reads
    # No database stores a NUL in text (PostgreSQL refuses it), and no person reads one.
    return " ".join(text.replace("\x00", "").split())


def decode_bytes(data: bytes, charset: str | None) -> str:
    for candidate in (charset, "utf-8"):
        if not candidate:
            continue
        try:
            return data.decode(candidate.strip().strip('"').lower())
        except (LookupError, UnicodeDecodeError, ValueError):
            continue
    # Wrong or unknown charset: Windows-1252 is what such mail nearly always is.
    return data.decode("cp1252", "replace")


def _tidy(text: str) -> str:
    if "\r" in text:  # one search, where the two replacements are two
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\x00", "")
    text = _one_space(text)
    text = "\n".join(map(str.strip, text.split("\n")))
    return _BLANK_LINES.sub("\n\n", text).strip()


# FORWARD_MARK and QUOTE_START start with ^ in multi-line mode, which the regex engine tries
# at every position of the text. The same patterns with "\n" for the ^, searched in "\n" +
# text, give the same matches one character later, and are found five times faster (by a
# fast search for the "\n").
_FORWARD_MARK_LINE = re.compile("\n" + FORWARD_MARK.pattern.removeprefix("^"), FORWARD_MARK.flags)
_QUOTE_START_LINE = re.compile("\n" + QUOTE_START.pattern.removeprefix("^"), QUOTE_START.flags)


def _line_match(pattern: re.Pattern[str], text: str) -> tuple[int, int] | None:
    """Where FORWARD_MARK or QUOTE_START (as _FORWARD_MARK_LINE...) first matches in text."""
    found = pattern.search("\n" + text)
    return (found.start(), found.end() - 1) if found else None


def _unwrap_forward(mail: Mail) -> None:
    """A rejection the user forwarded to themselves: read the original sender and text."""
    # "Original Message" also starts the quoted history of an Outlook reply: only a
    # forward's subject (or a pasted text with no subject) makes it a forward. Asked first:
    # most subjects say no, and the mark is then not looked for in the whole text.
    if mail.subject and not FORWARD_SUBJECT.match(mail.subject):
        return
    mark = _line_match(_FORWARD_MARK_LINE, mail.text)
    if mark is None:
        return
    if len(mail.text[: mark[0]].strip()) > 600:
        return
    inner = mail.text[mark[1] :].lstrip("\n")
    lines = inner.split("\n")
    headers: dict[str, str] = {}
    index = min(len(lines), 12)  # where the original text starts, after its headers
    for number, line in enumerate(lines[:12]):
        index = number
        stripped = line.lstrip("> ").strip()
        if not stripped:
            if headers:
                break
            continue
        name, sep, value = stripped.partition(":")
        key = name.strip().lower()
        if not sep or " " in key.strip():
            if headers:
                break
            continue
        headers[key] = value.strip()
        index = number + 1
    sender = headers.get("from") or headers.get("von") or headers.get("de")
    if not sender:
        return
    sender = sender[:MAX_HEADER_CHARS]
    name, address = _parseaddr(sender.replace("[mailto:", "<").replace("]", ">"))
    if not address:
        found = ADDRESS.search(sender)
        address = found.group(0) if found else ""
    mail.forwarded = True
    mail.sender_name = name.strip().strip("'\"") or mail.sender_name
    mail.sender_email = address.lower() or mail.sender_email
    inner_subject = headers.get("subject") or headers.get("betreff") or headers.get("objet")
    if inner_subject:
        mail.subject = inner_subject
    inner_date = headers.get("date") or headers.get("datum") or headers.get("sent")
    if inner_date and (when := parse_date(inner_date)):
        mail.date = when
    mail.text = "\n".join(
        line[1:].lstrip() if line.startswith(">") else line for line in lines[index:]
    )
    mail.text = mail.text.strip()


def _split_quoted(mail: Mail) -> None:
    """Keep the new text; the history below "On ... wrote:" says nothing about this reply."""
    text = mail.text
    cut = len(text)
    if found := _line_match(_QUOTE_START_LINE, text):
        cut = found[0]
    quoted_lines = _QUOTED_LINE.search(text)
    if quoted_lines and quoted_lines.start() < cut:
        cut = quoted_lines.start()
    if cut < len(text) and text[:cut].strip():
        mail.quoted = text[cut:]
        mail.text = text[:cut].rstrip()
    if dashes := SIGNATURE_DASHES.search(mail.text):
        # Kept: the signature names the company, but it follows the "-- " line.
        mail.text = mail.text[: dashes.start()] + mail.text[dashes.end() :]

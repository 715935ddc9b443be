"""HTML mail made plain: the words a person would read, line breaks where blocks end.

lxml (libxml2) parses in linear time whatever it is given; the regular expressions this
replaces took 16 s of CPU on a crafted 66 KB email, and the standard library's
html.parser is quadratic on some malformed input in the Python versions Onward supports.
libxml2 stops descending at 256 levels of nesting and drops what lies deeper: no real
mail nests that far, and a crafted one then costs nothing.

Speed, for the 20-60 KB templates applicant-tracking systems send: the <head> (a style
sheet of media queries) is cut off before parsing, only the first MAX_BODY_BYTES (16 KB of
UTF-8) of the body are parsed (the words that matter come first; the rest is legal footer, "similar
jobs" cards and quoted history), and the tree becomes text in one pass of a compiled XSLT
(C), not element by element in Python.
"""

from __future__ import annotations

import re

import lxml.etree

# Past this many bytes of UTF-8 an HTML part is not read at all.
MAX_HTML_BYTES = 128 * 1024
# ... and of the body (after <body>), only this much is parsed. The words that decide come
# first: in the heaviest templates we know (the benchmark's, inline CSS on every cell) 16 KB
# hold the letter and its signature (no label, company or role of theirs changes from 20 KB;
# some confidences move by 0.01-0.04, and a few next steps become surer). 32 KB were parsed
# before the fifth speed pass, 20 KB before the sixth (docs/inbox.md): 11% of the reading's
# cost, and no reading of the real sources' tuning parts or of the written set changed.
# Counted in bytes of UTF-8 since the ninth speed pass (characters before): UTF-8 mail is then
# cut as bytes, never counted by decoding; the cut comes a little earlier in accented text.
MAX_BODY_BYTES = 16 * 1024

# Characters XML cannot hold: lxml refuses text that contains them.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_BODY_BYTES = re.compile(rb"<body[\s>]", re.IGNORECASE)
_BODY_TEXT = re.compile(r"<body[\t\n\v\f\r >]", re.IGNORECASE | re.ASCII)  # the same, in text
_parser = lxml.etree.HTMLParser(
    encoding="utf-8", remove_comments=True, remove_pis=True, no_network=True
)
# Script, style, head and title say nothing to a reader; a <br> or <hr> ends a line, a block
# (p, div, tr, li, h1-h6, table) starts and ends one, a cell (td, th, span) and an image
# stand for a space.
_TO_TEXT = lxml.etree.XSLT(
    lxml.etree.XML(
        b"""<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
<xsl:output method="text" encoding="utf-8"/>
<xsl:template match="script|style|head|title"/>
<xsl:template match="br|hr"><xsl:text>&#10;</xsl:text><xsl:apply-templates/></xsl:template>
<xsl:template match="p|div|tr|li|h1|h2|h3|h4|h5|h6|table"><xsl:text>&#10;</xsl:text>"""
        b"""<xsl:apply-templates/><xsl:text>&#10;</xsl:text></xsl:template>
<xsl:template match="td|th|span"><xsl:text> </xsl:text><xsl:apply-templates/>"""
        b"""<xsl:text> </xsl:text></xsl:template>
<xsl:template match="img"><xsl:text> </xsl:text></xsl:template>
</xsl:stylesheet>"""
    )
)


# Compiled once, and giving plain strings: `root.xpath(...)` builds an evaluator on every call
# and "smart" strings that remember their element, three times the cost.
_HREFS = lxml.etree.XPath("//@href", smart_strings=False)

_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20)])

# A preheader's padding: the few words a mail app shows beside the subject are followed by a
# banner of invisible characters ("&#847;&zwnj;&nbsp;" a hundred times and more, or the same
# with spaces between) so that the app shows nothing of the body after them. Each of the
# three reads as a space once the text is tidied (parsing._one_space folds them), so a banner
# of one no-break space a unit gives the same text; libxml2 then reads two bytes instead of
# eighteen entity bytes, and the text holds no character past Latin-1 (cheaper to tidy and
# read). A no-break space, not a space: to libxml2 it is a character, not white space, as the
# three are, so it builds the same tree around it (white space before the <body> or after
# the </html> is dropped; a character there starts the body). U+034F (&#847;, the combining
# grapheme joiner) marks the banner: no language Onward reads writes one.
_PAD_MARK = b"&#847;"
_PADDING = (b"&#847;&zwnj;&nbsp;", b"&#847; &zwnj; &nbsp; ")
_NO_BREAK_SPACE = "\u00a0".encode()


def _without_padding(data: bytes) -> bytes:
    """`data` with each unit of a preheader's padding (above) made one no-break space, when
    its first unit is one of the forms in _PADDING (one search, and one replacement)."""
    at = data.find(_PAD_MARK)
    if at < 0:
        return data
    for unit in _PADDING:
        if data.startswith(unit, at):
            return data.replace(unit, _NO_BREAK_SPACE)
    return data


def _utf8(markup: str) -> bytes:
    """`markup` in UTF-8, for _utf8_cut. A lone surrogate cannot be encoded: only then does a
    regex remove what XML cannot hold first."""
    try:
        return markup.encode("utf-8")
    except UnicodeEncodeError:
        return _NOT_XML.sub("", markup).encode("utf-8")


def _text_cut(markup: str) -> bytes:
    """`_utf8_cut(_utf8(markup[:MAX_HTML_BYTES]))[0]`, for text in another charset than UTF-8,
    encoding only what lies before its <body> and as many characters after it as the cap
    has bytes (never fewer bytes): the same caps, in bytes, as UTF-8 mail has."""
    body = _BODY_TEXT.search(markup, 0, MAX_HTML_BYTES)  # the first, as in the bytes
    start = len(_utf8(markup[: body.start()])) if body else 0
    if start + 6 > MAX_HTML_BYTES:  # "<body" and one more byte past the bytes' cap: not found
        body, start = None, 0
    at = body.start() if body else 0
    chunk = _utf8(markup[at : min(at + MAX_BODY_BYTES, MAX_HTML_BYTES)])
    return _for_xml(chunk[: _character_start(chunk, min(MAX_BODY_BYTES, MAX_HTML_BYTES - start))])


def _for_xml(data: bytes) -> bytes:
    """The UTF-8 `data` without the characters XML cannot hold (lxml refuses them): UTF-8
    never uses an ASCII byte inside another character, so the control characters are deleted
    from the bytes in C; U+FFFE and U+FFFF are two fixed byte sequences."""
    if any(byte in data for byte in _CONTROL_BYTES):  # 29 memchr()s cost half a translate
        data = data.translate(None, _CONTROL_BYTES)
    if b"\xef" in data:  # the first byte of U+FFFE and U+FFFF (and of U+F000 to U+FFFD)
        data = data.replace(b"\xef\xbf\xbe", b"").replace(b"\xef\xbf\xbf", b"")
    return data


def _blank(data: bytes) -> bool:
    """`not data.decode("utf-8").strip()`, mostly without decoding: the control characters
    str.strip() also strips are gone already, so a first byte past the ASCII white space that
    is ASCII itself is a visible character."""
    rest = data.lstrip()
    if rest and rest[0] < 0x80:
        return False
    return not data.decode("utf-8").strip()


def _character_start(utf8: bytes, at: int) -> int:
    """Where the character of the UTF-8 `utf8` that holds byte `at` starts (`at` itself past
    the end): a cut there leaves whole characters."""
    while at < len(utf8) and 0x80 <= utf8[at] < 0xC0:
        at -= 1  # a continuation byte: the character started before it
    return at


def _utf8_cut(utf8: bytes) -> tuple[bytes, bool]:
    """From the first <body> of the valid UTF-8 markup `utf8` (or its start), MAX_BODY_BYTES
    bytes, cut back to a whole character, without what XML cannot hold; and whether a <body>
    was found."""
    cap = min(len(utf8), MAX_HTML_BYTES)
    body = _BODY_BYTES.search(utf8, 0, cap)
    start = body.start() if body else 0
    data = utf8[start : _character_start(utf8, min(start + MAX_BODY_BYTES, cap))]
    return _for_xml(data), body is not None


def reads_alone(utf8: bytes) -> bool:
    """Whether html_text reads the UTF-8 markup `utf8` as it reads every longer markup that
    starts with it: its <body> (the first) and the MAX_BODY_BYTES after it are in it, or
    MAX_HTML_BYTES bytes."""
    if len(utf8) >= MAX_HTML_BYTES:
        return True
    body = _BODY_BYTES.search(utf8)
    return body is not None and body.start() + MAX_BODY_BYTES <= len(utf8)


def html_text(markup: str | bytes) -> tuple[str, list[str]]:
    """The text of an HTML document (not tidied), and every href in it, in order. `markup`
    as text, or as bytes when the caller has it in valid UTF-8 (the bytes it was decoded
    from): then it is cut as bytes, never decoded or encoded."""
    data = _utf8_cut(markup)[0] if isinstance(markup, bytes) else _text_cut(markup)
    data = _without_padding(data)  # after the cap: the same text, once tidied

    if _blank(data):
        return "", []
    try:
        root = lxml.etree.fromstring(data, parser=_parser)
    except (lxml.etree.ParserError, lxml.etree.XMLSyntaxError, ValueError):
        return "", []
    if root is None:
        return "", []
    links = list(filter(None, map(str.strip, _HREFS(root))))  # the non-empty ones, stripped
    return str(_TO_TEXT(root)), links

"""HTML mail made plain: the words a person would read, line breaks where blocks end.

lxml (libxml2) parses in linear time whatever it is given; the regular expressions this
replaces took 16 s of CPU on a crafted 66 KB email, and the standard library's
html.parser is quadratic on some malformed input in the Python versions Onward supports.
libxml2 stops descending at 256 levels of nesting and drops what lies deeper: no real
mail nests that far, and a crafted one then costs nothing.
"""

from __future__ import annotations

import re

import lxml.etree
import lxml.html

# Past this many characters an HTML part is not read: the words that matter come first.
MAX_HTML_CHARS = 128 * 1024

_INVISIBLE = ("script", "style", "head", "title")
_LINE = ("br", "hr")  # one line break, where the element stands
_BLOCK = ("p", "div", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table")
_CELL = ("td", "th", "span")
# Characters XML cannot hold: lxml refuses text that contains them.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_parser = lxml.html.HTMLParser(
    encoding="utf-8", remove_comments=True, remove_pis=True, no_network=True
)


def html_text(markup: str) -> tuple[str, list[str]]:
    """The text of an HTML document (not tidied), and every href in it, in order."""
    markup = _NOT_XML.sub("", markup[:MAX_HTML_CHARS])
    if not markup.strip():
        return "", []
    try:
        root = lxml.html.document_fromstring(markup.encode("utf-8"), parser=_parser)
    except (lxml.etree.ParserError, ValueError):
        return "", []
    links = [str(link).strip() for link in root.xpath("//@href") if str(link).strip()]
    for element in list(root.iter(*_INVISIBLE)):
        element.drop_tree()
    for element in root.iter(*_LINE):
        element.tail = "\n" + (element.tail or "")
    for element in root.iter("img"):
        element.tail = " " + (element.tail or "")
    for tags, mark in ((_BLOCK, "\n"), (_CELL, " ")):
        for element in root.iter(*tags):
            element.text = mark + (element.text or "")
            element.tail = mark + (element.tail or "")
    return str(root.text_content()), links

"""Blank lines are folded by a search for three line breaks in the stripped lines: the same
text as the pattern that allowed white space around them, for every character and on the
text of every tuning, written and benchmark message."""

from __future__ import annotations

import random
import re
import sys

from onward.inbox import mime, parsing
from onward.inbox.htmltext import html_text
from onward.inbox.tests.known_mail import raw_messages

_OLD_BLANK_LINES = re.compile(r"\n\s*\n\s*(?:\n\s*)+")


def _old_tidy(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    text = parsing._one_space(text)
    text = "\n".join(map(str.strip, text.split("\n")))
    return _OLD_BLANK_LINES.sub("\n\n", text).strip()


def test_what_backslash_s_matches_is_what_strip_removes() -> None:
    space = re.compile(r"\s")
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        assert (space.fullmatch(char) is not None) == (char.strip() == ""), hex(code)


def _texts() -> list[str]:
    raws = raw_messages(200)
    texts = []
    for raw in raws:
        block, body = mime.split_head(raw)
        found = mime.texts(mime.headers(block), body, parsing.MAX_TEXT_BYTES)
        if found.plain is not None:
            texts.append(parsing.decode_bytes(found.plain, found.plain_charset))
        if found.html is not None:
            texts.append(html_text(parsing.decode_bytes(found.html, found.html_charset))[0])
    return texts


def test_every_message_text_is_tidied_the_same() -> None:
    texts = _texts()
    assert len(texts) > 700
    for text in texts:
        assert parsing._tidy(text) == _old_tidy(text)


def test_made_up_texts_are_tidied_the_same() -> None:
    rng = random.Random(3)
    pieces = ["\n", "\r\n", " ", "\t", "\xa0", "\u2028", "\u3000", "\x1c", "\u034f", "a", "b c"]
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 25)))
        assert parsing._tidy(text) == _old_tidy(text), repr(text)

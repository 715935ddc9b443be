"""HTML in UTF-8 is cut as bytes, never decoded or encoded: MAX_BODY_BYTES of UTF-8 from its
<body>, back to a whole character. Text in another charset is encoded and cut the same way,
so the text and links are the same from the bytes as from the decoded text, on every HTML
part of the tuning messages, our written set and the benchmark, and at every kind of
character boundary (one to four bytes) with the caps made small enough to land on them."""

from __future__ import annotations

import random

import pytest

from onward.inbox import htmltext, mime, parsing
from onward.inbox.htmltext import html_text
from onward.inbox.tests.known_mail import raw_messages


def _html_parts() -> list[str]:
    raws = raw_messages(200)
    parts = []
    for raw in raws:
        block, body = mime.split_head(raw)
        found = mime.texts(mime.headers(block), body, parsing.MAX_TEXT_BYTES)
        if found.html is not None:
            parts.append(parsing.decode_bytes(found.html, found.html_charset))
    return parts


def test_every_html_part_reads_the_same_from_its_bytes() -> None:
    parts = _html_parts()
    assert len(parts) > 150
    for markup in parts:
        assert html_text(markup.encode("utf-8")) == html_text(markup)


@pytest.mark.parametrize("body_chars", [1, 2, 3, 5, 8, 13, 34, 55])
def test_a_cut_at_any_character_reads_the_same(
    body_chars: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(htmltext, "MAX_BODY_BYTES", body_chars)
    monkeypatch.setattr(htmltext, "MAX_HTML_BYTES", 40)
    rng = random.Random(body_chars)
    pieces = ["a", "é", "€", "😀", "<p>", "</p>", "<body>", " ", "\x01", "\ufffe", "\uffff"]
    pieces += ["<BODY\t", "<body\x0b", "<body\xa0", "<bodyx>", "k"]
    for _ in range(3000):
        markup = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 30)))
        assert html_text(markup.encode("utf-8")) == html_text(markup), markup
        data, _ = htmltext._utf8_cut(markup.encode("utf-8"))
        assert len(data) <= body_chars
        data.decode("utf-8")  # whole characters: no error


def test_the_cap_counts_bytes_and_keeps_whole_characters(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(htmltext, "MAX_BODY_BYTES", 12)
    # "<body>" is 6 bytes, "é" 2, "€" 3: 6 + 2 + 3 = 11 bytes, and "😀" (4) would pass 12.
    for markup in ("<body>é€😀xyz", "<BODY>é€😀xyz", "<head>ü</head><body>é€😀xyz"):
        body = markup.index("é") - 6
        assert htmltext._utf8_cut(markup.encode("utf-8")) == (
            markup[body : body + 8].encode("utf-8"),
            True,
        )
        assert html_text(markup.encode("utf-8")) == ("é€", [])
        assert html_text(markup) == ("é€", [])
    assert htmltext._utf8_cut("ab😀".encode()) == ("ab😀".encode(), False)  # no <body>: from 0


def test_the_bytes_are_used_only_when_the_text_is_their_utf8_reading() -> None:
    warnings: list[str] = []
    assert parsing._html_of("é".encode(), "utf-8", warnings) == "é".encode()
    assert parsing._html_of("é".encode(), None, warnings) == "é".encode()
    assert parsing._html_of(b"caf\xe9", "utf-8", warnings) == "café"  # Windows-1252
    assert parsing._html_of(b"caf\xe9", "iso-8859-1", warnings) == "café"
    assert parsing._html_of("é".encode(), "x-nonsense", warnings) == "é".encode()
    assert warnings == ["unknown charset 'x-nonsense', read as Windows-1252"]

"""A preheader's padding ("&#847;&zwnj;&nbsp;" a hundred times, or with spaces between) is
given to libxml2 as one no-break space a unit: the text, once tidied, and the links are the same as
when libxml2 reads every entity, on every HTML part of the tuning messages, our written set
and the benchmark, and on made-up markup with the padding anywhere text can stand."""

from __future__ import annotations

import random

import pytest

from onward.inbox import htmltext, mime, parsing
from onward.inbox.htmltext import html_text
from onward.inbox.tests.known_mail import raw_messages


def _read(markup: str) -> tuple[str, list[str]]:
    text, links = html_text(markup.encode("utf-8"))
    return parsing._tidy(text), links


def _read_every_entity(markup: str, monkeypatch: pytest.MonkeyPatch) -> tuple[str, list[str]]:
    with monkeypatch.context() as patch:
        patch.setattr(htmltext, "_without_padding", lambda data: data)
        return _read(markup)


def _html_parts() -> list[str]:
    parts = []
    for raw in raw_messages(200):
        block, body = mime.split_head(raw)
        found = mime.texts(mime.headers(block), body, parsing.MAX_TEXT_BYTES)
        if found.html is not None:
            parts.append(parsing.decode_bytes(found.html, found.html_charset))
    return parts


def test_every_known_html_part_reads_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    parts = _html_parts()
    padded = [markup for markup in parts if "&#847;" in markup]
    assert len(parts) > 150 and len(padded) > 50  # the benchmark's templates, one real one
    for markup in parts:
        assert _read(markup) == _read_every_entity(markup, monkeypatch)


def test_padding_anywhere_text_stands_reads_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(12)
    pieces = [
        "Thank you",
        "for applying",
        " ",
        "\n",
        "<p>",
        "</p>",
        "<div>",
        "</div>",
        "<td>",
        "<span>",
        "</span>",
        "<b>",
        "</b>",
        "<br>",
        '<a href="https://jobs.example/x">',
        "</a>",
        "&#847;&zwnj;&nbsp;",
        "&#847;&zwnj;&nbsp;" * 5,
        "&#847; &zwnj; &nbsp; ",
        "&#847; &zwnj; &nbsp; &#8199; &shy; " * 3,
        "&#847;",
        "&zwnj;",
        "&nbsp;",
        "&amp;#847;&zwnj;&nbsp;",
        "<!-- &#847;&zwnj;&nbsp; -->",
        "<style>&#847;&zwnj;&nbsp;</style>",
        "é",
        "<table>",
        "<tr>",
        "</table>",
        "<head>",
        "<title>",
        "</body>",
        "</html>",
        "<body>",
        "<blockquote><html><head><style>x</style></head><body>",
    ]
    for _ in range(2000):
        markup = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 25)))
        for whole in (markup, "<html><body>" + markup, "<body>" + markup):
            assert _read(whole) == _read_every_entity(whole, monkeypatch), whole


def test_each_unit_becomes_one_no_break_space_and_other_banners_stay() -> None:
    unit, nbsp = b"&#847;&zwnj;&nbsp;", "\u00a0".encode()
    assert htmltext._without_padding(b"<div>Hi" + unit * 3 + b"</div>") == b"<div>Hi%s</div>" % (
        nbsp * 3
    )
    spaced = b"&#847; &zwnj; &nbsp; &#8199; &shy; "
    assert htmltext._without_padding(spaced * 2) == (nbsp + b"&#8199; &shy; ") * 2
    # The first unit decides which form is replaced; anything else is left for libxml2.
    assert htmltext._without_padding(b"&zwnj;&nbsp;" * 3) == b"&zwnj;&nbsp;" * 3
    assert htmltext._without_padding(b"&#847;&#847;&zwnj;&nbsp;") == b"&#847;&#847;&zwnj;&nbsp;"


def test_a_document_of_padding_alone_has_no_text() -> None:
    assert _read("&#847;&zwnj;&nbsp;" * 40) == ("", [])
    assert _read("<body>" + "&#847;&zwnj;&nbsp;" * 40) == ("", [])

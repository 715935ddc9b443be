"""Feeds as feedparser reads them: every RSS and Atom version, their dates and encodings,
and what a hostile server may send (entity bombs, broken XML, bytes that name a file)."""

from __future__ import annotations

import datetime as dt
import socket
import time
from pathlib import Path
from typing import Any

import pytest

from onward.watch.models import Board, Posting
from onward.watch.poller import poll_cycle
from onward.watch.services import WatchInput, save_watch
from onward.watch.sources import SOURCES, SourceError
from onward.watch.sources.base import Page

from .fakeboards import FakeBoards, Job, rss_feed

NINE_AM = dt.datetime(2026, 3, 2, 9, tzinfo=dt.UTC)
GUARD_SECONDS = 2.0  # against runaway expansion, not a benchmark


def read(body: bytes) -> Page:
    return SOURCES["feed"].parse("https://acme.example/jobs.rss", body, "")


def rss(items: str, *, declaration: str = "<?xml version='1.0' encoding='utf-8'?>") -> bytes:
    return (
        f"{declaration}<rss version='2.0'><channel><title>Acme</title>{items}</channel></rss>"
    ).encode()


def test_rss_1_items_keep_their_rdf_about_and_dublin_core_date() -> None:
    page = read(
        b"<?xml version='1.0'?><rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'"
        b" xmlns='http://purl.org/rss/1.0/' xmlns:dc='http://purl.org/dc/elements/1.1/'>"
        b"<channel rdf:about='https://acme.example/'><title>Acme jobs</title></channel>"
        b"<item rdf:about='https://acme.example/j/7'><title>Data Analyst</title>"
        b"<link>https://acme.example/j/7</link><dc:date>2026-03-02T09:00:00Z</dc:date></item>"
        b"</rdf:RDF>"
    )
    (found,) = page.postings
    assert (found.title, found.url, found.posted_at) == (
        "Data Analyst",
        "https://acme.example/j/7",
        NINE_AM,
    )
    assert page.company == "Acme jobs"


def test_atom_0_3_is_read_like_atom_1_0() -> None:
    page = read(
        b"<?xml version='1.0' encoding='utf-8'?><feed version='0.3'"
        b" xmlns='http://purl.org/atom/ns#'><title>Acme jobs</title>"
        b"<entry><title>Analytics Engineer</title><id>tag:acme.example,2026:42</id>"
        b"<link rel='alternate' type='text/html' href='https://acme.example/j/42'/>"
        b"<issued>2026-03-02T09:00:00Z</issued><modified>2026-03-03T09:00:00Z</modified>"
        b"</entry></feed>"
    )
    (found,) = page.postings
    assert (found.vendor_id, found.url) == ("tag:acme.example,2026:42", "https://acme.example/j/42")
    assert found.posted_at == NINE_AM


def test_rss_0_91_has_no_guid_so_the_link_names_the_item() -> None:
    page = read(
        b"<?xml version='1.0'?><rss version='0.91'><channel><title>Acme</title>"
        b"<item><title>BI Developer</title><link>https://acme.example/j/3</link></item>"
        b"</channel></rss>"
    )
    assert [(p.vendor_id, p.title) for p in page.postings] == [
        ("https://acme.example/j/3", "BI Developer")
    ]


@pytest.mark.parametrize(
    "date",
    [
        "<pubDate>Mon, 02 Mar 2026 09:00:00 GMT</pubDate>",
        "<pubDate>Mon, 2 Mar 2026 10:00:00 +0100</pubDate>",
        "<pubDate>2 Mar 2026 09:00 +0000</pubDate>",
        "<pubDate>Mon, 02 Mar 2026 04:00:00 EST</pubDate>",
        "<pubDate>2026-03-02T09:00:00Z</pubDate>",
        "<pubDate>2026-03-02T10:00:00+01:00</pubDate>",
        "<pubDate>Mon Mar  2 09:00:00 2026</pubDate>",
        "<dc:date xmlns:dc='http://purl.org/dc/elements/1.1/'>2026-03-02T09:00Z</dc:date>",
    ],
)
def test_the_date_formats_feeds_use_all_mean_the_same_moment(date: str) -> None:
    (found,) = read(rss(f"<item><title>Analyst</title><guid>1</guid>{date}</item>")).postings
    assert found.posted_at == NINE_AM


def test_an_unreadable_date_leaves_the_posting_undated() -> None:
    item = "<item><title>Analyst</title><guid>1</guid><pubDate>soon</pubDate></item>"
    (found,) = read(rss(item)).postings
    assert found.title == "Analyst" and found.posted_at is None


@pytest.mark.parametrize("charset", ["iso-8859-1", "windows-1252", "utf-16"])
def test_a_feed_in_another_encoding_is_read_in_its_declared_encoding(charset: str) -> None:
    declaration = f"<?xml version='1.0' encoding='{charset}'?>"
    dash = "-" if charset == "iso-8859-1" else "\u2013"  # Latin-1 has no en dash
    document = (
        f"{declaration}<rss version='2.0'><channel><title>Café Müller</title><item>"
        f"<title>Barista {dash} Köln</title><guid>1</guid><location>Köln</location></item>"
        "</channel></rss>"
    )
    page = read(document.encode(charset))
    (found,) = page.postings
    assert found.title == f"Barista {dash} Köln"
    assert (found.location, page.company) == ("Köln", "Café Müller")


def test_a_location_in_a_namespace_is_found() -> None:
    (found,) = read(
        b"<rss version='2.0' xmlns:job='https://jobs.example/ns'><channel><title>A</title>"
        b"<item><title>Analyst</title><guid>1</guid><job:location>Remote, EU</job:location>"
        b"<category>Data</category></item></channel></rss>"
    ).postings
    assert (found.location, found.remote, found.department) == ("Remote, EU", True, "Data")


def test_a_feed_with_one_broken_tag_still_gives_its_items() -> None:
    page = read(rss("<item><title>Analyst</title><guid>1</guid><b></item>"))
    assert [p.title for p in page.postings] == ["Analyst"]


@pytest.mark.parametrize(
    "body",
    [
        b"<?xml version='1.0'?><rss version='2.0'><channel><title>Acme</title><item><ti",
        b"<?xml version='1.0'?><rss version='2.0'><channel><title>Acme</title></chan",
    ],
    ids=["cut off in an item", "cut off in the channel"],
)
def test_a_malformed_feed_without_items_is_a_clear_source_error(body: bytes) -> None:
    with pytest.raises(SourceError, match="isn't readable XML"):
        read(body)


def test_an_encoding_name_feedparser_chokes_on_is_a_source_error() -> None:
    # feedparser itself raises ValueError here ("embedded null character").
    declaration = "<?xml version='1.0' encoding='\x00'?>"
    with pytest.raises(SourceError, match="isn't readable"):
        read(rss("<item><title>A</title></item>", declaration=declaration))


@pytest.mark.parametrize(
    "body",
    [b"", b"\x00\x01\x02", b'{"jobs": []}', b"<html><body>Jobs</body></html>", b"not xml"],
    ids=["empty", "binary", "json", "html", "words"],
)
def test_what_is_not_a_feed_is_named_as_such(body: bytes) -> None:
    with pytest.raises(SourceError, match="doesn't answer with an RSS or Atom feed"):
        read(body)


def laughs(newline: bytes) -> bytes:
    entities = [b'<!ENTITY l0 "lol">'] + [
        b'<!ENTITY l%d "%s">' % (n, b"".join(b"&l%d;" % (n - 1) for _ in range(10)))
        for n in range(1, 10)
    ]
    return newline.join(
        [
            b"<?xml version='1.0'?>",
            b"<!DOCTYPE rss [",
            *entities,
            b"]>",
            b"<rss version='2.0'><channel><item><title>&l9;</title><guid>1</guid></item>"
            b"</channel></rss>",
        ]
    )


QUADRATIC = (
    b'<?xml version="1.0"?>\n<!DOCTYPE rss [\n<!ENTITY a "'
    + b"x" * 10_000
    + b'">\n]>\n<rss version="2.0"><channel><item><title>'
    + b"&a;" * 20_000
    + b"</title><guid>1</guid></item></channel></rss>"
)
HOSTILE = {
    "billion laughs": laughs(b"\n"),
    "billion laughs on one line": laughs(b""),
    "quadratic blowup": QUADRATIC,
    "quadratic blowup in broken XML": QUADRATIC.replace(b"</title>", b"</title><<>"),
    "billion laughs in UTF-16": laughs(b"\n")
    .replace(b"'1.0'?>", b"'1.0' encoding='utf-16'?>")
    .decode()
    .encode("utf-16"),
    "an external entity": b"<?xml version='1.0'?>\n<!DOCTYPE rss [\n"
    b'<!ENTITY x SYSTEM "file:///etc/passwd">\n]>\n'
    b"<rss version='2.0'><channel><item><title>&x;</title><guid>1</guid></item></channel></rss>",
}


@pytest.mark.parametrize("body", HOSTILE.values(), ids=HOSTILE.keys())
def test_a_feed_that_declares_entities_is_refused_at_once(body: bytes) -> None:
    started = time.process_time()
    with pytest.raises(SourceError, match="declares XML entities"):
        read(body)
    assert time.process_time() - started < GUARD_SECONDS


def test_an_external_dtd_is_not_fetched_and_its_entities_stay_unknown(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def no_network(*args: Any) -> None:
        raise AssertionError("feedparser tried to connect")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    page = read(
        b"<?xml version='1.0'?>\n<!DOCTYPE rss SYSTEM 'http://evil.example/rss.dtd'>\n"
        b"<rss version='2.0'><channel><item><title>A &evil; B</title><guid>1</guid></item>"
        b"</channel></rss>"
    )
    assert [p.title for p in page.postings] == ["A &evil; B"]


@pytest.mark.parametrize("kind", ["url", "path"])
def test_bytes_that_name_a_url_or_a_file_are_never_followed(
    kind: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    local = tmp_path / "feed.xml"
    local.write_bytes(rss_feed([Job("9", "Secret Local Job")]))
    body = b"https://acme.example/other.rss" if kind == "url" else str(local).encode()

    def no_network(*args: Any) -> None:
        raise AssertionError("feedparser tried to connect")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    with pytest.raises(SourceError, match="doesn't answer with an RSS or Atom feed"):
        read(body)


@pytest.mark.django_db
def test_a_malformed_feed_fails_its_board_and_keeps_its_postings(
    alice: Any, boards: FakeBoards
) -> None:
    url = boards.feed("/careers/feed.xml", rss_feed([Job("5001", "Senior Data Analyst")]))
    save_watch(alice, WatchInput(company="Acme", careers_url=url))
    poll_cycle(force=True)
    boards.feed("/careers/feed.xml", b"<?xml version='1.0'?><rss version='2.0'><channel><ti")
    assert poll_cycle(force=True).outcomes["failed"] == 1
    board = Board.objects.get()
    assert "isn't readable XML" in board.last_error
    assert Posting.objects.get().closed_at is None

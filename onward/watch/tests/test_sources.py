"""Each vendor's documented answer becomes the same postings, and careers URLs name boards."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from onward.watch.sources import SOURCES, SourceError, recognise

from .fakeboards import (
    Job,
    ashby_board,
    atom_feed,
    greenhouse_jobs,
    lever_postings,
    rss_feed,
    smartrecruiters_posting,
    workable_account,
)

JOBS = [
    Job("4001", "Senior Data Analyst", "London"),
    Job("4002", "Analytics Engineer", "Remote", remote=True),
]


@pytest.mark.parametrize(
    ("url", "vendor", "token"),
    [
        ("https://boards.greenhouse.io/acme", "greenhouse", "acme"),
        ("https://job-boards.greenhouse.io/acme/jobs/4001", "greenhouse", "acme"),
        ("boards.greenhouse.io/acme", "greenhouse", "acme"),
        ("https://boards.greenhouse.io/embed/job_board?for=acme", "greenhouse", "acme"),
        ("https://boards-api.greenhouse.io/v1/boards/acme/jobs", "greenhouse", "acme"),
        ("https://jobs.lever.co/acme-analytics/", "lever", "acme-analytics"),
        ("https://jobs.ashbyhq.com/Acme", "ashby", "Acme"),
        ("https://careers.smartrecruiters.com/AcmeLtd", "smartrecruiters", "AcmeLtd"),
        ("https://jobs.smartrecruiters.com/AcmeLtd/743999", "smartrecruiters", "AcmeLtd"),
        ("https://apply.workable.com/acme/", "workable", "acme"),
        ("https://acme.workable.com", "workable", "acme"),
        ("https://apply.workable.com/api/v1/widget/accounts/acme", "workable", "acme"),
        ("https://jobs.ashbyhq.com/acme/embed?version=2", "ashby", "acme"),
        ("https://acme.example/careers/feed.xml", "feed", "https://acme.example/careers/feed.xml"),
        ("https://acme.example/jobs.rss", "feed", "https://acme.example/jobs.rss"),
        ("https://acme.example/jobs?format=rss", "feed", "https://acme.example/jobs?format=rss"),
    ],
)
def test_a_careers_url_names_its_board(url: str, vendor: str, token: str) -> None:
    found = recognise(url)
    assert found is not None
    assert (found.vendor, found.token) == (vendor, token)


@pytest.mark.parametrize(
    "url",
    [
        "",
        "https://acme.example/careers",
        "https://boards.greenhouse.io/",
        "https://boards.greenhouse.io/embed/job_board",
        "https://apply.workable.com/j/ABC123",
        "https://apply.workable.com/api/v1/widget/accounts/",
        "ftp://acme.example/jobs.rss",
        "https://jobs.lever.co/<script>",
    ],
)
def test_urls_that_name_no_board_are_not_guessed(url: str) -> None:
    assert recognise(url) is None


def test_the_user_can_say_which_board_it_is() -> None:
    assert recognise("acme", "lever") == recognise("https://jobs.lever.co/acme")
    found = recognise("https://acme.example/careers", "feed")
    assert found is not None and found.token == "https://acme.example/careers"
    assert recognise("https://acme.example/careers", "lever") is None
    assert recognise("acme", "nonsense") is None


def _parse(vendor: str, token: str, body: bytes, url: str = "") -> list[tuple[str, ...]]:
    page = SOURCES[vendor].parse(token, body, url or SOURCES[vendor].first_url(token))
    return [(p.vendor_id, p.title, p.location, str(p.remote)) for p in page.postings]


def test_greenhouse_jobs() -> None:
    page = SOURCES["greenhouse"].parse("acme", greenhouse_jobs("acme", JOBS), "")
    first = page.postings[0]
    assert first.vendor_id == "4001"
    assert first.url == "https://job-boards.greenhouse.io/acme/jobs/4001"
    assert first.posted_at == dt.datetime(2026, 3, 2, 9, tzinfo=dt.UTC)
    assert [(p.location, p.remote) for p in page.postings] == [
        ("London", False),
        ("Remote", True),
    ]
    assert page.next_url is None


def test_lever_postings_page_with_skip_and_limit() -> None:
    lever = SOURCES["lever"]
    many = [Job(f"id-{n}", f"Analyst {n}") for n in range(100)]
    body = json.dumps(lever_postings("acme", many)).encode()
    page = lever.parse("acme", body, lever.first_url("acme"))
    assert len(page.postings) == 100
    assert page.next_url is not None and "skip=100" in page.next_url
    last = lever.parse("acme", json.dumps(lever_postings("acme", JOBS)).encode(), page.next_url)
    assert last.next_url is None
    assert last.postings[1].remote is True
    assert last.postings[0].url == "https://jobs.lever.co/acme/4001"
    assert last.postings[0].department == "Data"


def test_ashby_skips_unlisted_jobs() -> None:
    data = json.loads(ashby_board("acme", JOBS))
    data["jobs"][0]["isListed"] = False
    assert _parse("ashby", "acme", json.dumps(data).encode()) == [
        ("4002", "Analytics Engineer", "Remote", "True")
    ]


def test_smartrecruiters_pages_until_total_found() -> None:
    source = SOURCES["smartrecruiters"]
    body = json.dumps(
        {
            "offset": 0,
            "limit": 1,
            "totalFound": 2,
            "content": [smartrecruiters_posting("AcmeLtd", JOBS[0])],
        }
    ).encode()
    page = source.parse("AcmeLtd", body, source.first_url("AcmeLtd"))
    assert page.postings[0].location == "London, England, GB"
    assert page.postings[0].url == "https://jobs.smartrecruiters.com/AcmeLtd/4001"
    assert page.company == "Acmeltd"
    assert page.next_url is not None and "offset=1" in page.next_url


def test_workable_account_widget() -> None:
    page = SOURCES["workable"].parse("acme", workable_account("acme", JOBS), "")
    assert [(p.vendor_id, p.location, p.remote) for p in page.postings] == [
        ("4001", "London, England, United Kingdom", False),
        ("4002", "Remote, England, United Kingdom", True),
    ]
    assert page.postings[0].posted_at is not None
    assert page.company == "Acme"


@pytest.mark.parametrize("body", [rss_feed(JOBS), atom_feed(JOBS)])
def test_rss_and_atom_feeds(body: bytes) -> None:
    page = SOURCES["feed"].parse("https://acme.example/jobs.rss", body, "")
    assert [p.title for p in page.postings] == ["Senior Data Analyst", "Analytics Engineer"]
    assert page.postings[0].url == "https://example.org/jobs/4001"
    assert page.postings[0].posted_at == dt.datetime(2026, 3, 2, 9, tzinfo=dt.UTC)


def test_rss_1_rdf_feed() -> None:
    body = (
        b"<?xml version='1.0'?><rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'"
        b" xmlns='http://purl.org/rss/1.0/'><channel><title>Jobs</title></channel>"
        b"<item><title>Data Analyst</title><link>https://example.org/j/1</link></item>"
        b"</rdf:RDF>"
    )
    page = SOURCES["feed"].parse("https://acme.example/feed", body, "")
    assert [(p.vendor_id, p.title) for p in page.postings] == [
        ("https://example.org/j/1", "Data Analyst")
    ]


@pytest.mark.parametrize("vendor", ["greenhouse", "lever", "ashby", "smartrecruiters", "workable"])
def test_malformed_json_is_a_source_error(vendor: str) -> None:
    with pytest.raises(SourceError, match="valid JSON"):
        SOURCES[vendor].parse("acme", b'{"jobs": [', "")


@pytest.mark.parametrize(
    ("vendor", "body"),
    [
        ("greenhouse", b'{"jobs": {"id": 1}}'),
        ("greenhouse", b"[]"),
        ("lever", b'{"postings": []}'),
        ("smartrecruiters", b'{"content": null}'),
        ("workable", b'"hello"'),
    ],
)
def test_the_wrong_shape_is_a_source_error(vendor: str, body: bytes) -> None:
    with pytest.raises(SourceError):
        SOURCES[vendor].parse("acme", body, "")


def test_empty_boards_have_no_postings() -> None:
    assert _parse("greenhouse", "acme", greenhouse_jobs("acme", [])) == []
    assert _parse("lever", "acme", b"[]") == []
    assert _parse("workable", "acme", workable_account("acme", [])) == []


def test_a_feed_with_an_entity_bomb_is_refused() -> None:
    bomb = (
        b"<?xml version='1.0'?><!DOCTYPE r [<!ENTITY a 'aaaaaaaaaa'>"
        b"<!ENTITY b '&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;'>]><rss><channel>"
        b"<item><title>&b;</title><guid>1</guid></item></channel></rss>"
    )
    with pytest.raises(SourceError, match="declares XML entities"):
        SOURCES["feed"].parse("https://acme.example/feed", bomb, "")


def test_html_is_not_a_feed() -> None:
    with pytest.raises(SourceError):
        SOURCES["feed"].parse("https://acme.example/feed", b"<html><body>Jobs</body></html>", "")
    with pytest.raises(SourceError):
        SOURCES["feed"].parse("https://acme.example/feed", b"not xml at all", "")


def test_api_bases_come_from_settings(settings: object) -> None:
    assert SOURCES["greenhouse"].first_url("acme") == (
        "https://boards-api.greenhouse.io/v1/boards/acme/jobs"
    )
    settings.ONWARD_LEVER_API = "http://127.0.0.1:9/"  # type: ignore[attr-defined]
    assert SOURCES["lever"].first_url("acme").startswith("http://127.0.0.1:9/v0/postings/acme?")

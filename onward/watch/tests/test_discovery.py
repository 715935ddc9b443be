"""Following an ordinary careers page to the job board behind it: the links and embeds of
each vendor, a jobs feed (but not the blog's), and honest words when there is nothing."""

from __future__ import annotations

from typing import Any

import pytest

from onward.watch.discovery import MAX_PAGE_BYTES, board_in, discover
from onward.watch.sources import Recognised

from .fakeboards import (
    FakeBoards,
    Job,
    ashby_embed,
    careers_page,
    feed_link,
    greenhouse_embed,
    lever_link,
    rss_feed,
)

PAGE = "https://www.northwindlabs.com/careers"


@pytest.mark.parametrize(
    ("body", "head", "vendor", "token"),
    [
        (greenhouse_embed("northwind"), "", "greenhouse", "northwind"),
        (lever_link("northwind-labs"), "", "lever", "northwind-labs"),
        (ashby_embed("Northwind"), "", "ashby", "Northwind"),
        (
            "<iframe src='https://job-boards.greenhouse.io/embed/job_board?for=nw'></iframe>",
            "",
            "greenhouse",
            "nw",
        ),
        (
            "<a href='https://apply.workable.com/northwind/'>Jobs</a>",
            "",
            "workable",
            "northwind",
        ),
        (
            "<script>fetch('https://apply.workable.com/api/v1/widget/accounts/nwl')</script>",
            "",
            "workable",
            "nwl",
        ),
        (
            "<script src='https://andreasmb.github.io/lever-jobs-embed/index.js'></script>"
            "<script>window.leverJobsOptions = {accountName: 'northwind', includeCss: true};"
            "</script>",
            "",
            "lever",
            "northwind",
        ),
        (
            "<script src='https://static.smartrecruiters.com/job-widget/1.6.1/script/"
            "smart_widget.js'></script><script class='job_widget'>widget({\"company_name\":"
            '"NorthwindLabs","api_url":"https://www.smartrecruiters.com"});</script>',
            "",
            "smartrecruiters",
            "NorthwindLabs",
        ),
        (
            "",
            "<meta http-equiv='refresh' content='0; url=https://jobs.lever.co/nw'>",
            "lever",
            "nw",
        ),
    ],
)
def test_a_careers_page_leads_to_the_board_it_links_or_embeds(
    body: str, head: str, vendor: str, token: str
) -> None:
    assert board_in(careers_page(body, head), PAGE) == Recognised(vendor, token)


def test_a_jobs_feed_is_found_and_made_absolute() -> None:
    page = careers_page("", feed_link("/careers/positions.xml"))
    found = board_in(page, PAGE)
    assert found == Recognised("feed", "https://www.northwindlabs.com/careers/positions.xml")


def test_a_relative_link_follows_the_pages_base() -> None:
    page = careers_page("<a href='jobs.rss'>Vacancies (RSS)</a>", "<base href='https://cdn.nw/'>")
    assert board_in(page, PAGE) == Recognised("feed", "https://cdn.nw/jobs.rss")


def test_the_blog_feed_every_site_has_is_not_taken_for_jobs() -> None:
    # careers_page always carries "Our blog" at /blog/feed.
    assert board_in(careers_page("<p>No openings right now.</p>"), PAGE) is None


def test_a_vendor_board_wins_over_a_feed_and_the_most_mentioned_board_wins() -> None:
    page = careers_page(
        lever_link("old-site") + greenhouse_embed("nw") + lever_link("nw") + lever_link("nw"),
        feed_link("/jobs.rss"),
    )
    assert board_in(page, PAGE) == Recognised("lever", "nw")


def test_a_vendors_own_machinery_is_not_a_board() -> None:
    page = careers_page(
        "<script src='https://boards.greenhouse.io/embed/job_board/js'></script>"
        "<a href='https://apply.workable.com/j/ABC123'>One job</a>"
        "<link href='https://jobs.ashbyhq.com/api/style.css' rel='stylesheet'>"
    )
    assert board_in(page, PAGE) is None


@pytest.mark.parametrize("page", [b"", b"\x00\x01\x02", b"<html", b"not html at all"])
def test_a_page_that_is_not_html_finds_nothing_and_raises_nothing(page: bytes) -> None:
    assert board_in(page, PAGE) is None


# --- fetching the page (the fake server stands in for the company's site) -----------


def test_discover_fetches_the_page_and_finds_the_embedded_board(boards: FakeBoards) -> None:
    url = boards.page("/careers", careers_page(greenhouse_embed("northwind")))
    found = discover(url)
    assert found.found == Recognised("greenhouse", "northwind") and found.problem == ""
    assert boards.hits["/careers"] == 1


def test_discover_follows_a_page_that_moved(boards: FakeBoards) -> None:
    new = boards.page("/en/careers/", careers_page(lever_link("nw")))
    old = boards.moved("/careers", new)
    assert discover(old).found == Recognised("lever", "nw")


def test_an_address_that_is_itself_a_feed_is_taken_as_one(boards: FakeBoards) -> None:
    url = boards.feed("/careers/openings", rss_feed([Job("1", "Analyst")]))
    assert discover(url).found == Recognised("feed", url)


def test_a_feed_linked_from_the_page_is_found(boards: FakeBoards) -> None:
    boards.feed("/careers/feed", rss_feed([]))
    url = boards.page("/careers", careers_page("", feed_link("/careers/feed", "Jobs")))
    assert discover(url).found == Recognised("feed", f"{boards.url}/careers/feed")


@pytest.mark.parametrize(
    ("route", "problem"),
    [
        ("nothing", "Onward read that page but found no job board it knows."),
        ("missing", "That page isn't there"),
        ("forbidden", "doesn't let Onward read the page"),
        ("huge", "larger than"),
    ],
)
def test_when_nothing_is_found_it_says_why(boards: FakeBoards, route: str, problem: str) -> None:
    boards.page("/nothing", careers_page("<p>Send your CV to jobs@northwind.example</p>"))
    boards.status("/forbidden", 403)
    boards.page("/huge", b"<html>" + b" " * (MAX_PAGE_BYTES + 1))
    found = discover(f"{boards.url}/{route}")
    assert found.found is None
    assert problem in found.problem


def test_a_private_address_is_not_fetched_by_default(boards: FakeBoards, settings: Any) -> None:
    settings.ONWARD_ALLOW_PRIVATE_FETCH = False
    url = boards.page("/careers", careers_page(greenhouse_embed("nw")))
    found = discover(url)
    assert found.found is None and found.problem == "We couldn't read that page."
    assert boards.hits["/careers"] == 0


def test_a_name_that_resolves_to_a_private_address_is_refused(
    settings: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ipaddress

    from onward.lib import netguard

    def intranet(host: str, port: int) -> list[Any]:
        return [ipaddress.ip_address("10.1.2.3")]

    settings.ONWARD_ALLOW_PRIVATE_FETCH = False
    monkeypatch.setattr(netguard, "resolver", intranet)
    assert discover("https://wiki.corp.example/careers").problem == "We couldn't read that page."


def test_not_a_web_address() -> None:
    assert discover("ftp://acme.example/careers").problem == "That doesn't look like a web address."

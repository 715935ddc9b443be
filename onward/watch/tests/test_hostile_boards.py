"""Boards that are broken or hostile harm only themselves (security review 2026-11-30,
findings 5 and 10): a board with an impossible address fails alone, and a feed's
javascript: or data: links never become links in Onward."""

from __future__ import annotations

from typing import Any

import pytest
from django.apps import apps
from django.test import Client
from django.urls import reverse

from onward.watch.models import Alert, Board, Posting
from onward.watch.poller import poll_cycle
from onward.watch.services import WatchInput, WatchRefused, alert_email, save_watch
from onward.watch.sources import Recognised
from onward.watch.sources.base import safe_link

from .fakeboards import FakeBoards, Job

pytestmark = pytest.mark.django_db
PROBLEM = "We couldn't read that page."


@pytest.mark.parametrize(
    "url",
    [
        "http://999.1.1.1/jobs.rss",
        "http://0177.0.0.1:9101/x.rss",
        "http://[::1/jobs.rss",
        "http://acme.example:99999/jobs.rss",
    ],
)
def test_an_impossible_feed_address_fails_its_own_board_and_the_cycle_goes_on(
    alice: Any, bob: Any, boards: FakeBoards, url: str
) -> None:
    save_watch(alice, WatchInput("Acme", boards.greenhouse("acme", [Job("1", "Data Analyst")])))
    save_watch(bob, WatchInput("Globex", boards.lever("globex", [Job("g1", "Data Engineer")])))
    # As a board saved before addresses were checked: nothing stops it reaching the poller.
    save_watch(bob, WatchInput("Broken", url, board=Recognised("feed", url)))

    report = poll_cycle(force=True)

    assert report.outcomes == {"fresh": 2, "failed": 1}
    broken = Board.objects.get(vendor="feed")
    assert broken.last_error == PROBLEM and broken.status == Board.Status.FAILING
    assert Board.objects.get(token="acme").status == Board.Status.OK
    assert set(Posting.objects.values_list("title", flat=True)) == {
        "Data Analyst",
        "Data Engineer",
    }


@pytest.mark.parametrize(
    "url", ["http://999.1.1.1/jobs.rss", "http://0177.0.0.1/x.rss", "http://2130706433/x.rss"]
)
def test_an_impossible_or_private_feed_address_is_not_saved(
    alice: Any, settings: Any, url: str
) -> None:
    settings.ONWARD_ALLOW_PRIVATE_FETCH = False
    with pytest.raises(WatchRefused, match="We couldn't read that page"):
        save_watch(alice, WatchInput("Acme", url))
    assert not Board.objects.exists()


def test_the_watch_form_refuses_an_impossible_address_kindly(
    alice: Any, alice_client: Client
) -> None:
    response = alice_client.post(
        reverse("watch:watch_new"),
        {"company": "Acme", "careers_url": "http://999.1.1.1/jobs.rss"},
    )
    assert response.status_code == 200
    assert "We couldn&#x27;t read that page." in response.content.decode()
    assert not Board.objects.exists()


HOSTILE_FEED = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Acme jobs</title>
<item><title>Data Analyst</title><guid>1</guid>
  <link>javascript:alert(document.domain)</link></item>
<item><title>Data Scientist</title><guid>2</guid>
  <link> JaVaScRiPt:alert(1)</link></item>
<item><title>Data Engineer</title><guid>3</guid>
  <link>data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;</link></item>
<item><title>Data Lead</title><guid>4</guid>
  <link>https://acme.example/jobs/4</link></item>
</channel></rss>"""


def test_links_that_are_not_http_are_never_stored_or_shown(
    alice: Any, alice_client: Client, boards: FakeBoards
) -> None:
    url = boards.feed("/jobs.rss", HOSTILE_FEED)
    save_watch(alice, WatchInput("Acme", url, keywords="data"))
    poll_cycle(force=True)  # the first look is the baseline
    boards.feed("/jobs.rss", HOSTILE_FEED.replace(b"<guid>", b"<guid>new-"))
    poll_cycle(force=True)

    links = dict(Posting.objects.values_list("title", "url").distinct())
    assert links == {
        "Data Analyst": "",
        "Data Scientist": "",
        "Data Engineer": "",
        "Data Lead": "https://acme.example/jobs/4",
    }
    alerts = Alert.objects.filter(posting__url="").select_related("posting")
    assert alerts.exists()
    for alert in alerts:
        page = alice_client.get(reverse("watch:alert_detail", args=[alert.pk])).content.decode()
        assert "javascript:" not in page.lower() and "data:text" not in page
        assert "Read the posting" not in page
        assert "The posting:" not in str(alert_email(alert).body)


def test_a_safe_link_is_an_absolute_http_address() -> None:
    assert safe_link(" https://acme.example/jobs/1 ") == "https://acme.example/jobs/1"
    assert safe_link("HTTP://acme.example/") == "HTTP://acme.example/"
    for unsafe in (
        "javascript:alert(1)",
        "java\tscript:alert(1)",
        "data:text/html,x",
        "/jobs/1",
        "vbscript:x",
        "https:///nohost",
        "http://[::1/",
    ):
        assert safe_link(unsafe) == ""


def test_links_stored_before_the_check_are_cleared_by_the_migration(
    alice: Any, boards: FakeBoards
) -> None:
    from importlib import import_module

    clear = import_module("onward.watch.migrations.0005_clear_unsafe_posting_links")
    board = Board.objects.create(vendor="feed", token="https://acme.example/jobs.rss")
    for n, link in enumerate(["javascript:alert(1)", "https://acme.example/1", "data:x", ""]):
        Posting.objects.create(board=board, vendor_id=str(n), title=f"Job {n}", url=link)
    clear.clear_unsafe_links(apps, None)
    assert list(Posting.objects.order_by("vendor_id").values_list("url", flat=True)) == [
        "",
        "https://acme.example/1",
        "",
        "",
    ]

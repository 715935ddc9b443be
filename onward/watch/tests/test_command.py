"""`onward watch add|list|poll` from the command line."""

from __future__ import annotations

import json
from io import StringIO
from typing import Any

import pytest
from django.core.management import CommandError, call_command

from onward.test import rejected_application
from onward.watch.models import Watch

from .fakeboards import FakeBoards, Job

pytestmark = pytest.mark.django_db


def run(*args: str) -> str:
    out = StringIO()
    call_command("watch", *args, stdout=out)
    return out.getvalue()


def test_add_says_what_it_recognised(alice: Any) -> None:
    rejected_application(alice, [], company="Acme")
    out = run(
        "add", "--user", "ALICE@example.com", "--company", "acme",
        "--url", "https://job-boards.greenhouse.io/acme", "--location", "London", "--remote",
    )  # fmt: skip
    assert "Recognised a Greenhouse job board: the board 'acme'." in out
    assert "Watching Acme for alice@example.com: Data Analyst · in London or remote." in out
    watch = Watch.objects.get()
    assert watch.keywords == "Data Analyst" and watch.company.name == "Acme"
    # The plan's "keep an eye on Acme" step is done, however the watch was set up.
    assert watch.company.applications.get().rejection.plan.steps.get(kind="watch").state == "done"


def test_add_with_keywords_and_a_feed(alice: Any) -> None:
    out = run(
        "add", "--user", "alice@example.com", "--company", "Fernwood",
        "--url", "https://fernwood.example/jobs/feed.xml",
        "--keywords", "data analyst, analytics", "--email",
    )  # fmt: skip
    assert "Recognised a RSS/Atom feed job board: the feed." in out
    assert "data analyst, analytics · anywhere" in out
    assert Watch.objects.get().email_immediately


def test_add_explains_what_it_cannot_do(alice: Any) -> None:
    with pytest.raises(CommandError, match="No Onward account has the email"):
        run("add", "--user", "nobody@example.com", "--company", "A", "--url", "x")
    with pytest.raises(CommandError, match="couldn't tell which job board"):
        run("add", "--user", "alice@example.com", "--company", "A", "--url", "https://a.example")
    rejected_application(alice, [], would_work_there=False, company="Globex")
    with pytest.raises(CommandError, match="wouldn't want to work at Globex"):
        run(
            "add", "--user", "alice@example.com", "--company", "Globex",
            "--url", "https://jobs.lever.co/globex",
        )  # fmt: skip
    assert not Watch.objects.exists()


def test_list(alice: Any) -> None:
    assert "isn't watching any company yet" in run("list", "--user", "alice@example.com")
    run("add", "--user", "alice@example.com", "--company", "Acme",
        "--url", "https://jobs.ashbyhq.com/acme")  # fmt: skip
    out = run("list", "--user", "alice@example.com")
    assert out.startswith("Acme\tAshby: acme\tnot checked yet\tany role · anywhere\t0 alert(s)")
    with pytest.raises(CommandError):
        run("list", "--user", "nobody@example.com")


def test_poll_once_prints_each_new_alert_as_a_json_line(
    alice: Any, bob: Any, boards: FakeBoards
) -> None:
    url = boards.lever("acme", [Job("a1", "Data Analyst")])
    for user in (alice, bob):
        run("add", "--user", user.email, "--company", "Acme", "--url", url, "--keywords", "")
    assert run("poll", "--once", "--json") == ""  # the first look is a baseline
    boards.lever("acme", [Job("a1", "Data Analyst"), Job("a2", "Product Analyst", "Remote")])
    lines = [json.loads(line) for line in run("poll", "--once", "--json").splitlines()]
    assert lines == [
        {
            "user": email,
            "company": "Acme",
            "title": "Product Analyst",
            "url": "https://jobs.lever.co/acme/a2",
            "location": "Remote",
            "posted_at": "2026-03-02T09:00:00+00:00",
            "source": "lever",
        }
        for email in ("alice@example.com", "bob@example.com")
    ]
    assert run("poll", "--once", "--json") == ""


def test_poll_once_without_json_summarises(alice: Any, boards: FakeBoards) -> None:
    run("add", "--user", "alice@example.com", "--company", "Acme",
        "--url", boards.greenhouse("acme", []))  # fmt: skip
    assert run("poll", "--once").startswith("Checked 1 board (1 fresh); 0 new postings")
    assert run("poll", "--once") == "Checked 1 board (1 unchanged); 0 new postings, 0 new alerts.\n"


def test_poll_prints_no_terminal_controls_a_job_board_wrote(alice: Any, boards: FakeBoards) -> None:
    url = boards.lever("acme", [Job("a1", "Data Analyst")])
    run("add", "--user", alice.email, "--company", "Acme", "--url", url, "--keywords", "")
    run("poll", "--once")
    boards.lever("acme", [Job("a1", "Data Analyst"), Job("a2", "Analyst\x1b]0;PWNED\x07\x1b[2J")])
    out = run("poll", "--once")
    assert "Analyst]0;PWNED[2J" in out  # the words stay, only the controls go
    assert "\x1b" not in out and "\x07" not in out

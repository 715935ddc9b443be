"""The watch page takes an ordinary careers page: it follows it to the board behind it,
and when there is none it offers a reminder to look every two weeks, shown on Today."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from onward.accounts.prefs import preferences_for
from onward.plans.models import Step
from onward.test import PRIYA, rejected_application
from onward.watch.models import Board, Watch

from .fakeboards import FakeBoards, careers_page, feed_link, greenhouse_embed, rss_feed

pytestmark = pytest.mark.django_db


def watch_step(user: Any) -> Step:
    return rejected_application(user, [PRIYA]).plan.steps.get(kind="watch")


def post_step(client: Client, step: Step, url: str, **extra: str) -> Any:
    data = {"careers_url": url, "keywords": "Data Analyst", **extra}
    return client.post(reverse("watch:watch_for_step", args=[step.pk]), data)


def test_a_careers_page_with_an_embedded_board_is_followed_to_it(
    alice: Any, alice_client: Client, boards: FakeBoards
) -> None:
    step = watch_step(alice)
    url = boards.page("/careers", careers_page(greenhouse_embed("acme")))
    response = post_step(alice_client, step, url)
    assert response["Location"] == step.plan.get_absolute_url()
    watch = Watch.objects.get()
    assert watch.board is not None
    assert (watch.board.vendor, watch.board.token) == ("greenhouse", "acme")
    assert watch.careers_url == url  # what they pasted, for them to recognise
    step.refresh_from_db()
    assert step.state == Step.State.DONE
    shown = alice_client.get(response["Location"]).content.decode()
    assert "Found it: Acme lists its roles on their Greenhouse board." in shown


def test_a_careers_page_with_a_jobs_feed_watches_the_feed(
    alice: Any, alice_client: Client, boards: FakeBoards
) -> None:
    feed = boards.feed("/careers/jobs.xml", rss_feed([]))
    url = boards.page("/careers", careers_page("", feed_link("/careers/jobs.xml")))
    response = alice_client.post(
        reverse("watch:watch_new"), {"company": "Northwind", "careers_url": url}
    )
    assert response.status_code == 302
    assert Watch.objects.get().board == Board.objects.get(vendor="feed", token=feed)
    listed = alice_client.get(reverse("watch:watch_list")).content.decode()
    assert "a jobs feed on their careers page" in listed


def test_a_page_with_no_board_offers_a_reminder_and_saves_nothing_yet(
    alice: Any, alice_client: Client, boards: FakeBoards
) -> None:
    step = watch_step(alice)
    url = boards.page("/careers", careers_page("<p>Email your CV to jobs@acme.example</p>"))
    response = post_step(alice_client, step, url)
    assert response.status_code == 200
    page = response.content.decode()
    assert "Onward read that page but found no job board it knows." in page
    assert "If their roles are listed on another page, paste that one." in page
    assert "Onward puts this page on Today every two weeks" in page
    # Its own form, so that Enter in a field still means "Start watching".
    remind = 'form="remind-form" name="remind" value="1">Remind me every two weeks</button>'
    assert remind in page
    own_form = page[page.index('<form method="post" id="remind-form" hidden>') :]
    assert f'name="careers_url" value="{url}"' in own_form[: own_form.index("</form>")]
    assert not Watch.objects.exists()
    step.refresh_from_db()
    assert step.state == Step.State.OPEN


def test_the_reminder_is_kept_on_the_watch_and_finishes_the_step(
    alice: Any, alice_client: Client, boards: FakeBoards
) -> None:
    step = watch_step(alice)
    url = boards.page("/careers", careers_page(""))
    response = post_step(alice_client, step, url, remind="1")
    assert response["Location"] == step.plan.get_absolute_url()
    watch = Watch.objects.get()
    today = preferences_for(alice).local_today()
    assert watch.board is None and watch.is_reminder
    assert (watch.look_every_days, watch.next_look_on) == (14, today + dt.timedelta(days=14))
    assert watch.careers_url == url and watch.rejection == step.plan.rejection
    step.refresh_from_db()
    assert step.state == Step.State.DONE
    shown = alice_client.get(response["Location"]).content.decode()
    assert "Onward will remind you to look at Acme&#x27;s careers page every two weeks." in shown
    assert "The first reminder comes in 2 weeks." in shown
    assert boards.hits["/careers"] == 0  # taking the reminder fetches nothing


def test_asking_twice_keeps_one_reminder_per_company(alice: Any, alice_client: Client) -> None:
    step = watch_step(alice)
    post_step(alice_client, step, "https://acme.example/careers", remind="1")
    post_step(alice_client, step, "https://acme.example/jobs", remind="1")
    assert Watch.objects.get().careers_url == "https://acme.example/jobs"


def test_a_reminder_needs_a_web_address(alice: Any, alice_client: Client) -> None:
    response = post_step(alice_client, watch_step(alice), "ftp://acme.example", remind="1")
    assert "That doesn&#x27;t look like a web address." in response.content.decode()
    assert not Watch.objects.exists()


def test_a_due_reminder_shows_on_today_and_looking_moves_it_on(
    alice: Any, alice_client: Client
) -> None:
    post_step(alice_client, watch_step(alice), "https://acme.example/careers", remind="1")
    watch = Watch.objects.get()
    today = preferences_for(alice).local_today()
    assert "Look at Acme&#x27;s careers page" not in _today(alice_client)
    Watch.objects.filter(pk=watch.pk).update(next_look_on=today)
    shown = _today(alice_client)
    assert "Look at Acme&#x27;s careers page" in shown
    assert reverse("watch:watch_edit", args=[watch.pk]) in shown
    page = alice_client.get(reverse("watch:watch_edit", args=[watch.pk])).content.decode()
    assert 'href="https://acme.example/careers" target="_blank"' in page
    looked = alice_client.post(reverse("watch:watch_looked", args=[watch.pk]))
    assert looked["Location"] == reverse("plans:today")
    watch.refresh_from_db()
    assert watch.next_look_on == today + dt.timedelta(days=14)
    after = _today(alice_client)
    assert "Look at Acme&#x27;s careers page" not in after
    assert "Thanks for looking. Onward will remind you again in 2 weeks." in after


def _today(client: Client) -> str:
    return client.get(reverse("plans:today")).content.decode()


def test_the_list_shows_a_reminder_for_what_it_is(alice: Any, alice_client: Client) -> None:
    post_step(alice_client, watch_step(alice), "https://acme.example/careers", remind="1")
    page = alice_client.get(reverse("watch:watch_list")).content.decode()
    assert "No job board Onward can read: it reminds you to" in page
    assert "every two weeks · next in 2 weeks" in page


def test_a_board_found_later_turns_the_reminder_into_a_watch(
    alice: Any, alice_client: Client, boards: FakeBoards
) -> None:
    post_step(alice_client, watch_step(alice), "https://acme.example/careers", remind="1")
    watch = Watch.objects.get()
    url = boards.page("/careers", careers_page(greenhouse_embed("acme")))
    alice_client.post(
        reverse("watch:watch_edit", args=[watch.pk]), {"careers_url": url, "keywords": "BI"}
    )
    watch.refresh_from_db()
    assert watch.board is not None and watch.board.token == "acme"
    assert (watch.look_every_days, watch.next_look_on, watch.keywords) == (None, None, "BI")


def test_a_board_watch_made_directly_replaces_the_reminder(
    alice: Any, alice_client: Client
) -> None:
    step = watch_step(alice)
    post_step(alice_client, step, "https://acme.example/careers", remind="1")
    post_step(alice_client, step, "https://jobs.lever.co/acme")
    watch = Watch.objects.get()
    assert watch.board is not None and watch.board.vendor == "lever"


def test_looking_at_a_board_watch_changes_nothing(alice: Any, alice_client: Client) -> None:
    post_step(alice_client, watch_step(alice), "https://jobs.lever.co/acme")
    watch = Watch.objects.get()
    response = alice_client.post(reverse("watch:watch_looked", args=[watch.pk]))
    assert response["Location"] == watch.get_absolute_url()
    watch.refresh_from_db()
    assert watch.next_look_on is None


def test_the_command_follows_a_careers_page_too(alice: Any, boards: FakeBoards) -> None:
    from io import StringIO

    url = boards.page("/careers", careers_page(greenhouse_embed("acme")))
    out = StringIO()
    call_command(
        "watch", "add", "--user", "alice@example.com", "--company", "Acme", "--url", url,
        stdout=out,
    )  # fmt: skip
    assert "Followed the careers page to the board behind it" in out.getvalue()
    assert Watch.objects.get().board == Board.objects.get(vendor="greenhouse", token="acme")
    listing = StringIO()
    Watch.objects.all().delete()
    call_command("watch", "list", "--user", "alice@example.com", stdout=listing)
    assert "isn't watching any company yet" in listing.getvalue()

"""The private link: unguessable, expiring, revocable, read-only, showing only what was
chosen; wrong, expired and revoked links are indistinguishable 404s."""

from __future__ import annotations

import datetime as dt
import secrets
from pathlib import Path
from typing import Any

import pytest
import time_machine
from django.core.files.base import ContentFile
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from onward.reflect.tests.helpers import PDF, debrief, expire, shared
from onward.test import PRIYA, rejected_application

from .. import services as mentoring
from ..models import MentorRequest, Share

pytestmark = pytest.mark.django_db


def url(token: str) -> str:
    return reverse("reflect:shared_request", args=[token])


def with_cv(ask: MentorRequest) -> None:
    ask.cv.save("ignored.pdf", ContentFile(PDF))
    ask.cv_name, ask.cv_size = "Alice Lee CV.pdf", len(PDF)
    ask.save()


def test_anyone_with_the_link_can_read_it_without_an_account(alice: Any) -> None:
    _, _, token = shared(alice, notes="I'm aiming for analytics engineering.")
    response = Client().get(url(token))
    page = response.content.decode()
    assert response.status_code == 200
    assert "Alice would value your advice" in page
    assert "Could I ask your advice on my stories?" in page
    assert "aiming for analytics engineering" in page
    assert response["Referrer-Policy"] == "same-origin"
    assert "no-store" in response["Cache-Control"]
    assert "noindex" in response["X-Robots-Tag"]


def test_the_page_shows_only_what_was_chosen(alice: Any) -> None:
    chosen = debrief(alice, rejected_application(alice, [PRIYA], company="Acme"), rapport=1)
    debrief(
        alice, rejected_application(alice, [], company="Secret Corp"), went_well="A private detail."
    )
    ask, _, token = shared(alice)
    ask.debriefs.set([chosen])
    page = Client().get(url(token)).content.decode()
    assert "Data Analyst at Acme" in page
    assert "Secret Corp" not in page and "A private detail" not in page
    assert "Download" not in page  # no CV was chosen
    assert "alice@example.com" not in page


def test_company_names_can_be_left_out(alice: Any) -> None:
    chosen = debrief(alice, rejected_application(alice, [], company="Acme Analytics"))
    ask, _, token = shared(alice, hide_companies=True)
    ask.debriefs.set([chosen])
    page = Client().get(url(token)).content.decode()
    assert "Acme Analytics" not in page
    assert "Data Analyst" in page


def test_the_page_is_read_only(alice: Any) -> None:
    _, _, token = shared(alice)
    page = Client().get(url(token)).content.decode()
    # The only form is the reply form: nothing of the user's can be changed from here.
    assert page.count("<form") == 1
    assert 'name="body"' in page and 'name="message"' not in page


def test_a_wrong_an_expired_and_a_revoked_link_look_exactly_the_same(alice: Any) -> None:
    _, expired, expired_token = shared(alice)
    expire(expired)
    _, revoked, revoked_token = shared(alice)
    mentoring.revoke(revoked)
    _, _, live_token = shared(alice)
    wrong_token = secrets.token_urlsafe(32)
    guessed = live_token[:-1] + ("A" if live_token[-1] != "A" else "B")
    client = Client()
    # One moment for all four: never_cache's Expires names the second it was answered.
    with time_machine.travel(dt.datetime.now(dt.UTC), tick=False):
        tokens = (wrong_token, expired_token, revoked_token, guessed)
        responses = [client.get(url(t)) for t in tokens]
    assert {r.status_code for r in responses} == {404}
    bodies = {r.content for r in responses}
    assert len(bodies) == 1
    assert b"This link isn't available" in bodies.pop()
    headers = {tuple(sorted((k, v) for k, v in r.headers.items())) for r in responses}
    assert len(headers) == 1
    assert client.get(url(live_token)).status_code == 200


@pytest.mark.parametrize("state", ["wrong", "expired", "revoked", "live"])
def test_looking_a_token_up_is_one_query_whatever_its_state(
    alice: Any, state: str, django_assert_num_queries: Any
) -> None:
    _, share, token = shared(alice)
    if state == "expired":
        expire(share)
    elif state == "revoked":
        mentoring.revoke(share)
    elif state == "wrong":
        token = secrets.token_urlsafe(32)
    with django_assert_num_queries(1):
        found = mentoring.find_share(token)
    assert (found is not None) == (state == "live")


def test_a_link_stops_working_when_it_expires(alice: Any) -> None:
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        _, _, token = shared(alice, days=7)
    with time_machine.travel(start + dt.timedelta(days=6, hours=23)):
        assert Client().get(url(token)).status_code == 200
    with time_machine.travel(start + dt.timedelta(days=7, seconds=1)):
        assert Client().get(url(token)).status_code == 404


def test_the_default_link_lasts_thirty_days(alice: Any, settings: Any) -> None:
    ask, _, _ = shared(alice)
    share, _ = mentoring.create_share(ask)
    assert share.expires_at - share.created_at == dt.timedelta(days=30)
    settings.ONWARD_SHARE_DAYS = 10
    share, _ = mentoring.create_share(ask)
    assert share.expires_at - share.created_at == dt.timedelta(days=10)


def test_turning_a_link_off_works_at_once_also_for_the_cv(alice: Any, alice_client: Client) -> None:
    ask, share, token = shared(alice)
    with_cv(ask)
    mentor_client = Client()
    assert mentor_client.get(url(token) + "cv/").status_code == 200
    alice_client.post(reverse("reflect:share_revoke", args=[share.pk]))
    assert mentor_client.get(url(token)).status_code == 404
    assert mentor_client.get(url(token) + "cv/").status_code == 404
    assert mentor_client.post(url(token), {"name": "X", "body": "Hi"}).status_code == 404


def test_the_cv_downloads_only_through_a_live_link(alice: Any, media_root: Path) -> None:
    ask, share, token = shared(alice)
    with_cv(ask)
    response = Client().get(url(token) + "cv/")
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF  # type: ignore[attr-defined]
    assert response["Content-Type"] == "application/pdf"
    assert 'attachment; filename="Alice Lee CV.pdf"' in response["Content-Disposition"]
    assert response["Referrer-Policy"] == "same-origin"
    page = Client().get(url(token)).content.decode()
    assert 'href="cv/"' in page and "Download Alice Lee CV.pdf" in page
    # There is no other way in: the stored name is random and media is never served.
    stored = str(ask.cv.name)
    assert "/media/" not in page and stored not in page
    assert Client().get("/media/" + stored).status_code == 404
    expire(share)
    assert Client().get(url(token) + "cv/").status_code == 404


def test_a_live_link_without_a_cv_gives_the_same_404_for_the_cv(alice: Any) -> None:
    _, _, token = shared(alice)
    wrong = Client().get(url(secrets.token_urlsafe(32)) + "cv/")
    no_cv = Client().get(url(token) + "cv/")
    assert no_cv.status_code == wrong.status_code == 404
    assert no_cv.content == wrong.content


def test_the_owner_can_preview_what_the_mentor_sees(alice: Any, alice_client: Client) -> None:
    ask, _, _ = shared(alice)
    page = alice_client.get(
        reverse("reflect:mentor_request_preview", args=[ask.pk])
    ).content.decode()
    assert "This is what Dana sees." in page
    assert 'name="body"' not in page


def test_opening_the_link_is_noted_for_the_owner(alice: Any, alice_client: Client) -> None:
    ask, share, token = shared(alice)
    assert "not opened yet" in alice_client.get(ask.get_absolute_url()).content.decode()
    Client().get(url(token))
    share.refresh_from_db()
    assert share.last_viewed_at is not None
    assert "last opened today" in alice_client.get(ask.get_absolute_url()).content.decode()


def test_only_the_hash_of_a_token_is_stored(alice: Any) -> None:
    _, share, token = shared(alice)
    stored = Share.objects.filter(pk=share.pk).values().get()
    assert token not in str(stored)
    assert stored["token_hash"] == mentoring.hash_token(token)
    assert len(stored["token_hash"]) == 64

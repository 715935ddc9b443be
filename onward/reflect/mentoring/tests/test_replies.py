"""A mentor replies from the link, no account needed: escaped, spam-protected,
rate-limited, and the user hears about it on Today and by email."""

from __future__ import annotations

import datetime as dt
import re
import time
from typing import Any

import pytest
import time_machine
from django.core import mail, signing
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from onward.reflect.tasks import notify_reply
from onward.reflect.tests.helpers import shared

from .. import services as mentoring
from ..models import MentorReply, Share
from ..notify import send_reply_notice

pytestmark = pytest.mark.django_db


def url(token: str) -> str:
    return reverse("reflect:shared_request", args=[token])


def stamp_from(page: str) -> str:
    found = re.search(r'name="stamp" value="([^"]+)"', page)
    assert found is not None
    return found.group(1)


def reply(client: Client, token: str, body: str = "Lead with the result.", **extra: Any) -> Any:
    stamp = stamp_from(client.get(url(token)).content.decode())
    return client.post(url(token), {"name": "Dana Li", "body": body, "stamp": stamp, **extra})


def test_a_mentor_replies_without_an_account(alice: Any, no_wait: None) -> None:
    ask, share, token = shared(alice)
    client = Client()
    response = reply(client, token, "Tell the dashboard story first.")
    assert response.status_code == 302 and response["Location"] == url(token)
    saved = MentorReply.objects.get()
    assert (saved.request, saved.share, saved.name, saved.author) == (ask, share, "Dana Li", None)
    page = client.get(url(token)).content.decode()
    assert "Thank you. Alice will see your advice soon." in page
    assert "Tell the dashboard story first." in page


def test_a_reply_cannot_carry_script_into_any_page(
    alice: Any, alice_client: Client, no_wait: None
) -> None:
    ask, _, token = shared(alice)
    attack = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    reply(Client(), token, attack, name='<b onmouseover="x">Eve</b>')
    saved = MentorReply.objects.get()
    assert saved.body == attack  # stored as typed: plain text
    for page in (
        Client().get(url(token)).content.decode(),
        alice_client.get(ask.get_absolute_url()).content.decode(),
        alice_client.get(reverse("plans:today")).content.decode(),
    ):
        assert "<script>alert" not in page
        assert "<img src=x" not in page
        assert "<b onmouseover" not in page
    owner_page = alice_client.get(ask.get_absolute_url()).content.decode()
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in owner_page


def test_a_signed_in_mentor_replies_as_themselves(alice: Any, bob: Any, no_wait: None) -> None:
    _, _, token = shared(alice)
    client = Client()
    client.force_login(bob)
    page = client.get(url(token)).content.decode()
    assert 'value="Bob Stone"' in page and "Replying as Bob Stone" in page
    reply(client, token)
    assert MentorReply.objects.get().author == bob


def test_the_hidden_field_catches_a_bot_which_is_thanked_and_ignored(
    alice: Any, no_wait: None
) -> None:
    _, _, token = shared(alice)
    client = Client()
    response = reply(client, token, "Buy cheap watches", website="http://spam.example")
    assert response.status_code == 302
    assert "Thank you." in client.get(url(token)).content.decode()
    assert not MentorReply.objects.exists()


def test_a_reply_sent_faster_than_a_person_can_type_is_held_back(alice: Any) -> None:
    _, _, token = shared(alice)
    client = Client()
    response = reply(client, token, "Instant")
    assert response.status_code == 400
    page = response.content.decode()
    assert "That was quick." in page
    assert "Instant" in page  # their words are kept for the next try
    assert not MentorReply.objects.exists()


def test_a_reply_after_a_moment_goes_through(alice: Any) -> None:
    _, _, token = shared(alice)
    client = Client()
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        stamp = stamp_from(client.get(url(token)).content.decode())
    with time_machine.travel(start + dt.timedelta(seconds=20), tick=False):
        client.post(url(token), {"name": "Dana", "body": "Good luck", "stamp": stamp})
    assert MentorReply.objects.count() == 1


@pytest.mark.parametrize("kind", ["missing", "tampered", "other-link", "stale"])
def test_a_form_stamp_that_is_not_ours_is_refused(alice: Any, kind: str) -> None:
    _, share, token = shared(alice)
    _, other, _ = shared(alice)
    stamps = {
        "missing": "",
        "tampered": mentoring.reply_stamp(share)[:-2] + "xx",
        "other-link": signing.dumps(
            {"s": other.pk, "t": int(time.time()) - 60}, salt="onward.reflect.reply"
        ),
        "stale": signing.dumps(
            {"s": share.pk, "t": int(time.time()) - 60}, salt="onward.reflect.reply"
        ),
    }
    if kind == "stale":
        with time_machine.travel(timezone.now() + dt.timedelta(days=3)):
            response = Client().post(url(token), {"name": "D", "body": "Hi", "stamp": stamps[kind]})
    else:
        response = Client().post(url(token), {"name": "D", "body": "Hi", "stamp": stamps[kind]})
    assert response.status_code == 400
    assert not MentorReply.objects.exists()


def test_an_empty_reply_is_asked_for_kindly(alice: Any, no_wait: None) -> None:
    _, _, token = shared(alice)
    response = reply(Client(), token, "   ")
    assert "Write a few words of advice first." in response.content.decode()
    assert not MentorReply.objects.exists()


def test_replies_to_one_link_are_limited_to_five_an_hour(alice: Any, no_wait: None) -> None:
    _, _, token = shared(alice)
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        for n in range(5):
            client = Client(REMOTE_ADDR=f"10.0.0.{n}")
            assert reply(client, token, f"Advice {n}").status_code == 302
        blocked = reply(Client(REMOTE_ADDR="10.0.0.9"), token, "One more thought")
    assert blocked.status_code == 429
    assert "One more thought" in blocked.content.decode()  # nothing they wrote is lost
    assert MentorReply.objects.count() == 5


def test_people_behind_one_address_can_each_reply_to_their_own_link(
    alice: Any, no_wait: None
) -> None:
    # Behind a proxy every mentor has the same address: one link's replies don't use up
    # another's.
    links = [shared(alice)[2] for _ in range(6)]
    client = Client(REMOTE_ADDR="192.0.2.7")
    statuses = [reply(client, token).status_code for token in links]
    assert statuses == [302] * 6
    assert MentorReply.objects.count() == 6


def test_one_form_sends_one_reply_however_often_it_is_posted(alice: Any, no_wait: None) -> None:
    _, _, token = shared(alice)
    client = Client()
    stamp = stamp_from(client.get(url(token)).content.decode())
    answers = [
        client.post(url(token), {"name": "Dana", "body": f"Advice {n}", "stamp": stamp})
        for n in range(3)
    ]
    assert [answer.status_code for answer in answers] == [302, 400, 400]
    assert "This form already sent a reply." in answers[1].content.decode()
    assert [r.body for r in MentorReply.objects.all()] == ["Advice 0"]


def test_attempts_that_were_refused_do_not_count_toward_the_limit(
    alice: Any, settings: Any
) -> None:
    settings.ONWARD_REPLY_LIMIT = 1
    _, _, token = shared(alice)
    client = Client()
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        stamp = stamp_from(client.get(url(token)).content.decode())
        for _ in range(3):  # too fast, three times
            form = {"name": "Dana", "body": "Hi", "stamp": stamp}
            assert client.post(url(token), form).status_code == 400
    with time_machine.travel(start + dt.timedelta(seconds=20), tick=False):
        assert client.post(url(token), form).status_code == 302
    assert MentorReply.objects.count() == 1


def test_the_limit_holds_without_any_cache(alice: Any, no_wait: None, settings: Any) -> None:
    # Counted from the stored replies: a restart, or another process, knows them too.
    from django.core.cache import cache

    settings.ONWARD_REPLY_LIMIT = 2
    _, share, token = shared(alice)
    for _ in range(2):
        assert reply(Client(), token).status_code == 302
        cache.clear()
    assert mentoring.over_reply_limit(share)
    assert reply(Client(), token).status_code == 429


def test_the_limit_lifts_after_an_hour(alice: Any, no_wait: None, settings: Any) -> None:
    settings.ONWARD_REPLY_LIMIT = 1
    _, share, token = shared(alice)
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        assert reply(Client(), token).status_code == 302
        assert reply(Client(), token).status_code == 429
    with time_machine.travel(start + dt.timedelta(minutes=59), tick=False):
        assert mentoring.over_reply_limit(share)
    with time_machine.travel(start + dt.timedelta(minutes=61), tick=False):
        assert not mentoring.over_reply_limit(share)
        assert reply(Client(), token).status_code == 302
    assert MentorReply.objects.count() == 2


def test_the_user_is_told_by_email_once(
    alice: Any, no_wait: None, django_capture_on_commit_callbacks: Any
) -> None:
    ask, _, token = shared(alice)
    with django_capture_on_commit_callbacks(execute=True):
        reply(Client(), token, "Practise out loud.")
    assert len(mail.outbox) == 1
    sent = mail.outbox[0]
    assert sent.to == ["alice@example.com"]
    assert sent.subject == "Dana replied to your request for advice"
    assert "Practise out loud." in sent.body
    assert ask.get_absolute_url() in sent.body
    saved = MentorReply.objects.get()
    # A retried or duplicated job sends nothing more.
    notify_reply.call_local(saved.pk)
    assert send_reply_notice(saved.pk) is False
    assert len(mail.outbox) == 1


@pytest.mark.parametrize("backend", ["console", "filebased"])
def test_no_email_when_mail_is_not_set_up(
    alice: Any,
    no_wait: None,
    settings: Any,
    django_capture_on_commit_callbacks: Any,
    backend: str,
    tmp_path: Any,
) -> None:
    settings.MAILERS = {
        "default": {
            "BACKEND": f"django.core.mail.backends.{backend}.EmailBackend",
            "OPTIONS": {"file_path": str(tmp_path / "mail")} if backend == "filebased" else {},
        }
    }
    _, _, token = shared(alice)
    with django_capture_on_commit_callbacks(execute=True):
        reply(Client(), token)
    assert mail.outbox == []
    assert MentorReply.objects.get().notified_at is None


def test_a_failed_email_is_released_for_the_retry(
    alice: Any, no_wait: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, share, _ = shared(alice)
    saved = mentoring.add_reply(share, "Dana", "Hi")

    def broken(message: Any, on_handover: Any = None) -> None:
        raise OSError("mail server down")

    monkeypatch.setattr("onward.lib.emails.send", broken)
    with pytest.raises(OSError):
        send_reply_notice(saved.pk)
    saved.refresh_from_db()
    assert saved.notified_at is None
    monkeypatch.undo()
    assert send_reply_notice(saved.pk) is True


def test_an_unread_reply_is_on_today_until_it_is_read(
    alice: Any, alice_client: Client, bob_client: Client, no_wait: None
) -> None:
    ask, _, token = shared(alice)
    reply(Client(), token)
    today = alice_client.get(reverse("plans:today")).content.decode()
    assert "Dana replied to your request for advice" in today
    assert ask.get_absolute_url() in today
    assert "Dana replied" not in bob_client.get(reverse("plans:today")).content.decode()
    page = alice_client.get(ask.get_absolute_url()).content.decode()
    assert "New" in page
    assert "Dana replied" not in alice_client.get(reverse("plans:today")).content.decode()
    assert MentorReply.objects.get().read_at is not None


def test_replies_to_a_revoked_link_are_refused(alice: Any, no_wait: None) -> None:
    _, share, token = shared(alice)
    client = Client()
    stamp = stamp_from(client.get(url(token)).content.decode())
    Share.objects.filter(pk=share.pk).update(revoked_at=timezone.now())
    response = client.post(url(token), {"name": "Dana", "body": "Late advice", "stamp": stamp})
    assert response.status_code == 404
    assert not MentorReply.objects.exists()


def test_the_limit_follows_the_setting(alice: Any, no_wait: None, settings: Any) -> None:
    # ONWARD_REPLY_LIMIT sets it: onward/tests/test_settings.py checks that part.
    settings.ONWARD_REPLY_LIMIT = 2
    _, _, token = shared(alice)
    statuses = [reply(Client(), token).status_code for _ in range(3)]
    assert statuses == [302, 302, 429]


def test_email_notices_can_be_turned_off(
    alice: Any, no_wait: None, settings: Any, django_capture_on_commit_callbacks: Any
) -> None:
    settings.ONWARD_NOTIFY_REPLIES = False  # ONWARD_NOTIFY_REPLIES=0
    _, _, token = shared(alice)
    with django_capture_on_commit_callbacks(execute=True):
        reply(Client(), token)
    assert mail.outbox == []


def test_the_reply_form_passes_the_csrf_check_the_way_a_browser_posts_it(
    alice: Any, no_wait: None
) -> None:
    _, _, token = shared(alice)
    client = Client(enforce_csrf_checks=True)
    page = client.get(url(token)).content.decode()
    csrf = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
    assert csrf is not None
    data = {"name": "Dana", "body": "Hi", "stamp": stamp_from(page)}
    # Same-origin Referrer-Policy: the browser sends the real origin, not "null".
    refused = client.post(url(token), data, HTTP_ORIGIN="null")
    assert refused.status_code == 403
    response = client.post(
        url(token),
        {**data, "csrfmiddlewaretoken": csrf.group(1)},
        HTTP_ORIGIN="http://testserver",
    )
    assert response.status_code == 302
    assert MentorReply.objects.count() == 1


def test_an_empty_reply_is_answered_by_a_summary_at_the_top_of_the_form(alice: Any) -> None:
    _, _, token = shared(alice)
    client = Client()
    stamp = stamp_from(client.get(url(token)).content.decode())
    response = client.post(url(token), {"name": " ", "body": "", "stamp": stamp})
    assert response.status_code == 400
    page = response.content.decode()
    # The form posts to #problems, so the browser lands on the summary, not the page's top.
    assert 'action="#problems"' in page
    summary = page[page.index('id="problems"') : page.index('name="name"')]
    assert 'tabindex="-1"' in summary and "data-error-summary" in summary
    assert "Nearly there. Just two things first:" in summary
    assert '<a href="#id_name">Add your name, so Alice knows who the advice is from.</a>' in summary
    assert '<a href="#id_body">Write a few words of advice first.' in summary
    assert "This field is required" not in page
    assert not MentorReply.objects.exists()


def test_the_summary_speaks_kindly_of_a_reply_that_is_too_long(alice: Any) -> None:
    _, _, token = shared(alice)
    client = Client()
    stamp = stamp_from(client.get(url(token)).content.decode())
    page = client.post(url(token), {"name": "Dana", "body": "x" * 5001, "stamp": stamp})
    text = page.content.decode()
    assert "Just one thing first" in text
    assert "Trim it a little, or send the rest as a second reply." in text
    assert "Ensure this value" not in text


def test_a_problem_with_the_page_itself_is_in_the_summary_without_a_link(alice: Any) -> None:
    _, _, token = shared(alice)
    page = Client().post(url(token), {"name": "Dana", "body": "Hi", "stamp": ""}).content.decode()
    summary = page[page.index('id="problems"') : page.index('name="name"')]
    assert "<li>Something went wrong with this page. Please send it again.</li>" in summary


def test_the_fallback_when_the_user_has_no_first_name_still_reads_well(alice: Any) -> None:
    alice.first_name = ""
    alice.save()
    _, _, token = shared(alice)
    client = Client()
    stamp = stamp_from(client.get(url(token)).content.decode())
    page = client.post(url(token), {"name": "", "body": "Hi", "stamp": stamp}).content.decode()
    assert "Add your name, so they know who the advice is from." in page

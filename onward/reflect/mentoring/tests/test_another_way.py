"""When the private link can't reach the mentor (Onward on 127.0.0.1, localhost or a home
network address), the pages say so plainly and offer what works: the request as an email
or a PDF with everything shared written out, and a place to paste the answer back."""

from __future__ import annotations

import email
import io
from email.message import Message
from typing import Any

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from pypdf import PdfReader

from onward.lib.reach import Reach, reach
from onward.plans.models import Step
from onward.reflect.tests.helpers import PDF, debrief, mentor, request_for
from onward.test import PRIYA, rejected_application

from ..models import ActionItem, MentorReply, MentorRequest

pytestmark = pytest.mark.django_db

LOOPBACK = "127.0.0.1:8000"
HOME_NETWORK = "192.168.1.20:8000"
MACHINE_WARNING = "A private link only works on this computer."
NETWORK_WARNING = "A private link only works on your own network."


@pytest.fixture
def on(alice_client: Client, settings: Any) -> Any:
    """Browse Onward at a given address, as the user's browser would."""
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "192.168.1.20"]

    def browse(host: str) -> Client:
        alice_client.defaults["HTTP_HOST"] = host
        return alice_client

    return browse


def full_request(user: Any, **fields: Any) -> MentorRequest:
    """A request sharing a focus area, a debrief, notes and a CV, for the mentor step."""
    rejection = rejected_application(user, [PRIYA])
    chosen = debrief(
        user,
        rejection,
        stories=2,
        questions="Tell me about a time you disagreed\nWhy analytics?",
        went_well="The SQL exercise.",
        differently="Lead with numbers.",
    )
    debrief(user, went_well="A debrief Alice did not choose to share.")
    ask = request_for(
        user,
        rejection=rejection,
        step=rejection.plan.steps.get(kind=Step.Kind.MENTOR),
        message="Hi Dana,\n\nI've put my notes on a private page for you.\n\nAlice",
        notes="I have a second interview elsewhere next week.",
        focus_areas=[
            {"key": "stories", "title": "Tell stronger stories", "why": "", "shared": "2 of 5."}
        ],
        **fields,
    )
    ask.debriefs.set([chosen])
    ask.cv = SimpleUploadedFile("cv.pdf", PDF, content_type="application/pdf")
    ask.cv_name, ask.cv_size = "alice-cv.pdf", len(PDF)
    ask.save()
    return ask


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        ("http://127.0.0.1:8000/", Reach.MACHINE),
        ("http://localhost:8533/reflect/s/x/", Reach.MACHINE),
        ("http://[::1]:8000/", Reach.MACHINE),
        ("http://app.localhost/", Reach.MACHINE),
        ("http://0.0.0.0:8000/", Reach.MACHINE),
        ("http://192.168.1.20:8000/", Reach.NETWORK),
        ("http://10.0.0.5/", Reach.NETWORK),
        ("http://[fd00::1]/", Reach.NETWORK),
        ("http://laptop.local:8000/", Reach.NETWORK),
        ("https://onward.example.org/", Reach.PUBLIC),
        ("http://203.0.113.9/", Reach.NETWORK),  # documentation range: not on the internet
        ("http://8.8.8.8/", Reach.PUBLIC),
    ],
)
def test_who_can_open_an_address(address: str, expected: Reach) -> None:
    assert reach(address) is expected


def test_the_composer_on_this_computer_says_the_link_only_works_here(alice: Any, on: Any) -> None:
    mentor(alice)
    page = on(LOOPBACK).get(reverse("reflect:mentor_request_new")).content.decode()
    assert MACHINE_WARNING in page
    assert "Onward is running at 127.0.0.1:8000" in page
    assert "opens it on any device" not in page


def test_the_composer_on_a_home_network_says_so(alice: Any, on: Any) -> None:
    page = on(HOME_NETWORK).get(reverse("reflect:mentor_request_new")).content.decode()
    assert NETWORK_WARNING in page


def test_the_composer_on_a_public_address_promises_any_device(
    alice: Any, alice_client: Client
) -> None:
    page = alice_client.get(reverse("reflect:mentor_request_new")).content.decode()
    assert "opens it on any device" in page
    assert MACHINE_WARNING not in page


def test_a_link_made_on_this_computer_warns_offers_other_ways_and_asks_no_one_yet(
    alice: Any, on: Any
) -> None:
    ask = full_request(alice)
    page = (
        on(LOOPBACK)
        .post(reverse("reflect:share_create", args=[ask.pk]), follow=True)
        .content.decode()
    )
    assert "Your link is ready" in page
    assert MACHINE_WARNING in page
    assert "Email it to Dana" in page
    assert reverse("reflect:letter_eml", args=[ask.pk]) in page
    assert reverse("reflect:letter_pdf", args=[ask.pk]) in page
    assert "Open it in my email app" not in page  # it would send a link that can't work
    assert ask.step is not None
    ask.step.refresh_from_db()
    assert ask.step.state == Step.State.OPEN
    assert "I've sent it to Dana" in page


def test_saying_it_was_sent_another_way_finishes_the_step(alice: Any, on: Any) -> None:
    ask = full_request(alice)
    client = on(LOOPBACK)
    response = client.post(reverse("reflect:mentor_request_sent", args=[ask.pk]), follow=True)
    assert "Done: you asked Dana." in response.content.decode()
    assert ask.step is not None
    ask.step.refresh_from_db()
    assert ask.step.state == Step.State.DONE
    assert "I've sent it to Dana" not in client.get(ask.get_absolute_url()).content.decode()


def test_the_request_page_on_this_computer_warns_and_opens_the_paste_box(
    alice: Any, on: Any
) -> None:
    ask = full_request(alice)
    page = on(LOOPBACK).get(ask.get_absolute_url()).content.decode()
    assert MACHINE_WARNING in page
    assert 'id="paste-reply" open' in page
    assert "Send it as an email or a PDF" in page


def header(message: Message, name: str) -> str:
    return str(message[name] or "")


def test_the_eml_writes_out_everything_shared_with_the_cv_attached(
    alice: Any, alice_client: Client
) -> None:
    ask = full_request(alice)
    response = alice_client.get(reverse("reflect:letter_eml", args=[ask.pk]))
    assert response["Content-Type"] == "message/rfc822"
    assert "advice-request-dana-li.eml" in response["Content-Disposition"]
    message = email.message_from_bytes(response.content)
    assert header(message, "To") == "Dana Li <dana@example.org>"
    assert header(message, "From") == "Alice Lee <alice@example.com>"
    assert header(message, "Subject") == "Could I ask your advice?"
    parts = list(message.walk())
    text = next(p for p in parts if p.get_content_type() == "text/plain")
    body = text.get_payload(decode=True).decode()  # type: ignore[union-attr]
    assert "I've written my notes out below." in body
    assert "private page" not in body
    for shared in [
        "1. Tell stronger stories",
        "2 of 5.",
        "Data Analyst at Acme · Interviewing",
        "Stories and examples (STAR): 2/5",
        "- Why analytics?",
        "The SQL exercise.",
        "Lead with numbers.",
        "I have a second interview elsewhere next week.",
        "My CV is attached (alice-cv.pdf).",
    ]:
        assert shared in body, shared
    assert "did not choose to share" not in body
    cv = next(p for p in parts if p.get_filename() == "alice-cv.pdf")
    assert cv.get_payload(decode=True) == PDF


def test_company_names_stay_out_when_the_user_hid_them(alice: Any, alice_client: Client) -> None:
    ask = full_request(alice, hide_companies=True)
    raw = alice_client.get(reverse("reflect:letter_eml", args=[ask.pk])).content.decode()
    pdf = alice_client.get(reverse("reflect:letter_pdf", args=[ask.pk])).content
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "Data Analyst" in raw and "Data Analyst" in text
    assert "Acme" not in raw and "Acme" not in text


def test_the_pdf_has_everything_shared_and_how_to_answer(alice: Any, alice_client: Client) -> None:
    ask = full_request(alice)
    response = alice_client.get(reverse("reflect:letter_pdf", args=[ask.pk]))
    assert response["Content-Type"] == "application/pdf"
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(response.content)).pages)
    text = " ".join(text.split())
    for shared in [
        "Alice would value your advice",
        "Tell stronger stories",
        "The SQL exercise.",
        "Lead with numbers.",
        "second interview elsewhere",
        "alice@example.com",
    ]:
        assert shared in text, shared
    assert "did not choose to share" not in text


def test_email_it_opens_the_mail_app_with_everything_but_the_cv(
    alice: Any, alice_client: Client
) -> None:
    ask = full_request(alice)
    page = alice_client.get(ask.get_absolute_url()).content.decode()
    assert 'href="mailto:dana%40example.org?subject=Could%20I%20ask%20your%20advice%3F' in page
    assert "Tell%20stronger%20stories" in page
    assert "I%27ll%20send%20my%20CV" in page


def test_a_pasted_answer_is_kept_like_a_reply_through_the_link(
    alice: Any, alice_client: Client
) -> None:
    ask = full_request(alice)
    response = alice_client.post(
        reverse("reflect:reply_paste", args=[ask.pk]),
        {"name": " Dana   Li ", "body": "  Lead with the dbt story. <script>x</script>  "},
        follow=True,
    )
    page = response.content.decode()
    reply = MentorReply.objects.get()
    assert (reply.request, reply.share, reply.name) == (ask, None, "Dana Li")
    assert reply.body == "Lead with the dbt story. <script>x</script>"
    assert reply.read_at is not None  # the user wrote it in: nothing new to read
    assert "Lead with the dbt story. &lt;script&gt;x&lt;/script&gt;" in page
    assert "<script>x</script>" not in page
    assert "Kept Dana&#x27;s advice." in page
    assert mail.outbox == []  # no email telling Alice what she just pasted
    alice_client.post(
        reverse("reflect:action_from_reply", args=[reply.pk]),
        {"title": "Practise the dbt story", "due_on": "2099-01-01", "focus_key": ""},
    )
    assert ActionItem.objects.get().reply == reply
    today = alice_client.get(reverse("plans:today")).content.decode()
    assert "replied to your request" not in today


def test_an_empty_paste_is_refused_kindly_and_keeps_nothing(
    alice: Any, alice_client: Client
) -> None:
    ask = full_request(alice)
    response = alice_client.post(
        reverse("reflect:reply_paste", args=[ask.pk]), {"name": "Dana Li", "body": "   "}
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert "Paste their answer here first." in page
    assert 'id="paste-reply" open' in page
    assert not MentorReply.objects.exists()


def test_the_reply_email_is_promised_only_when_mail_is_set_up(
    alice: Any, alice_client: Client, settings: Any
) -> None:
    ask = full_request(alice)
    assert "and by email" in alice_client.get(ask.get_absolute_url()).content.decode()
    settings.MAILERS = {"default": {"BACKEND": "django.core.mail.backends.console.EmailBackend"}}
    assert "and by email" not in alice_client.get(ask.get_absolute_url()).content.decode()

"""From an alert to a note: drafted for the people met there, checked, sent once, logged."""

from __future__ import annotations

from typing import Any

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

from onward.notes import services as notes
from onward.notes.models import Note
from onward.notes.tone import check_note
from onward.people.models import Interaction, Person, Relationship
from onward.pipeline.services import InterviewerInput
from onward.test import PRIYA, TOM, rejected_application
from onward.watch.models import Alert, Board, Posting, Watch
from onward.watch.services import note_for, people_met

pytestmark = pytest.mark.django_db

TONE_SHAPE = {"short": "email", "warm": "email", "card": "card"}


def alert_at_acme(user: Any, title: str = "Senior Data Analyst", **rejection: Any) -> Alert:
    found = rejected_application(user, rejection.pop("people", [PRIYA, TOM]), **rejection)
    board, _ = Board.objects.get_or_create(vendor="greenhouse", token="acme")
    watch = Watch.objects.create(
        user=user,
        company=found.application.company,
        board=board,
        rejection=found,
        careers_url="https://boards.greenhouse.io/acme",
    )
    posting = Posting.objects.create(
        board=board, vendor_id=title, title=title, url="https://example.org/job"
    )
    return Alert.objects.create(user=user, watch=watch, posting=posting)


def test_the_people_met_are_the_interviewers_then_the_recruiters(alice: Any) -> None:
    alert = alert_at_acme(alice)
    company = alert.watch.company
    recruiter = Person.objects.create(
        user=alice, name="Rosa Diaz", company=company, relationship=Relationship.RECRUITER
    )
    Person.objects.create(user=alice, name="Someone Else", company=company, relationship="peer")
    assert [p.name for p in people_met(alice, company)] == [
        "Priya Raman",
        "Tom Okafor",
        recruiter.name,
    ]


@pytest.mark.parametrize("shape", ["short", "warm", "card"])
@pytest.mark.parametrize(
    "topics",
    [
        "their move to dbt",
        "She runs the analytics guild and mentors new hires.",
        "",
    ],
)
def test_every_shape_of_the_draft_passes_the_tone_check(
    alice: Any, shape: str, topics: str
) -> None:
    person = InterviewerInput("Priya Raman", "Analytics Manager", "priya@acme.example", topics)
    alert = alert_at_acme(alice, people=[person])
    note = note_for(alert, Person.objects.get(name="Priya Raman"))
    notes.redraft(note, shape)
    details = [d for d in [notes.interview_details(note)] if d]
    findings = check_note(note.body, TONE_SHAPE[shape], note.person.name, details)
    assert findings == [], (note.body, findings)
    assert "Acme is hiring a Senior Data Analyst" in note.body
    assert "considered" in note.body
    if topics == "their move to dbt":
        assert "your move to dbt" in note.body


def test_the_short_draft_reads_like_a_person_wrote_it(alice: Any) -> None:
    alice.first_name, alice.last_name = "Alice", "Lee"
    alice.save()
    alert = alert_at_acme(alice, title="Analytics Engineer")
    note = note_for(alert, Person.objects.get(name="Priya Raman"))
    assert note.purpose == Note.Purpose.RE_ENGAGE
    assert note.step is None
    assert note.subject == "The Analytics Engineer role at Acme"
    assert note.body.startswith("Hi Priya,\n\nI hope you're well. I saw that Acme is hiring an ")
    assert "I enjoyed our conversation about your move to dbt when we met for the Data Analyst" in (
        note.body
    )
    assert note.body.endswith("Best regards,\nAlice Lee")


def test_a_recruiter_without_interview_notes_still_gets_a_kind_draft(alice: Any) -> None:
    alert = alert_at_acme(alice)
    rosa = Person.objects.create(
        user=alice,
        name="Rosa Diaz",
        email="rosa@acme.example",
        company=alert.watch.company,
        relationship=Relationship.RECRUITER,
    )
    note = note_for(alert, rosa)
    assert note.body.startswith("Hi Rosa,")
    details = [d for d in [notes.interview_details(note)] if d]
    assert check_note(note.body, "email", rosa.name, details) == []


def test_writing_from_the_alert_opens_the_composer_once_per_person(
    alice: Any, alice_client: Client
) -> None:
    alert = alert_at_acme(alice)
    priya = Person.objects.get(name="Priya Raman")
    url = reverse("watch:alert_note", args=[alert.pk, priya.pk])
    first = alice_client.post(url)
    note = Note.objects.get(purpose=Note.Purpose.RE_ENGAGE)
    assert first["Location"] == reverse("notes:note_edit", args=[note.pk])
    assert alice_client.post(url)["Location"] == first["Location"]
    assert Note.objects.count() == 1
    page = alice_client.get(first["Location"]).content.decode()
    assert "A note to Priya Raman" in page
    assert "Acme is hiring a Senior Data Analyst" in page
    alert.refresh_from_db()
    assert alert.seen_at is not None


def test_the_composers_shape_tabs_redraft_it_as_a_re_engagement_note(
    alice: Any, alice_client: Client
) -> None:
    alert = alert_at_acme(alice)
    note = note_for(alert, Person.objects.get(name="Priya Raman"))
    alice_client.post(reverse("notes:note_redraft", args=[note.pk]), {"shape": "card"})
    note.refresh_from_db()
    assert note.shape == "card"
    assert note.body.startswith("Dear Priya,\n\nI saw that Acme is hiring a Senior Data Analyst.")
    assert "Thank you for your time, and for letting me know" not in note.body


def test_sending_goes_out_once_and_is_logged_with_the_person(
    alice: Any, alice_client: Client, django_capture_on_commit_callbacks: Any
) -> None:
    alert = alert_at_acme(alice)
    priya = Person.objects.get(name="Priya Raman")
    note = note_for(alert, priya)
    before = Interaction.objects.filter(person=priya, kind="email").count()
    with django_capture_on_commit_callbacks(execute=True):
        alice_client.post(reverse("notes:note_send", args=[note.pk]))
    assert len(mail.outbox) == 1
    assert mail.outbox[0].subject == "The Senior Data Analyst role at Acme"
    assert Interaction.objects.filter(person=priya, kind="email").count() == before + 1
    note.refresh_from_db()
    assert note.status == Note.Status.SENT
    assert notes.deliver(note.pk) is False
    assert len(mail.outbox) == 1


def test_only_people_met_at_that_company_can_be_written_to(
    alice: Any, alice_client: Client
) -> None:
    alert = alert_at_acme(alice)
    stranger = Person.objects.create(user=alice, name="Dana Li", relationship="mentor")
    response = alice_client.post(reverse("watch:alert_note", args=[alert.pk, stranger.pk]))
    assert response.status_code == 404
    assert not Note.objects.exists()


def test_an_alert_without_people_says_what_would_help(alice: Any, alice_client: Client) -> None:
    alert = alert_at_acme(alice, people=[])
    page = alice_client.get(reverse("watch:alert_detail", args=[alert.pk])).content.decode()
    assert "You haven't noted anyone you met at Acme" in page

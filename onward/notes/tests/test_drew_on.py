"""What a draft drew on: each person's own topics, else the interview's notes with the rest
of the panel in mind; and, beside the draft, the phrase picked or why the notes stayed out."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from onward.notes import services
from onward.notes.models import Note
from onward.notes.topics import LEFT_OUT
from onward.pipeline.models import Rejection
from onward.pipeline.services import InterviewerInput, add_interview
from onward.plans.models import Step
from onward.test import rejected_application

pytestmark = pytest.mark.django_db

MAYA = InterviewerInput("Maya Chen", "Design Lead", "maya@northwind.example", "")
DANIEL = InterviewerInput("Daniel Okoye", "Staff Designer", "", "")


def panel(user: Any, interview_notes: str, people: list[InterviewerInput]) -> Rejection:
    rejection = rejected_application(user, [], company="Northwind")
    add_interview(
        rejection.application,
        timezone.localdate() - dt.timedelta(days=4),
        "panel",
        interview_notes,
        people,
    )
    return rejection


def note_for(user: Any, who: str) -> Note:
    rejection = Rejection.objects.get(user=user)
    person = rejection.application.interviews.get().interviewers.get(name=who)
    step = Step.objects.create(
        plan=rejection.plan, kind=Step.Kind.THANK, title=f"Thank {who}", person=person,
        due_on=timezone.localdate(),
    )  # fmt: skip
    return services.note_for_step(step)


def test_a_persons_own_topics_come_first_and_are_not_shared(alice: Any) -> None:
    maya = InterviewerInput("Maya Chen", "", "", "the design system")
    panel(alice, "Walked the panel through my case study.", [maya, DANIEL])
    rejection = Rejection.objects.get(user=alice)
    person = rejection.application.interviews.get().interviewers.get(name="Maya Chen")
    talk = services.discussed(rejection.application, person)
    assert talk == services.Discussed("the design system")


def test_without_own_topics_the_interview_notes_stand_in_with_the_others_named(
    alice: Any,
) -> None:
    panel(alice, "Walked the panel through my case study.", [MAYA, DANIEL])
    rejection = Rejection.objects.get(user=alice)
    person = rejection.application.interviews.get().interviewers.get(name="Daniel Okoye")
    talk = services.discussed(rejection.application, person)
    assert talk == services.Discussed(
        "Walked the panel through my case study.", shared=True, others=("Maya Chen",)
    )


def test_the_reviews_daniel_gets_a_sentence_not_the_raw_notes(alice: Any) -> None:
    panel(alice, "Walked the panel through my checkout redesign case study.", [MAYA, DANIEL])
    body = note_for(alice, "Daniel Okoye").body
    assert "our conversation about my checkout redesign case study." in body
    assert "about Walked" not in body


def test_in_shared_notes_what_maya_said_is_not_put_in_daniels_note(alice: Any) -> None:
    panel(alice, "Maya asked about my pricing work.", [MAYA, DANIEL])
    assert "pricing" in note_for(alice, "Maya Chen").body
    assert "pricing" not in note_for(alice, "Daniel Okoye").body


def test_the_composer_shows_the_phrase_the_draft_picked(alice: Any, alice_client: Client) -> None:
    panel(alice, "Walked the panel through my checkout redesign case study.", [MAYA, DANIEL])
    page = alice_client.get(note_for(alice, "Daniel Okoye").get_absolute_url()).content.decode()
    assert "The draft picks out \u201cmy checkout redesign case study\u201d." in page


def test_the_composer_says_why_the_notes_stayed_out(alice: Any, alice_client: Client) -> None:
    panel(alice, "Walked the panel through.", [MAYA, DANIEL])
    note = note_for(alice, "Daniel Okoye")
    page = alice_client.get(note.get_absolute_url()).content.decode()
    assert "Walked the panel through" not in note.body
    assert LEFT_OUT["shapeless"] in page.replace("&#x27;", "'")
    assert "Add one thing you talked about with Daniel, in your own words." in page


def test_notes_left_out_are_not_held_against_the_draft(alice: Any, alice_client: Client) -> None:
    # Private notes ("bombed", "nervous") must never be what the tone check asks for.
    panel(alice, "I bombed the portfolio question. So nervous.", [MAYA])
    note = note_for(alice, "Maya Chen")
    assert services.tone_details(note) == []
    page = alice_client.get(note.get_absolute_url()).content.decode()
    assert "It reads well" in page
    assert LEFT_OUT["private"] in page


def test_notes_a_draft_draws_on_are_what_the_tone_check_holds_it_to(alice: Any) -> None:
    panel(alice, "We talked about their design system.", [MAYA])
    note = note_for(alice, "Maya Chen")
    assert services.tone_details(note) == ["We talked about their design system."]

"""The story bank, and the interview prep sheet built from strengths, stories and debriefs."""

from __future__ import annotations

import io
import re
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse
from pypdf import PdfReader

from onward.reflect.strengths.models import InventoryTake
from onward.reflect.strengths.scoring import as_record, score
from onward.reflect.tests.helpers import debrief, favouring
from onward.test import ApplicationFactory, CompanyFactory

from ..matching import best_matches, wanted_competencies
from ..models import Story

pytestmark = pytest.mark.django_db

STORY = {
    "title": "The dashboard nobody used",
    "situation": "Our sales dashboard had 40 charts and no visitors.",
    "task": "Find out why.",
    "action": "I interviewed six account managers and cut it to five numbers.",
    "result": "Weekly visitors went from 4 to 31.",
}


def story(user: Any, title: str, strengths: list[str], competencies: list[str]) -> Story:
    return Story.objects.create(
        user=user, **{**STORY, "title": title}, strengths=strengths, competencies=competencies
    )


def finished_take(user: Any, *favourites: str) -> InventoryTake:
    answers = favouring(*favourites)
    from django.utils import timezone

    return InventoryTake.objects.create(
        user=user, answers=answers, result=as_record(score(answers)), finished_at=timezone.now()
    )


def test_a_story_is_saved_with_its_tags(alice: Any, alice_client: Client) -> None:
    response = alice_client.post(
        reverse("reflect:story_new"),
        {**STORY, "strengths": ["listener", "explainer"], "competencies": ["customer"]},
    )
    assert response["Location"] == reverse("reflect:story_list")
    saved = Story.objects.get()
    assert (saved.user, saved.strengths, saved.competencies) == (
        alice,
        ["listener", "explainer"],
        ["customer"],
    )
    page = alice_client.get(reverse("reflect:story_list")).content.decode()
    assert "The dashboard nobody used" in page
    assert "Attentive listener" in page and "Helping a customer or user" in page


def test_a_story_needs_its_situation_action_and_result(alice: Any, alice_client: Client) -> None:
    response = alice_client.post(reverse("reflect:story_new"), {"title": "Half a story"})
    page = response.content.decode()
    assert "Set the scene in a sentence." in page
    assert "Say what you did" in page
    assert not Story.objects.exists()


def test_unknown_tags_are_refused(alice: Any, alice_client: Client) -> None:
    response = alice_client.post(reverse("reflect:story_new"), {**STORY, "strengths": ["wizardry"]})
    assert "Select a valid choice" in response.content.decode()
    assert not Story.objects.exists()


def test_stories_filter_by_strength_or_competency(alice: Any, alice_client: Client) -> None:
    story(alice, "Listening story", ["listener"], ["customer"])
    story(alice, "Data story", ["evidence"], ["data"])
    by_strength = alice_client.get(
        reverse("reflect:story_list") + "?strength=listener"
    ).content.decode()
    assert "Listening story" in by_strength and "Data story" not in by_strength
    by_competency = alice_client.get(
        reverse("reflect:story_list") + "?competency=data"
    ).content.decode()
    assert "Data story" in by_competency and "Listening story" not in by_competency


def test_a_story_can_be_edited_and_deleted(alice: Any, alice_client: Client) -> None:
    saved = story(alice, "Old title", [], [])
    alice_client.post(
        reverse("reflect:story_edit", args=[saved.pk]), {**STORY, "title": "New title"}
    )
    saved.refresh_from_db()
    assert saved.title == "New title"
    alice_client.post(reverse("reflect:story_delete", args=[saved.pk]))
    assert not Story.objects.exists()


def test_the_report_links_to_a_new_story_for_a_strength(alice: Any, alice_client: Client) -> None:
    page = alice_client.get(reverse("reflect:story_new") + "?strength=planner").content.decode()
    assert re.search(r'value="planner"[^>]*checked', page)
    assert page.count("checked") == 1


def test_competencies_are_read_from_the_words_of_a_role() -> None:
    wanted = wanted_competencies(["Senior Data Analyst: work with stakeholders under deadlines"])
    assert {"data", "stakeholders", "deadline"} <= wanted
    assert "conflict" not in wanted


def test_the_best_stories_show_top_strengths_and_what_the_role_wants(alice: Any) -> None:
    a = story(alice, "A", ["listener"], ["customer"])
    b = story(alice, "B", ["evidence", "explainer"], ["data"])
    c = story(alice, "C", [], ["conflict"])
    matches = best_matches([a, b, c], ["evidence", "explainer"], ["Data Analyst"], count=2)
    assert [m.story.title for m in matches] == ["B", "A"]
    assert matches[0].score == 5
    assert matches[0].reasons == [
        "Shows Evidence seeker",
        "Shows Clear explainer",
        "Fits a decision made with data",
    ]


def test_the_prep_sheet_gathers_strengths_stories_and_lessons(
    alice: Any, alice_client: Client
) -> None:
    finished_take(alice, "evidence", "explainer", "detail", "planner", "listener")
    story(alice, "Changing the launch date", ["evidence"], ["data"])
    debrief(alice, stories=1, differently="Lead with the result, then the method.")
    application = ApplicationFactory.create(
        user=alice, company=CompanyFactory.create(user=alice, name="Northwind"), role="Data Analyst"
    )
    page = alice_client.get(reverse("reflect:prep_sheet", args=[application.pk])).content.decode()
    assert "Interview prep: Data Analyst" in page
    assert "Evidence seeker" in page
    assert "Changing the launch date" in page and "Shows Evidence seeker" in page
    assert "Lead with the result, then the method." in page
    assert "Tell stronger stories" in page


def test_an_empty_prep_sheet_points_to_what_fills_it(alice: Any, alice_client: Client) -> None:
    application = ApplicationFactory.create(user=alice)
    page = alice_client.get(reverse("reflect:prep_sheet", args=[application.pk])).content.decode()
    assert "Find your strengths" in page
    assert "Write a story" in page


def test_the_prep_sheet_prints_as_a_pdf(alice: Any, alice_client: Client) -> None:
    finished_take(alice, "evidence", "explainer", "detail", "planner", "listener")
    story(alice, "Changing the launch date", ["evidence"], ["data"])
    application = ApplicationFactory.create(
        user=alice, company=CompanyFactory.create(user=alice, name="Northwind"), role="BI Developer"
    )
    response = alice_client.get(reverse("reflect:prep_pdf", args=[application.pk]))
    assert response["Content-Type"] == "application/pdf"
    assert 'filename="prep-bi-developer-northwind.pdf"' in response["Content-Disposition"]
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    assert "Interview prep: BI Developer" in text
    assert "Evidence seeker" in text
    assert "Changing the launch date" in text

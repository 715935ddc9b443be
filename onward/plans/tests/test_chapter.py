"""Closing the chapter: an ending page that looks back, and a question before closing while
steps are still open."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from onward.notes.services import mark_printed, note_for_step
from onward.outlook.models import Reframe
from onward.plans import chapter, services
from onward.plans.models import Step
from onward.reflect.models import ActionItem, Debrief, MentorRequest
from onward.test import rejected_application

pytestmark = pytest.mark.django_db


def ending(step: Step) -> str:
    return reverse("plans:move_on_for_step", args=[step.pk])


@pytest.fixture
def plan(alice: Any) -> Any:
    return rejected_application(alice).plan


@pytest.fixture
def closing(plan: Any) -> Step:
    return plan.steps.get(kind=Step.Kind.MOVE_ON)


def finish_everything_but(plan: Any, *kept: str) -> None:
    for step in plan.steps.exclude(kind__in=[Step.Kind.MOVE_ON, *kept]):
        services.mark_done(step)


def test_the_close_button_opens_the_ending_page(closing: Step, alice_client: Client) -> None:
    opened = alice_client.get(reverse("plans:step_open", args=[closing.pk]))
    assert opened["Location"] == ending(closing) == f"/steps/{closing.pk}/move-on/"
    assert closing.action_label == "Look back and close"


def test_mark_done_on_the_closing_step_goes_to_the_ending_instead(
    closing: Step, alice_client: Client
) -> None:
    response = alice_client.post(reverse("plans:step_done", args=[closing.pk]))
    assert response["Location"] == ending(closing)
    closing.refresh_from_db()
    assert closing.state == Step.State.OPEN


def test_mark_done_on_the_closing_step_by_htmx_redirects_the_browser(
    closing: Step, alice_client: Client
) -> None:
    response = alice_client.post(
        reverse("plans:step_done", args=[closing.pk]), HTTP_HX_REQUEST="true"
    )
    assert response["HX-Redirect"] == ending(closing)
    closing.refresh_from_db()
    assert closing.state == Step.State.OPEN


def test_the_plan_and_today_offer_no_one_click_done_for_the_closing_step(
    plan: Any, closing: Step, alice_client: Client
) -> None:
    html = alice_client.get(plan.get_absolute_url()).content.decode()
    assert reverse("plans:step_done", args=[closing.pk]) not in html


def test_with_steps_open_the_ending_asks_first_and_lists_them(
    plan: Any, closing: Step, alice_client: Client
) -> None:
    finish_everything_but(plan, Step.Kind.MENTOR, Step.Kind.STAY_IN_TOUCH)
    html = alice_client.get(ending(closing)).content.decode()
    assert "Before you close this chapter" in html
    assert "2 steps are still open" in html
    assert "Ask a mentor for advice" in html and "Stay in touch" in html
    assert "Close it anyway" in html
    assert "Back to the plan" in html


def test_closing_without_saying_yes_while_steps_are_open_changes_nothing(
    plan: Any, closing: Step, alice_client: Client
) -> None:
    finish_everything_but(plan, Step.Kind.MENTOR)
    response = alice_client.post(ending(closing), follow=True)
    assert "A few steps are still open" in response.content.decode()
    closing.refresh_from_db()
    assert closing.state == Step.State.OPEN
    assert plan.steps.get(kind=Step.Kind.MENTOR).state == Step.State.OPEN


def test_closing_anyway_sets_the_open_steps_aside_and_ends_the_chapter(
    plan: Any, closing: Step, alice_client: Client
) -> None:
    finish_everything_but(plan, Step.Kind.MENTOR)
    response = alice_client.post(ending(closing), {"anyway": "1"}, follow=True)
    html = response.content.decode()
    assert "Chapter closed. You handled it with grace." in html
    assert "<h1>Chapter closed</h1>" in html
    mentor = plan.steps.get(kind=Step.Kind.MENTOR)
    assert (mentor.state, mentor.skip_reason) == (Step.State.SKIPPED, chapter.SET_ASIDE)
    closing.refresh_from_db()
    assert closing.state == Step.State.DONE
    assert plan.is_closed


def test_with_everything_done_closing_needs_no_second_question(
    plan: Any, closing: Step, alice_client: Client
) -> None:
    finish_everything_but(plan)
    html = alice_client.get(ending(closing)).content.decode()
    assert "still open" not in html
    assert "Close this chapter" in html
    alice_client.post(ending(closing))
    closing.refresh_from_db()
    assert closing.state == Step.State.DONE
    assert not plan.steps.filter(state=Step.State.SKIPPED).exists()


def test_closing_twice_changes_nothing_more(plan: Any, closing: Step, alice_client: Client) -> None:
    finish_everything_but(plan)
    alice_client.post(ending(closing))
    closing.refresh_from_db()
    closed_at = closing.done_at
    again = alice_client.post(ending(closing), {"anyway": "1"})
    assert again["Location"] == ending(closing)
    closing.refresh_from_db()
    assert closing.done_at == closed_at


def test_the_closed_plan_says_so_and_links_to_its_ending(
    plan: Any, closing: Step, alice_client: Client
) -> None:
    finish_everything_but(plan)
    alice_client.post(ending(closing))
    html = alice_client.get(plan.get_absolute_url()).content.decode()
    assert "<h1>Chapter closed</h1>" in html
    assert "Your next few days" not in html
    assert f'href="{ending(closing)}"' in html


def test_undo_after_closing_reopens_the_chapter(
    plan: Any, closing: Step, alice_client: Client
) -> None:
    finish_everything_but(plan)
    alice_client.post(ending(closing))
    alice_client.post(reverse("plans:step_undo", args=[closing.pk]))
    closing.refresh_from_db()
    assert closing.state == Step.State.OPEN
    assert not plan.is_closed


def test_the_ending_recalls_what_you_did_who_you_thanked_and_what_you_learned(
    alice: Any, plan: Any, closing: Step, alice_client: Client
) -> None:
    thank = plan.steps.filter(kind=Step.Kind.THANK).select_related("person").first()
    mark_printed(note_for_step(thank), "potpourri")
    Debrief.objects.create(
        user=alice,
        rejection=plan.rejection,
        stage_reached="interview",
        preparation=3,
        depth=3,
        stories=2,
        clarity=4,
        questions_asked=2,
        cv_fit=3,
        rapport=4,
        went_well="The case study landed.\nMore later.",
        differently="Prepare two questions about the team.",
    )
    services.mark_done(plan.steps.get(kind=Step.Kind.REFLECT))
    ask = MentorRequest.objects.create(
        user=alice, mentor_name="Dana Li", message="Could we talk?", rejection=plan.rejection
    )
    ActionItem.objects.create(
        user=alice, title="Rewrite the CV summary", due_on=plan.starts_on, request=ask
    )
    html = alice_client.get(ending(closing)).content.decode()
    assert "What you did" in html
    assert "✓ Pause, and check in with yourself" not in html  # not done, so not claimed
    assert "✓ Reflect on how it went" in html
    assert "Who you thanked" in html and "Priya Raman" in html and "With a printed card" in html
    assert "What you learned" in html
    assert "What went well: The case study landed." in html
    assert "Next time: Prepare two questions about the team." in html
    assert "To do: Rewrite the CV summary" in html


def test_the_ending_shows_your_next_step_and_the_people_to_keep_in_touch_with(
    alice: Any, plan: Any, closing: Step, alice_client: Client
) -> None:
    Reframe.objects.create(
        user=alice,
        rejection=plan.rejection,
        what_happened="A no from Acme.",
        balanced="A better fit is out there.",
        next_step="Apply to two analytics roles",
        next_step_due=plan.starts_on,
    )
    html = alice_client.get(ending(closing)).content.decode()
    assert "Your next step" in html
    assert "Apply to two analytics roles" in html
    assert reverse("pipeline:application_new") in html
    assert "People you'll keep in touch with" in html
    for person in ("Priya Raman", "Tom Okafor"):
        assert person in html
    assert "next hello" in html


def test_an_empty_chapter_is_said_kindly(plan: Any, closing: Step, alice_client: Client) -> None:
    html = alice_client.get(ending(closing)).content.decode()
    assert "Nothing ticked off, and that's all right." in html
    assert "No thank-you notes this time." in html


def test_another_users_chapter_cannot_be_seen_or_closed(
    plan: Any, closing: Step, bob_client: Client
) -> None:
    assert bob_client.get(ending(closing)).status_code == 404
    assert bob_client.post(ending(closing), {"anyway": "1"}).status_code == 404
    assert not plan.steps.exclude(state=Step.State.OPEN).exists()

"""Every finished step leads to what it produced, and Today leads to every step: no dead ends."""

from __future__ import annotations

import datetime as dt
import importlib
from typing import Any

import pytest
from django.apps import apps
from django.core.exceptions import ImproperlyConfigured
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape

from onward.notes.models import Note
from onward.notes.services import mark_printed, note_for_step
from onward.outlook.models import MoodCheckIn, Reframe
from onward.plans import services
from onward.plans.models import Step
from onward.plans.results import result_of
from onward.reflect.models import Debrief, MentorRequest
from onward.reflect.strengths import services as strengths
from onward.reflect.strengths.inventory import PAGES, page_items
from onward.test import rejected_application
from onward.watch.models import Board, Watch

pytestmark = pytest.mark.django_db


@pytest.fixture
def steps(alice: Any) -> dict[str, Step]:
    plan = rejected_application(alice).plan
    return {step.kind: step for step in plan.steps.order_by("-pk")}  # the first thank wins


def produce(kind: str, step: Step) -> str:
    """Do a step's work as its page would, and return the address of what it made."""
    user, rejection = step.plan.user, step.plan.rejection
    if kind == Step.Kind.PAUSE:
        MoodCheckIn.objects.create(user=user, rejection=rejection, mood=3)
        services.mark_done(step)
        return reverse("insights:insights") + "#mood"
    if kind == Step.Kind.THANK:
        note = note_for_step(step)
        Note.objects.filter(pk=note.pk).update(status=Note.Status.SENT, sent_at=timezone.now())
        services.mark_done(step)
        return note.get_absolute_url()
    if kind == Step.Kind.REFLECT:
        debrief = Debrief.objects.create(
            user=user, rejection=rejection, stage_reached="interview", preparation=3, depth=3,
            stories=3, clarity=3, questions_asked=3, cv_fit=3, rapport=3,
        )  # fmt: skip
        services.mark_done(step)
        return debrief.get_absolute_url()
    if kind == Step.Kind.STRENGTHS:
        take = strengths.start(user)
        for page in range(1, PAGES + 1):  # the last page finishes the take, and the step
            strengths.save_page(take, page, {item.id: 4 for item in page_items(page)})
        return take.get_absolute_url()
    if kind == Step.Kind.MENTOR:
        ask = MentorRequest.objects.create(
            user=user, mentor_name="Dana Li", message="Hi", step=step
        )
        services.mark_done(step)
        return ask.get_absolute_url()
    if kind == Step.Kind.SILVER_LINING:
        reframe = Reframe.objects.create(
            user=user, rejection=rejection, what_happened="A no.", balanced="Fine.",
            next_step="Apply again", next_step_due=timezone.localdate(),
        )  # fmt: skip
        services.mark_done(step)
        return reframe.get_absolute_url()
    if kind == Step.Kind.STAY_IN_TOUCH:
        services.mark_done(step)
        return reverse("keep_in_touch:stay_in_touch_for_step", args=[step.pk])
    if kind == Step.Kind.WATCH:
        board = Board.objects.create(vendor="greenhouse", token="acme")
        watch = Watch.objects.create(
            user=user,
            company=rejection.application.company,
            board=board,
            careers_url="https://boards.greenhouse.io/acme",
        )
        services.mark_done(step)
        return watch.get_absolute_url()
    services.mark_done(step)
    return reverse("plans:move_on_for_step", args=[step.pk])


def test_every_kind_of_step_names_where_its_result_is_found(settings: Any) -> None:
    assert set(settings.ONWARD_STEP_RESULTS) == set(Step.Kind.values)


@pytest.mark.parametrize("kind", Step.Kind.values)
def test_a_done_step_links_to_what_it_produced(
    kind: str, steps: dict[str, Step], alice_client: Client
) -> None:
    step = steps[kind]
    url = produce(kind, step)
    step.refresh_from_db()
    assert step.state == Step.State.DONE
    result = result_of(step)
    assert result is not None and result.url == url
    html = alice_client.get(step.plan.get_absolute_url()).content.decode()
    assert f'<a href="{url}">{escape(result.label)}</a>' in html


@pytest.mark.parametrize("kind", Step.Kind.values)
def test_what_a_step_produced_is_listed_under_done_this_week(
    kind: str, steps: dict[str, Step], alice_client: Client
) -> None:
    url = produce(kind, steps[kind])
    html = alice_client.get(reverse("plans:today")).content.decode()
    done = html[html.index('id="done-heading"') :]
    assert f'href="{url}"' in done


def test_a_step_done_by_hand_before_any_strengths_take_has_no_report(
    steps: dict[str, Step],
) -> None:
    step = steps[Step.Kind.STRENGTHS]
    services.mark_done(step)
    assert result_of(step) is None


def test_a_wrong_path_in_the_results_setting_is_said_plainly(settings: Any, steps: Any) -> None:
    settings.ONWARD_STEP_RESULTS = {"pause": "onward.nowhere.result"}
    with pytest.raises(ImproperlyConfigured, match="ONWARD_STEP_RESULTS lists"):
        result_of(steps[Step.Kind.PAUSE])


def test_today_links_every_item_to_its_step_and_every_plan(
    alice: Any, steps: dict[str, Step], alice_client: Client
) -> None:
    plan = steps[Step.Kind.PAUSE].plan
    html = alice_client.get(reverse("plans:today")).content.decode()
    due_soon = plan.steps.filter(due_on__lte=timezone.localdate() + dt.timedelta(days=14))
    for step in due_soon:
        assert f'href="{reverse("plans:step_open", args=[step.pk])}"' in html, step.title
    plans = html[html.index('id="plans-heading"') :]
    assert f'href="{plan.get_absolute_url()}"' in plans
    assert f"0 of {plan.steps.count()} done" in plans


def test_a_printed_note_offers_the_plans_next_step(
    steps: dict[str, Step], alice_client: Client
) -> None:
    thank = steps[Step.Kind.THANK]
    note = note_for_step(thank)
    html = alice_client.get(note.get_absolute_url()).content.decode()
    assert "Next:" not in html  # a draft has nothing behind it yet
    mark_printed(note, "potpourri")
    html = alice_client.get(note.get_absolute_url()).content.decode()
    upcoming = services.next_step_after(thank)
    assert upcoming is not None and upcoming.pk != thank.pk
    assert f'Next:</strong> <a href="{reverse("plans:step_open", args=[upcoming.pk])}">' in html
    assert upcoming.title in html


def test_with_nothing_left_a_sent_note_leads_back_to_the_plan(
    steps: dict[str, Step], alice_client: Client
) -> None:
    thank = steps[Step.Kind.THANK]
    thank.plan.steps.exclude(pk=thank.pk).update(state=Step.State.DONE)
    note = note_for_step(thank)
    mark_printed(note, "potpourri")
    html = alice_client.get(note.get_absolute_url()).content.decode()
    assert "Next:" not in html
    assert f'<a href="{thank.plan.get_absolute_url()}">Back to your plan</a>' in html


def test_the_old_mentor_wording_is_rewritten_in_existing_plans_only_where_it_was(
    steps: dict[str, Step],
) -> None:
    wording = importlib.import_module("onward.plans.migrations.0003_mentor_step_wording")
    mentor = steps[Step.Kind.MENTOR]
    Step.objects.filter(pk=mentor.pk).update(detail=wording.OLD)
    own = steps[Step.Kind.REFLECT]
    Step.objects.filter(pk=own.pk).update(detail=wording.OLD)  # same words, another kind
    wording.reword(apps, None)
    mentor.refresh_from_db()
    own.refresh_from_db()
    assert mentor.detail == wording.NEW == services.MENTOR_DETAIL
    assert own.detail == wording.OLD

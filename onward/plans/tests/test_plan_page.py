"""The plan page, one step at a time: the next step or two with their buttons, the rest
folded to a line, a calm progress line, and each finished step linked to what it made."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest
import time_machine
from django.test import Client
from django.urls import reverse

from onward.plans import services
from onward.plans.models import Step
from onward.test import rejected_application

pytestmark = pytest.mark.django_db
NOW = dt.datetime(2026, 11, 30, 9, 0, tzinfo=dt.UTC)  # a Monday


def open_step_blocks(html: str) -> dict[str, str]:
    """Each step's <li>, by its id."""
    return dict(re.findall(r'<li class="step [^"]*" id="(step-\d+)">(.*?)</li>\n', html, re.S))


@pytest.fixture
def plan(alice: Any) -> Any:
    # Made on the tests' Monday too: a plan made on the real day has other due dates.
    with time_machine.travel(NOW, tick=False):
        return rejected_application(alice).plan


@time_machine.travel(NOW, tick=False)
def test_only_the_next_two_steps_show_their_buttons(plan: Any, alice_client: Client) -> None:
    html = alice_client.get(plan.get_absolute_url()).content.decode()
    steps = list(plan.steps.all())
    blocks = open_step_blocks(html)
    assert len(blocks) == len(steps)
    with_buttons = [pk for pk, block in blocks.items() if 'class="button small"' in block]
    assert with_buttons == [f"step-{steps[0].pk}", f"step-{steps[1].pk}"]
    # The rest fold to a line: the title links to the step, the rest waits behind "More".
    for step in steps[2:]:
        block = blocks[f"step-{step.pk}"]
        assert f'href="{reverse("plans:step_open", args=[step.pk])}"' in block
        assert '<details class="step-menu">' in block
        assert f"More for {step.title}" in block


@time_machine.travel(NOW, tick=False)
def test_finishing_a_step_brings_the_next_one_forward(plan: Any, alice_client: Client) -> None:
    steps = list(plan.steps.all())
    services.mark_done(steps[0])
    blocks = open_step_blocks(alice_client.get(plan.get_absolute_url()).content.decode())
    with_buttons = [pk for pk, block in blocks.items() if 'class="button small"' in block]
    assert with_buttons == [f"step-{steps[1].pk}", f"step-{steps[2].pk}"]


@time_machine.travel(NOW, tick=False)
def test_the_plan_says_calmly_how_far_it_has_come(plan: Any, alice_client: Client) -> None:
    total = plan.steps.count()
    for step in plan.steps.all()[:3]:
        services.mark_done(step)
    services.skip(plan.steps.get(kind=Step.Kind.MENTOR), "")
    html = alice_client.get(plan.get_absolute_url()).content.decode()
    assert f"3 of {total} done" in html
    assert "1 skipped" in html
    assert f'<progress class="plan-progress" max="{total}" value="4"' in html
    upcoming = plan.steps.filter(state=Step.State.OPEN).first()
    assert f'Next:</strong> <a href="{reverse("plans:step_open", args=[upcoming.pk])}"' in html


@time_machine.travel(NOW, tick=False)
def test_a_fresh_plan_needs_no_next_line_above_its_first_step(
    plan: Any, alice_client: Client
) -> None:
    html = alice_client.get(plan.get_absolute_url()).content.decode()
    assert f"0 of {plan.steps.count()} done" in html
    assert "Next:" not in html


@time_machine.travel(NOW, tick=False)
def test_later_is_no_longer_both_a_status_and_a_button(plan: Any, alice_client: Client) -> None:
    html = alice_client.get(plan.get_absolute_url()).content.decode()
    assert ">Later<" not in html
    # The button says where the step goes; a step for another day shows its day.
    assert "Move to Wednesday</button>" in html  # today's pause, two days on
    assert '<span class="badge badge-later">Tomorrow</span>' in html


@time_machine.travel(NOW, tick=False)
def test_moving_a_step_on_puts_it_where_its_button_said(plan: Any, alice_client: Client) -> None:
    step = plan.steps.get(kind=Step.Kind.PAUSE)
    assert step.snoozed_until() == dt.date(2026, 12, 2)
    alice_client.post(reverse("plans:step_snooze", args=[step.pk]))
    step.refresh_from_db()
    assert step.due_on == dt.date(2026, 12, 2)


@time_machine.travel(NOW, tick=False)
def test_a_done_step_links_to_what_it_produced_and_keeps_its_undo(
    plan: Any, alice_client: Client
) -> None:
    from onward.notes.services import mark_printed, note_for_step

    thank = plan.steps.filter(kind=Step.Kind.THANK).first()
    note = note_for_step(thank)
    mark_printed(note, "chalkboard")
    block = open_step_blocks(alice_client.get(plan.get_absolute_url()).content.decode())[
        f"step-{thank.pk}"
    ]
    assert f'<a href="{note.get_absolute_url()}">See the note on your card</a>' in block
    assert reverse("plans:step_undo", args=[thank.pk]) in block


@time_machine.travel(NOW, tick=False)
def test_a_step_done_without_a_result_shows_no_link(plan: Any, alice_client: Client) -> None:
    reflect = plan.steps.get(kind=Step.Kind.REFLECT)
    services.mark_done(reflect)
    block = open_step_blocks(alice_client.get(plan.get_absolute_url()).content.decode())[
        f"step-{reflect.pk}"
    ]
    assert "<a href" not in block
    assert reverse("plans:step_undo", args=[reflect.pk]) in block


def test_the_mentor_step_advises_against_asking_why(plan: Any, alice_client: Client) -> None:
    mentor = plan.steps.get(kind=Step.Kind.MENTOR)
    assert mentor.detail.startswith("Skip asking the company why")
    assert "mentor you trust instead" in mentor.detail
    html = alice_client.get(reverse("reflect:mentor_request_new")).content.decode()
    assert "Why not ask" not in html
    assert "Skip asking the company why" in html

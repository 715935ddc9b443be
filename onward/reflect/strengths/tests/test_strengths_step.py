"""The plan's "know your strengths" step: the inventory, which finishes it, and the method
explained in words on the strengths pages."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from onward.plans.models import Step
from onward.plans.services import STRENGTHS_DAY
from onward.reflect.strengths import services
from onward.reflect.strengths.inventory import PAGES, page_items
from onward.reflect.strengths.models import InventoryTake
from onward.test import rejected_application

pytestmark = pytest.mark.django_db


def strengths_step(user: Any, company: str = "Acme") -> Step:
    plan = rejected_application(user, company=company).plan
    return plan.steps.get(kind=Step.Kind.STRENGTHS)


def finish_a_take(user: Any) -> InventoryTake:
    take = services.start(user)
    for page in range(1, PAGES + 1):
        services.save_page(take, page, {item.id: 3 for item in page_items(page)})
    return take


def test_every_new_plan_asks_to_know_your_strengths_on_day_four(alice: Any) -> None:
    step = strengths_step(alice)
    assert step.due_on == step.plan.starts_on + dt.timedelta(days=STRENGTHS_DAY)
    assert 4 <= STRENGTHS_DAY <= 6
    assert step.title == "Know your strengths"
    assert step.action_label == "Find your strengths"
    assert step.detail.startswith("Ten minutes, whenever you like")


def test_the_step_opens_the_inventory_with_its_plan(alice: Any, alice_client: Client) -> None:
    step = strengths_step(alice)
    page = alice_client.get(reverse("plans:step_open", args=[step.pk]), follow=True)
    assert page.resolver_match.view_name == "reflect:strengths_for_step"
    html = page.content.decode()
    assert "<h1>Know your strengths</h1>" in html
    assert f'href="{step.plan.get_absolute_url()}">Your plan</a>' in html
    assert reverse("reflect:strengths_start") in html


def test_finishing_the_inventory_marks_the_step_done_in_every_plan(alice: Any, bob: Any) -> None:
    first, second = strengths_step(alice, "Acme"), strengths_step(alice, "Globex")
    others = strengths_step(bob)
    take = finish_a_take(alice)
    assert take.finished_at is not None
    for step in (first, second):
        step.refresh_from_db()
        assert step.state == Step.State.DONE
    others.refresh_from_db()
    assert others.state == Step.State.OPEN


def test_an_unfinished_take_leaves_the_step_open(alice: Any) -> None:
    step = strengths_step(alice)
    take = services.start(alice)
    services.save_page(take, 1, {item.id: 3 for item in page_items(1)})
    step.refresh_from_db()
    assert step.state == Step.State.OPEN


def test_the_last_page_lands_on_the_report_with_the_plans_next_step(
    alice: Any, alice_client: Client
) -> None:
    step = strengths_step(alice)
    take = services.start(alice)
    for page in range(1, PAGES):
        services.save_page(take, page, {item.id: 3 for item in page_items(page)})
    answers = {item.id: "4" for item in page_items(PAGES)}
    report = alice_client.post(
        reverse("reflect:strengths_page", args=[take.pk, PAGES]), answers, follow=True
    )
    assert report.resolver_match.view_name == "reflect:strengths_report"
    step.refresh_from_db()
    assert step.state == Step.State.DONE
    upcoming = step.plan.steps.filter(state=Step.State.OPEN).first()
    assert upcoming is not None
    html = report.content.decode()
    assert f'Next:</strong> <a href="{reverse("plans:step_open", args=[upcoming.pk])}">' in html


def test_a_done_step_opens_the_report_it_produced(alice: Any, alice_client: Client) -> None:
    step = strengths_step(alice)
    take = finish_a_take(alice)
    response = alice_client.get(reverse("reflect:strengths_for_step", args=[step.pk]))
    assert response["Location"] == take.get_absolute_url()


def test_earlier_results_can_finish_the_step_without_a_new_take(
    alice: Any, alice_client: Client
) -> None:
    finish_a_take(alice)
    step = strengths_step(alice)  # a plan made after the take
    html = alice_client.get(reverse("reflect:strengths_for_step", args=[step.pk])).content
    assert b"My last results still fit" in html
    alice_client.post(
        reverse("plans:step_done", args=[step.pk]), {"next": step.plan.get_absolute_url()}
    )
    step.refresh_from_db()
    assert step.state == Step.State.DONE
    assert InventoryTake.objects.filter(user=alice).count() == 1


@pytest.mark.parametrize("name", ["reflect:strengths_home", "reflect:strengths_method"])
def test_the_strengths_pages_link_the_method_in_words_not_a_file_path(
    name: str, alice_client: Client
) -> None:
    html = alice_client.get(reverse(name)).content.decode()
    assert "docs/strengths.md" not in html
    assert "<code>" not in html


def test_the_home_page_links_to_how_it_works(alice_client: Client) -> None:
    html = alice_client.get(reverse("reflect:strengths_home")).content.decode()
    method = reverse("reflect:strengths_method")
    assert f'<a href="{method}">How the questions were written and how your answers' in html


def test_how_it_works_explains_the_method_plainly(alice_client: Client) -> None:
    html = alice_client.get(reverse("reflect:strengths_method")).content.decode()
    assert "How the strengths inventory works" in html
    assert "International Personality Item Pool" in html
    assert "A mirror to think with, not a test" in html
    assert "never whether you should get a job" in html

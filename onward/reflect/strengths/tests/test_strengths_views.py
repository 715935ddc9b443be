"""Taking the inventory: a page at a time, resumable, then a report; retakes compared."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from onward.reflect.tests.helpers import favouring

from ..inventory import ITEMS, PAGES, page_items
from ..models import InventoryTake

pytestmark = pytest.mark.django_db


def answer_page(client: Client, take: InventoryTake, page: int, answers: dict[str, int]) -> Any:
    data = {item.id: answers[item.id] for item in page_items(page)}
    return client.post(reverse("reflect:strengths_page", args=[take.pk, page]), data)


def take_all(client: Client, answers: dict[str, int]) -> InventoryTake:
    client.post(reverse("reflect:strengths_start"))
    take = InventoryTake.objects.filter(finished_at__isnull=True).get()
    for page in range(1, PAGES + 1):
        answer_page(client, take, page, answers)
    take.refresh_from_db()
    return take


def test_starting_opens_the_first_page_of_ten(alice: Any, alice_client: Client) -> None:
    intro = alice_client.get(reverse("reflect:strengths_home")).content.decode()
    assert "Ten minutes, whenever you like" in intro
    response = alice_client.post(reverse("reflect:strengths_start"))
    take = InventoryTake.objects.get(user=alice)
    assert response["Location"] == reverse("reflect:strengths_page", args=[take.pk, 1])
    page = alice_client.get(response["Location"]).content.decode()
    assert "Page 1 of 8" in page
    assert page.count('class="likert') == 10
    assert ITEMS[0].text.replace("'", "&#x27;") in page


def test_each_page_is_saved_and_leads_to_the_next(alice: Any, alice_client: Client) -> None:
    alice_client.post(reverse("reflect:strengths_start"))
    take = InventoryTake.objects.get()
    response = answer_page(alice_client, take, 1, favouring())
    assert response["Location"] == reverse("reflect:strengths_page", args=[take.pk, 2])
    take.refresh_from_db()
    assert take.answered == 10 and take.percent_done == 12
    page = alice_client.get(response["Location"]).content.decode()
    # Page 2 of 8 starts 1/8 of the way: 12%, drawn as the nearest 5% step (10%).
    assert 'aria-valuenow="12"' in page and '<span class="fill-2"></span>' in page


def test_a_page_with_a_gap_is_shown_again_kindly(alice: Any, alice_client: Client) -> None:
    alice_client.post(reverse("reflect:strengths_start"))
    take = InventoryTake.objects.get()
    data = {item.id: 3 for item in page_items(1)[:9]}
    response = alice_client.post(reverse("reflect:strengths_page", args=[take.pk, 1]), data)
    assert response.status_code == 200
    assert "A few are still open." in response.content.decode()
    take.refresh_from_db()
    assert take.answers == {}


def test_stopping_midway_keeps_what_is_answered_and_resumes_there(
    alice: Any, alice_client: Client
) -> None:
    alice_client.post(reverse("reflect:strengths_start"))
    take = InventoryTake.objects.get()
    answer_page(alice_client, take, 1, favouring())
    partial = {item.id: 4 for item in page_items(2)[:3]}
    response = alice_client.post(
        reverse("reflect:strengths_page", args=[take.pk, 2]), {**partial, "later": "1"}
    )
    assert response["Location"] == reverse("reflect:strengths_home")
    take.refresh_from_db()
    assert take.answered == 13
    home = alice_client.get(reverse("reflect:strengths_home")).content.decode()
    assert "Pick up where you left off" in home and "13 of 80 answered" in home
    # Starting again resumes the same take, on the page with the first gap.
    again = alice_client.post(reverse("reflect:strengths_start"))
    assert again["Location"] == reverse("reflect:strengths_page", args=[take.pk, 2])
    assert InventoryTake.objects.count() == 1
    page = alice_client.get(again["Location"]).content.decode()
    assert page.count("checked") == 3


def test_finishing_shows_the_top_five_with_how_to_sell_each(
    alice: Any, alice_client: Client
) -> None:
    take = take_all(
        alice_client, favouring("planner", "listener", "persuader", "inventive", "detail")
    )
    assert take.finished_at is not None
    assert take.result["planner"]["rank"] <= 5
    response = alice_client.get(take.get_absolute_url())
    page = response.content.decode()
    for name in ("Planner", "Attentive listener", "Persuasive", "Inventive", "Eye for detail"):
        assert name in page
    assert "On your CV" in page and "In an interview" in page
    assert "Planned [project] across [teams or people]" in page
    assert page.count('class="card strength"') == 5


def test_a_finished_take_cannot_be_answered_again(alice: Any, alice_client: Client) -> None:
    take = take_all(alice_client, favouring())
    before = dict(take.answers)
    response = answer_page(alice_client, take, 1, {item.id: 1 for item in ITEMS})
    assert response["Location"] == reverse("reflect:strengths_report", args=[take.pk])
    take.refresh_from_db()
    assert take.answers == before


def test_a_retake_is_kept_and_compared(alice: Any, alice_client: Client) -> None:
    first = take_all(
        alice_client, favouring("planner", "listener", "detail", "evidence", "decisive")
    )
    second = take_all(
        alice_client, favouring("planner", "listener", "detail", "evidence", "explainer")
    )
    assert first.pk != second.pk and InventoryTake.objects.count() == 2
    page = alice_client.get(second.get_absolute_url()).content.decode()
    assert "New in your top five" in page
    assert "Decisive moved out of your top five" in page
    home = alice_client.get(reverse("reflect:strengths_home")).content.decode()
    assert home.count(reverse("reflect:strengths_report", args=[first.pk])) == 1
    assert home.count(reverse("reflect:strengths_report", args=[second.pk])) == 1


def test_an_unfinished_take_has_no_report_yet(alice: Any, alice_client: Client) -> None:
    alice_client.post(reverse("reflect:strengths_start"))
    take = InventoryTake.objects.get()
    response = alice_client.get(reverse("reflect:strengths_report", args=[take.pk]))
    assert response["Location"] == reverse("reflect:strengths_page", args=[take.pk, 1])
    beyond = alice_client.get(reverse("reflect:strengths_page", args=[take.pk, 99]))
    assert beyond["Location"] == reverse("reflect:strengths_page", args=[take.pk, 1])

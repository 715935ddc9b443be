from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse
from pytest_django.fixtures import Settings

from onward.core import registry
from onward.core.due import DueItem
from onward.test import rejected_application

pytestmark = pytest.mark.django_db


@pytest.fixture
def clean_step_pages() -> Iterator[None]:
    pages = dict(registry._step_pages)
    registry._step_pages.clear()
    yield
    registry._step_pages.clear()
    registry._step_pages.update(pages)


def cv_summary(user: Any, today: dt.date, until: dt.date) -> list[DueItem]:
    """A source from outside the project's own apps, listed in the setting by a test."""
    if user.username != "alice@example.com":
        return []
    return [DueItem("cv-1", "action", "Update your CV summary", "/settings/", "Open")]


def test_a_listed_source_shows_its_items_on_today_for_its_user_only(
    settings: Settings, alice: Any, alice_client: Client, bob_client: Client
) -> None:
    settings.ONWARD_DUE_SOURCES = [f"{__name__}.cv_summary"]
    page = alice_client.get(reverse("today")).content.decode()
    assert page.count("Update your CV summary") == 1
    assert "Update your CV summary" not in bob_client.get(reverse("today")).content.decode()


def test_a_source_left_out_of_the_setting_shows_nothing(
    settings: Settings, alice: Any, alice_client: Client
) -> None:
    rejected_application(alice)
    settings.ONWARD_DUE_SOURCES = [f"{__name__}.cv_summary"]  # no plan steps listed
    page = alice_client.get(reverse("today")).content.decode()
    assert "Update your CV summary" in page
    assert "Thank Priya Raman" not in page


def test_a_step_kind_with_a_registered_page_opens_it(
    clean_step_pages: None, alice: Any, alice_client: Client
) -> None:
    step = rejected_application(alice).plan.steps.get(kind="reflect")
    assert step.action_label == ""
    registry.register_step_page("reflect", "plan_detail")
    assert step.action_label == "Reflect"
    response = alice_client.get(reverse("step_open", args=[step.pk]))
    assert response["Location"] == reverse("plan_detail", args=[step.pk])

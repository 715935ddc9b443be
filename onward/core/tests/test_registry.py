from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from onward.core import registry
from onward.test import rejected_application

pytestmark = pytest.mark.django_db


@pytest.fixture
def clean_registry() -> Iterator[None]:
    sources, pages = list(registry._today_sources), dict(registry._step_pages)
    registry._today_sources.clear()
    registry._step_pages.clear()
    yield
    registry._today_sources[:] = sources
    registry._step_pages.clear()
    registry._step_pages.update(pages)


def test_a_registered_source_shows_its_items_on_today_for_its_user_only(
    clean_registry: None, alice: Any, alice_client: Client, bob_client: Client
) -> None:
    def source(user: Any, day: dt.date) -> list[registry.TodayItem]:
        if user != alice:
            return []
        return [registry.TodayItem("Update your CV summary", "/settings/", "Open", kind="action")]

    registry.register_today_source(source)
    registry.register_today_source(source)  # registering twice shows it once
    page = alice_client.get(reverse("today")).content.decode()
    assert page.count("Update your CV summary") == 1
    assert "Update your CV summary" not in bob_client.get(reverse("today")).content.decode()


def test_a_step_kind_with_a_registered_page_opens_it(
    clean_registry: None, alice: Any, alice_client: Client
) -> None:
    step = rejected_application(alice).plan.steps.get(kind="reflect")
    assert step.action_label == ""
    registry.register_step_page("reflect", "plan_detail")
    assert step.action_label == "Reflect"
    response = alice_client.get(reverse("step_open", args=[step.pk]))
    assert response["Location"] == reverse("plan_detail", args=[step.pk])

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse
from pytest_django.fixtures import Settings

from onward.core.due import DueItem
from onward.test import rejected_application

pytestmark = pytest.mark.django_db


def cv_summary(user: Any, today: dt.date, until: dt.date) -> list[DueItem]:
    """A source from outside the project's own apps, listed in the setting by a test."""
    if user.username != "alice@example.com":
        return []
    return [DueItem("cv-1", "action", "Update your CV summary", "/settings/", "Open")]


def test_a_listed_source_shows_its_items_on_today_for_its_user_only(
    settings: Settings, alice: Any, alice_client: Client, bob_client: Client
) -> None:
    settings.ONWARD_DUE_SOURCES = [f"{__name__}.cv_summary"]
    page = alice_client.get(reverse("plans:today")).content.decode()
    assert page.count("Update your CV summary") == 1
    assert "Update your CV summary" not in bob_client.get(reverse("plans:today")).content.decode()


def test_a_source_left_out_of_the_setting_shows_nothing(
    settings: Settings, alice: Any, alice_client: Client
) -> None:
    rejected_application(alice)
    settings.ONWARD_DUE_SOURCES = [f"{__name__}.cv_summary"]  # no plan steps listed
    page = alice_client.get(reverse("plans:today")).content.decode()
    assert "Update your CV summary" in page
    assert "Thank Priya Raman" not in page

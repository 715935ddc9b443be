from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from onward.core import registry

pytestmark = pytest.mark.django_db


@pytest.fixture
def clean_registry() -> Iterator[None]:
    sources = list(registry._today_sources)
    registry._today_sources.clear()
    yield
    registry._today_sources[:] = sources


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

"""The insights page: charts drawn on the server as inline SVG, each with a text alternative."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from onward.outlook.models import MoodCheckIn
from onward.pipeline.services import create_application
from onward.reflect.models import Debrief
from onward.test import PRIYA, rejected_application

pytestmark = pytest.mark.django_db


@pytest.fixture
def search(alice: Any) -> None:
    rejection = rejected_application(alice, [PRIYA], stage="final")
    create_application(alice, "Globex", "BI Developer")
    for days, mood in [(10, 2), (5, 3), (1, 4)]:
        MoodCheckIn.objects.create(
            user=alice, mood=mood, created_at=timezone.now() - dt.timedelta(days=days)
        )
    Debrief.objects.create(
        user=alice,
        rejection=rejection,
        stage_reached="final",
        **dict.fromkeys(
            ["preparation", "depth", "stories", "clarity", "questions_asked", "cv_fit", "rapport"],
            4,
        ),
    )


def test_every_chart_is_inline_svg_with_a_title_a_description_and_its_numbers(
    search: None, alice_client: Client
) -> None:
    page = alice_client.get(reverse("insights:insights")).content.decode()
    svgs = re.findall(r"<svg class=\"chart\".*?</svg>", page, re.S)
    assert len(svgs) == 5  # flow, endings, response times, mood, debriefs
    for svg in svgs:
        labelled = re.search(r'aria-labelledby="([\w-]+) ([\w-]+)"', svg)
        assert labelled and 'role="img"' in svg
        assert f'<title id="{labelled[1]}">' in svg and f'<desc id="{labelled[2]}">' in svg
    assert page.count("<figcaption") == 5
    assert page.count("See the numbers") == 5
    assert "Of 2 applications: 1 reached phone screen" in page  # the flow, said in words
    assert "3 days of mood check-ins" in page
    assert "https://" not in page.split("<main", 1)[1]  # nothing from the network


def test_the_flow_table_holds_each_stage(search: None, alice_client: Client) -> None:
    page = alice_client.get(reverse("insights:insights")).content.decode()
    row = re.search(r"<th scope=\"row\">Final round</th>((?:<td>\d+</td>)+)", page)
    assert row is not None
    assert re.findall(r"\d+", row[1]) == ["1", "0", "0", "1", "0", "0"]


def test_a_new_user_sees_a_kind_empty_page(alice_client: Client) -> None:
    page = alice_client.get(reverse("insights:insights")).content.decode()
    assert "Nothing to chart yet." in page
    assert "Check in from Today and your mood will show here." in page


def test_bob_sees_only_his_own_charts(search: None, bob_client: Client) -> None:
    page = bob_client.get(reverse("insights:insights")).content.decode()
    assert "Nothing to chart yet." in page
    assert "Globex" not in page and "chart-dot" not in page

"""The demo account shows a few weeks of moods, a silver lining and someone losing touch;
clearing the sample data takes the sample moods too, never the user's own."""

from __future__ import annotations

from typing import Any

import pytest

from onward.demo.data import build_demo, clear_sample_data, populate
from onward.outlook.models import MoodCheckIn, Reframe
from onward.people import cadence

pytestmark = pytest.mark.django_db


def test_the_demo_has_moods_a_reframe_and_someone_losing_touch() -> None:
    user = build_demo("demo@example.com", "a-demo-password-1")
    moods = MoodCheckIn.objects.filter(user=user)
    assert moods.count() >= 8
    assert len({m.created_at.date() for m in moods}) >= 8  # spread over weeks
    reframe = Reframe.objects.get(user=user)
    assert reframe.rejection.application.company.name == "Quillon"
    assert "Jordan Ellis" in [r.person.name for r in cadence.due(user)]


def test_clearing_sample_data_takes_sample_moods_and_keeps_the_users_own(alice: Any) -> None:
    own = MoodCheckIn.objects.create(user=alice, mood=4, words="Mine")
    populate(alice)
    assert MoodCheckIn.objects.filter(user=alice).count() > 1
    clear_sample_data(alice)
    assert list(MoodCheckIn.objects.filter(user=alice)) == [own]
    assert not Reframe.objects.filter(user=alice).exists()

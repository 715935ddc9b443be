"""The demo account watches Acme Analytics and has one alert, without touching the network."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from onward.demo.data import build_demo
from onward.watch.due import alerts
from onward.watch.models import Alert, Watch
from onward.watch.poller import poll_cycle

pytestmark = pytest.mark.django_db


def test_the_demo_has_a_watch_and_an_alert_on_today() -> None:
    user = build_demo("demo@onward.local", "onward-demo")
    watch = Watch.objects.get(user=user)
    assert watch.company.name == "Acme Analytics"
    assert watch.board is not None and watch.board.is_sample
    alert = Alert.objects.get(user=user)
    items = list(alerts(user, timezone.localdate()))
    assert [item.title for item in items] == [
        "Acme Analytics is hiring a Senior Data Analyst, Product"
    ]
    client = Client()
    client.force_login(user)
    page = client.get(reverse("watch:alert_detail", args=[alert.pk])).content.decode()
    assert "Write to Priya" in page
    assert poll_cycle(force=True).boards == 0  # a sample board is never fetched


def test_building_the_demo_twice_is_fine() -> None:
    build_demo("demo@onward.local", "onward-demo")
    user = build_demo("demo@onward.local", "onward-demo")
    assert Watch.objects.filter(user=user).count() == 1
    assert Alert.objects.filter(user=user).count() == 1

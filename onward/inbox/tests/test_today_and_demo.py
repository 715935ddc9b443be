"""The inbox on Today (emails to look at, people to connect with) and in the demo account."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from onward.core.due import DueItem, collect
from onward.demo.data import build_demo
from onward.inbox.models import ConnectTodo, ImportedMessage
from onward.inbox.parsing import parse
from onward.inbox.services import Importer
from onward.inbox.understand import understand

from .mails import human, raw

pytestmark = pytest.mark.django_db


def today_items(user: Any, day: dt.date) -> list[DueItem]:
    return collect(user, day, day)


def bring_in(user: Any, data: bytes) -> None:
    mail = parse(data)
    Importer(user, "cli").add(mail, understand(mail))


def test_today_counts_the_emails_to_look_at(alice: Any, alice_client: Client) -> None:
    bring_in(alice, raw())
    bring_in(alice, human())
    items = [item for item in today_items(alice, dt.date.today()) if item.kind == "inbox-review"]
    assert [(i.title, i.action, i.url) for i in items] == [
        ("Two emails to look at", "Look at them", reverse("inbox:queue"))
    ]
    assert "Two may be a no. Nothing changes until you say yes." in items[0].detail
    assert "Two emails to look at" in alice_client.get(reverse("plans:today")).content.decode()


def test_today_suggests_connecting_with_real_people_only(alice: Any) -> None:
    bring_in(alice, raw())  # a no-reply address: nobody to connect with
    bring_in(alice, human())
    items = [i for i in today_items(alice, dt.date.today()) if i.kind == "inbox-connect"]
    assert [(i.title, i.context) for i in items] == [
        ("Connect with Priya Raman", "Recruiter at Acme Analytics")
    ]
    ConnectTodo.objects.update(state="dismissed")
    assert not [i for i in today_items(alice, dt.date.today()) if i.kind == "inbox-connect"]


def test_nothing_on_today_when_nothing_waits(alice: Any) -> None:
    assert not [i for i in today_items(alice, dt.date.today()) if i.kind.startswith("inbox")]


def test_the_demo_account_has_emails_waiting(db: Any) -> None:
    user = build_demo("demo@onward.local", "onward-demo")
    waiting = ImportedMessage.objects.filter(user=user, status="pending")
    assert {m.label for m in waiting} == {"rejection", "next_step", "received"}
    matched = waiting.get(company="Juniper Books")
    assert matched.application is not None and matched.application.role == "Data Analyst"

"""Sample data in a user's own account, added from Today and cleared from Settings."""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from onward.pipeline.models import Company
from onward.tests.source import nodes

pytestmark = pytest.mark.django_db


def test_the_sample_data_addresses_did_not_move() -> None:
    assert reverse("demo:sample_data_add") == "/welcome/sample/"
    assert reverse("demo:sample_data_clear") == "/settings/sample/clear/"


def test_adding_sample_data_needs_a_post(alice: Any, alice_client: Client) -> None:
    assert alice_client.get(reverse("demo:sample_data_add")).status_code == 405
    assert not Company.objects.filter(user=alice).exists()


def test_adding_sample_data_twice_adds_it_once(alice: Any, alice_client: Client) -> None:
    first = alice_client.post(reverse("demo:sample_data_add"))
    assert first["Location"] == reverse("plans:today")
    count = Company.objects.filter(user=alice).count()
    alice_client.post(reverse("demo:sample_data_add"))
    assert Company.objects.filter(user=alice).count() == count > 0


def test_settings_offers_to_clear_sample_data_only_when_there_is_some(
    alice_client: Client,
) -> None:
    assert (
        "Clear the sample data" not in alice_client.get(reverse("core:settings")).content.decode()
    )
    alice_client.post(reverse("demo:sample_data_add"))
    page = alice_client.get(reverse("core:settings")).content.decode()
    assert reverse("demo:sample_data_clear") in page


def test_clearing_without_sample_data_goes_back_to_settings(alice_client: Client) -> None:
    response = alice_client.get(reverse("demo:sample_data_clear"))
    assert response["Location"] == reverse("core:settings")


def test_one_user_clearing_leaves_anothers_sample_data(
    alice: Any, alice_client: Client, bob: Any, bob_client: Client
) -> None:
    alice_client.post(reverse("demo:sample_data_add"))
    bob_client.post(reverse("demo:sample_data_add"))
    bob_client.post(reverse("demo:sample_data_clear"))
    assert not Company.objects.filter(user=bob).exists()
    assert Company.objects.filter(user=alice, is_sample=True).exists()


def test_core_imports_nothing_from_demo() -> None:
    core = Path(__file__).resolve().parents[2] / "core"
    imported = set()
    for module in core.rglob("*.py"):
        for node in nodes(module):
            if isinstance(node, ast.ImportFrom) and node.module:
                imported.add(node.module)
            elif isinstance(node, ast.Import):
                imported.update(alias.name for alias in node.names)
    assert not [name for name in imported if name.startswith("onward.demo")]

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.test import Client

from onward.test import UserFactory


@pytest.fixture
def alice(db: None) -> User:
    return UserFactory.create(username="alice@example.com", first_name="Alice", last_name="Lee")


@pytest.fixture
def bob(db: None) -> User:
    return UserFactory.create(username="bob@example.com", first_name="Bob", last_name="Stone")


@pytest.fixture
def alice_client(alice: User) -> Client:
    client = Client()
    client.force_login(alice)
    return client


@pytest.fixture
def bob_client(bob: User) -> Client:
    client = Client()
    client.force_login(bob)
    return client

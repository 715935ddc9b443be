from __future__ import annotations

from typing import Any

import pytest
from django.contrib.auth.models import User
from django.test import Client

from onward.api.tokens import create_token


class Api:
    """A script speaking JSON to the API with a personal access token."""

    def __init__(self, secret: str) -> None:
        self.client = Client(headers={"Authorization": f"Bearer {secret}"})

    def get(self, path: str, **query: Any) -> Any:
        return self.client.get("/api" + path, query)

    def send(self, method: str, path: str, body: Any = None) -> Any:
        call = getattr(self.client, method)
        return call(
            "/api" + path, body if body is not None else {}, content_type="application/json"
        )

    def post(self, path: str, body: Any = None) -> Any:
        return self.send("post", path, body)

    def patch(self, path: str, body: Any = None) -> Any:
        return self.send("patch", path, body)

    def delete(self, path: str) -> Any:
        return self.client.delete("/api" + path)


@pytest.fixture
def api(alice: User) -> Api:
    return Api(create_token(alice, "script").secret)


@pytest.fixture
def bob_api(bob: User) -> Api:
    return Api(create_token(bob, "bob's script").secret)


@pytest.fixture
def reader(alice: User) -> Api:
    return Api(create_token(alice, "dashboard", read_only=True).secret)

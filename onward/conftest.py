from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.test import Client

from onward.test import UserFactory

# smtp(*faults): a real SMTP server on loopback that fails where a test says.
pytest_plugins = ["onward.tests.mailfaults"]


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


_LOOPBACK = {"localhost", "127.0.0.1", "::1", "testserver"}


@pytest.fixture(autouse=True)
def _nothing_leaves_this_machine(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reaches beyond this machine, even one that pastes a made-up careers page:
    outgoing requests to anything but loopback get no answer, and names don't resolve."""
    from urllib.parse import urlsplit

    from onward.lib import http
    from onward.watch import discovery

    real_read = http.Client._read

    async def read(self: http.Client, url: str, headers: dict[str, str]) -> http.Fetched:
        if (urlsplit(url).hostname or "") not in _LOOPBACK:
            return http.Fetched(url=url, status=0, error="Couldn't connect to the server.")
        return await real_read(self, url, headers)

    async def resolve(host: str) -> list[Any]:
        return []

    monkeypatch.setattr(http.Client, "_read", read)
    monkeypatch.setattr(discovery, "resolve", resolve)


@pytest.fixture(scope="session")
def _demo_folder(tmp_path_factory: pytest.TempPathFactory, worker_id: str) -> Path:
    from onward.tests.subprocesses import demo_folder

    base = tmp_path_factory.getbasetemp()
    # pytest-xdist workers share the parent of their temporary folders.
    return demo_folder(base if worker_id == "master" else base.parent)


@pytest.fixture
def demo_data_dir(_demo_folder: Path, tmp_path: Path) -> Path:
    """A data folder of this test's own, with a migrated database and the demo account."""
    from onward.tests.subprocesses import copy_of

    return copy_of(_demo_folder, tmp_path / "data")

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


@pytest.fixture(autouse=True)
def _empty_cache() -> None:
    """Each test starts with an empty cache (Today's entries, rate limits): ids and
    frozen clocks repeat from one test to the next."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture(autouse=True)
def _nothing_leaves_this_machine(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reaches beyond this machine, even one that pastes a made-up careers page:
    names other than localhost don't resolve, and every connection Onward makes through
    onward.lib.netguard (all of its web and IMAP traffic) is refused unless it goes to
    loopback. Tests that need a name to resolve set netguard.resolver themselves."""
    import ipaddress

    from onward.lib import netguard

    real_addresses = netguard.addresses

    def loopback_only(host: str, port: int) -> list[netguard.Address]:
        if netguard.normalise(host) == "localhost":
            return [ipaddress.ip_address("127.0.0.1")]
        raise OSError(f"tests don't ask the DNS (for {host!r})")

    def addresses(host: str, port: int, **kwargs: Any) -> list[netguard.Address]:
        found = real_addresses(host, port, **kwargs)
        if not all(address.is_loopback for address in found):
            raise netguard.Refused("tests stay on this machine")
        return found

    addresses.unguarded = real_addresses  # type: ignore[attr-defined]  # for the guard's own tests
    monkeypatch.setattr(netguard, "resolver", loopback_only)
    monkeypatch.setattr(netguard, "addresses", addresses)


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

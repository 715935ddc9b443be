from __future__ import annotations

import os
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.test import Client

from onward.test import UserFactory
from onward.tests import shared_test_db

# smtp(*faults): a real SMTP server on loopback that fails where a test says.
pytest_plugins = ["onward.tests.mailfaults"]

# Modules whose tests share something costly made once per test process (a browser, a
# world of records, files compressed for real): under pytest-xdist each of them runs
# whole, in a row, on one worker, so it is made once, not once on each worker; every other
# test goes to whichever worker is free. These start the run (the browser modules one
# after another: see onward/e2e/conftest.py), so none of them ends it. (xdist's own
# `--dist loadgroup` cannot do this on pytest 9: it renames the tests, which pytest 9
# no longer lets it do.)
MADE_ONCE_PER_MODULE = (
    "onward/e2e/",
    "onward/tests/isolation/",
    "onward/core/tests/test_fonts.py",
    "onward/core/tests/test_precompressed.py",
)

# Tests that wait on processes they start (the worker, two servers at once, `check
# --deploy`) or walk the migrations: sent out right after the modules above, so that their
# waits overlap other tests' work instead of being the last thing the run waits for.
LONG_SINGLE_TESTS = (
    "onward/notes/tests/test_worker.py",
    "onward/notes/tests/test_worker_kill.py",
    "onward/core/tests/test_migrating.py",
    "onward/people/tests/test_company_moves_here.py",
    "onward/tests/test_deploy_check.py",
    "onward/api/tests/test_schema_fuzz.py",
)


def pytest_configure(config: pytest.Config) -> None:
    from django.conf import settings

    if hasattr(config, "workerinput") and settings.DATABASES["default"]["ENGINE"].endswith(
        "sqlite3"
    ):
        shared_test_db.install()


def pytest_unconfigure(config: pytest.Config) -> None:
    if not hasattr(config, "workerinput"):
        shared_test_db.remove(os.getpid())


def pytest_xdist_make_scheduler(config: pytest.Config, log: Any) -> Any:
    if config.getvalue("dist") != "load":  # another --dist asked for: xdist's own
        return None
    from xdist.scheduler import LoadScopeScheduling

    class ModulesMadeOnce(LoadScopeScheduling):
        """Work units: one per module above, one per test elsewhere; the modules first,
        in the order of their names (so the browser modules follow one another), then the
        long single tests, then the rest."""

        started = False

        def add_node_collection(self, node: Any, collection: Sequence[str]) -> None:
            # xdist keys work by test id, but schemathesis gives each API operation's
            # test the same id: number the repeats so that every one of them still runs.
            seen: Counter[str] = Counter()
            unique = []
            for nodeid in collection:
                seen[nodeid] += 1
                unique.append(nodeid if seen[nodeid] == 1 else f"{nodeid}::#{seen[nodeid]}")
            super().add_node_collection(node, unique)

        def _split_scope(self, nodeid: str) -> str:
            module = nodeid.split("::", 1)[0]
            return module if module.startswith(MADE_ONCE_PER_MODULE) else nodeid

        def _assign_work_unit(self, node: Any) -> None:
            if not self.started:
                self.started = True
                modules = sorted(unit for unit in self.workqueue if "::" not in unit)
                long = [unit for unit in self.workqueue if unit.startswith(LONG_SINGLE_TESTS)]
                for unit in reversed([*modules, *long]):
                    self.workqueue.move_to_end(unit, last=False)
            super()._assign_work_unit(node)

    return ModulesMadeOnce(config, log)


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
def _demo_folder(
    tmp_path_factory: pytest.TempPathFactory, worker_id: str, django_db_setup: None
) -> Path:
    from onward.tests.subprocesses import demo_folder

    base = tmp_path_factory.getbasetemp()
    if worker_id == "master":
        return demo_folder(base)
    # pytest-xdist workers share the parent of their temporary folders, and the run's
    # migrated database (there once the test databases are made: django_db_setup).
    return demo_folder(base.parent, shared_test_db.template_path(os.getppid()))


@pytest.fixture
def demo_data_dir(_demo_folder: Path, tmp_path: Path) -> Path:
    """A data folder of this test's own, with a migrated database and the demo account."""
    from onward.tests.subprocesses import copy_of

    return copy_of(_demo_folder, tmp_path / "data")

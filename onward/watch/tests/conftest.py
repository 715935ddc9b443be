from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from .fakeboards import FakeBoards, vendor_settings


@pytest.fixture
def boards(settings: Any) -> Iterator[FakeBoards]:
    """A fake job-board server on 127.0.0.1, with every vendor's API pointed at it."""
    server = FakeBoards().start()
    for name, value in vendor_settings(server.url).items():
        setattr(settings, name, value)
    settings.ONWARD_ALLOW_PRIVATE_FETCH = True
    settings.ONWARD_WATCH_TIMEOUT = 2
    settings.SITE_URL = "http://onward.test"
    yield server
    server.stop()

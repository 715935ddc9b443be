"""A pytest fixture: Onward's mail pointed at a faulty_smtp server (1 s reply timeout)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import ExitStack
from typing import Any

import pytest

from .faulty_smtp import Fault, Sink, faulty_smtp

StartSMTP = Callable[..., Sink]


@pytest.fixture
def smtp(settings: Any) -> Iterator[StartSMTP]:
    """smtp(*faults) starts a server with those faults and sends Onward's mail to it."""
    with ExitStack() as servers:

        def start(*faults: Fault) -> Sink:
            port, sink = servers.enter_context(faulty_smtp(*faults))
            settings.MAILERS = {
                "default": {
                    "BACKEND": "onward.lib.smtp.EmailBackend",
                    "OPTIONS": {"host": "127.0.0.1", "port": port, "timeout": 1},
                }
            }
            return sink

        yield start

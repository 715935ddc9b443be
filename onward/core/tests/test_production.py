"""`onward serve --production`: what the master does before it forks the workers."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from onward.core import production


@pytest.fixture
def unfrozen() -> Iterator[None]:
    gc.unfreeze()
    yield
    gc.unfreeze()


def test_what_start_up_made_is_frozen_before_the_workers_are_forked(
    unfrozen: None, monkeypatch: pytest.MonkeyPatch, settings: Any, tmp_path: Path
) -> None:
    settings.STATIC_ROOT = tmp_path
    frozen_when_forking: list[int] = []
    monkeypatch.setattr(
        production.Server, "run", lambda self: frozen_when_forking.append(gc.get_freeze_count())
    )

    production.serve(production.Options(host="127.0.0.1", port=0, workers=2, threads=4))

    assert frozen_when_forking, "the server was never started"
    # The whole of Django and the app, not a handful of objects.
    assert frozen_when_forking[0] > 50_000

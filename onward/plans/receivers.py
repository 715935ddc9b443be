"""plans listens to pipeline; pipeline does not know plans exists."""

from __future__ import annotations

from typing import Any

from onward.pipeline.models import Rejection

from .services import build_plan


def plan_for_rejection(sender: type[Rejection], rejection: Rejection, **kwargs: Any) -> None:
    """A recorded rejection gets its aftercare plan at once, in the same transaction."""
    build_plan(rejection)

"""Notes that follow the user: naming yourself signs the drafts that went unsigned."""

from __future__ import annotations

from typing import Any

from .services import sign_drafts


def sign_drafts_when_named(sender: Any, instance: Any, update_fields: Any = None, **_: Any) -> None:
    # Only a save that sets the name (welcome, Settings) signs; a login's last_login doesn't.
    if update_fields and {"first_name", "last_name"} & set(update_fields):
        sign_drafts(instance)

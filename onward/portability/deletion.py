"""Deleting an account: every row the user owned, the files those rows named, and every
way in they had handed out (the calendar feed, mentor links, signed-in sessions)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from importlib import import_module
from typing import Any

from django.conf import settings
from django.contrib.sessions.backends import db
from django.contrib.sessions.models import Session
from django.db import models, transaction

from . import ownership

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Deleted:
    rows: int
    files: int


def _files_of(user: Any) -> list[tuple[Any, str]]:
    """(storage, name) of every uploaded file the user's rows name: a mentor request's CV."""
    found = []
    for model, path in ownership.owned_models().items():
        columns = [f for f in model._meta.concrete_fields if isinstance(f, models.FileField)]
        for column in columns:
            names = model._default_manager.filter(**{path: user}).values_list(
                column.name, flat=True
            )
            found += [(column.storage, name) for name in names if name]
    return found


def _end_sessions(user: Any) -> None:
    # Only sessions kept in the database can be found by user; a signed cookie or a cache
    # session ends when its user row no longer exists (Django checks on every request).
    store = import_module(settings.SESSION_ENGINE).SessionStore
    if not issubclass(store, db.SessionStore):
        return
    mine = str(user.pk)
    for session in Session.objects.iterator():
        if session.get_decoded().get("_auth_user_id") == mine:
            store().delete(session.session_key)  # and its copy in the cache (cached_db)


def delete_account(user: Any) -> Deleted:
    """Remove the user and everything that was theirs; files go once the rows are gone."""
    with transaction.atomic():
        files = _files_of(user)
        rows = sum(ownership.rows_pointing_at(user).values())
        _end_sessions(user)
        # Every owned model deletes with its user (the walk only follows CASCADE), so the
        # feed token (in preferences) and mentor links (shares) go with the rest.
        user.delete()

        def remove_files() -> None:
            for storage, name in files:
                try:
                    storage.delete(name)
                except OSError:
                    log.warning("Couldn't remove %s after deleting an account.", name)

        transaction.on_commit(remove_files)
    return Deleted(rows=rows, files=len(files))

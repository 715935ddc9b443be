"""Each user's data version: cached work stays right because any change moves it on.

`current(user_id)` reads the number (one query by primary key); `changed(user_ids)` moves
it on once the transaction that changed the data commits (at once outside one), however
many rows changed. Moving it on after the commit and reading it before the work means a
cached result can only ever be filed under a number older than the data it saw, never
newer: a result cached under today's number was worked out from today's data.

What moves it on:
- every save and delete of a row a user owns (`core.ownership.owned_models`, found by
  walking the models, so a new model is covered without anyone listing it), through
  Django's post_save, post_delete and m2m_changed signals, wherever the write happens
  (a page, the API, the worker, a command);
- every write request a signed-in user makes (`core.transactions`), which covers
  `queryset.update()` and `bulk_create` in views, where no signal fires;
- an explicit `changed()` after each `update()`/`bulk_*` in services the worker runs,
  and for rows shared by many users (a job board that moved: everyone watching it).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.db import DEFAULT_DB_ALIAS, connections, models, transaction
from django.db.models import F
from django.db.models.signals import m2m_changed, post_delete, post_save

from .models import DataVersion
from .ownership import owned_models

# The user ids waiting for the current transaction to commit, per database connection.
_PENDING = "_onward_changed_users"


def current(user_id: int) -> int:
    found = DataVersion.objects.filter(user_id=user_id).values_list("version", flat=True)
    return next(iter(found), 0)


def changed(user_ids: Iterable[int | None]) -> None:
    """Move these users' versions on, once the data they changed is committed."""
    ids = {pk for pk in user_ids if pk is not None}
    if not ids:
        return
    connection = connections[DEFAULT_DB_ALIAS]
    if not connection.in_atomic_block:
        _bump(ids)
        return
    pending: set[int] = getattr(connection, _PENDING, None) or set()
    setattr(connection, _PENDING, pending)
    pending |= ids
    # One callback per transaction, however many rows it writes. A rollback drops the
    # callback (and leaves the ids for the next commit: moving on too often is harmless).
    if not any(func is _flush for _, func, _ in connection.run_on_commit):
        transaction.on_commit(_flush)


def _flush() -> None:
    connection = connections[DEFAULT_DB_ALIAS]
    pending: set[int] = getattr(connection, _PENDING, None) or set()
    setattr(connection, _PENDING, set())
    if pending:
        _bump(pending)


def _bump(ids: set[int]) -> None:
    with transaction.atomic():
        DataVersion.objects.bulk_create(
            [DataVersion(user_id=pk) for pk in ids], ignore_conflicts=True
        )
        DataVersion.objects.filter(user_id__in=ids).update(version=F("version") + 1)


def owner_of(instance: models.Model, path: str) -> int | None:
    """The id of the user who owns `instance`, following its owner path ("plan__user");
    None when a parent is gone already (its own delete moved the version on)."""
    *hops, last = path.split("__")
    obj: Any = instance
    try:
        for hop in hops:
            obj = getattr(obj, hop)
    except models.ObjectDoesNotExist:
        return None
    return getattr(obj, f"{last}_id", None)


def _on_change(sender: type[models.Model], instance: models.Model, **kwargs: Any) -> None:
    if kwargs.get("raw"):  # loaddata
        return
    path = owned_models().get(sender)
    if path is not None:
        changed([owner_of(instance, path)])


def _on_m2m(sender: type[models.Model], instance: models.Model, **kwargs: Any) -> None:
    if kwargs.get("action", "").startswith("post_"):
        _on_change(type(instance), instance)


def connect() -> None:
    """Listen to the owned models only: a delete receiver on every model would stop Django
    deleting the others' rows in bulk (sessions, job postings)."""
    for model in owned_models():
        if model is DataVersion:
            continue
        uid = f"onward.core.versions.{model._meta.label_lower}"
        post_save.connect(_on_change, sender=model, dispatch_uid=uid + ".save")
        post_delete.connect(_on_change, sender=model, dispatch_uid=uid + ".delete")
    m2m_changed.connect(_on_m2m, dispatch_uid="onward.core.versions.m2m")

"""Each user's data version: cached work stays right because any change moves it on.

`current(user_id)` reads the number (one query by primary key); `changed(user_ids)` moves
it on in the same transaction as the change (once per transaction, however many rows it
writes), so the new number and the new data become visible together. Reading the number
before the work means a cached result can only ever be filed under a number as old as
the data it saw or older, never newer: what is cached under the current number was
worked out from the current data.

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

import functools
from collections.abc import Iterable
from typing import Any

from django.contrib.auth import get_user_model
from django.db import DEFAULT_DB_ALIAS, connections, models, router, transaction
from django.db.models import F
from django.db.models.signals import m2m_changed, post_delete, post_save

from . import snapshots
from .models import DataVersion
from .ownership import owned_models


def current(user_id: int) -> int:
    # Plain SQL: every signed-in page reads this one row, and building the same query
    # with the ORM cost several times more than running it.
    alias = router.db_for_read(DataVersion)
    with connections[alias].cursor() as cursor:
        cursor.execute(_version_sql(alias), [user_id])
        row = cursor.fetchone()
    return int(row[0]) if row else 0


@functools.cache
def _version_sql(alias: str) -> str:
    table = connections[alias].ops.quote_name(DataVersion._meta.db_table)
    return f"SELECT version FROM {table} WHERE owner = %s"


# Where a request's user keeps the version read for that request (on the user object,
# which lives as long as the request), so the preferences and the page share one query.
FOR_THIS_REQUEST = "_onward_data_version"


def for_request(user: Any) -> int:
    """The user's version as first read in this request. Work filed under it may have seen
    newer data than the number says, never older, which is the safe way round."""
    kept = getattr(user, FOR_THIS_REQUEST, None)
    if kept is None:
        kept = current(user.pk)
        setattr(user, FOR_THIS_REQUEST, kept)
    return int(kept)


class _Moved:
    """Kept among the transaction's on-commit callbacks to remember whose version it has
    moved on already. It is registered at the same savepoint as the move, so the two
    share their fate: Django drops it with a rolled-back savepoint or transaction (the
    move is undone too, and the next change moves it on again), keeps it when a savepoint
    is released, and clears it at the commit."""

    def __init__(self, users: set[int]) -> None:
        self.users = users

    def __call__(self) -> None:
        pass


def changed(user_ids: Iterable[int | None]) -> None:
    """Move these users' versions on, in the transaction that changes their data (once per
    transaction, however many rows it writes), or at once outside one."""
    ids = {pk for pk in user_ids if pk is not None}
    if not ids:
        return
    connection = connections[DEFAULT_DB_ALIAS]
    if not connection.in_atomic_block:
        _bump(ids)
        return
    for _, func, *_ in connection.run_on_commit:
        if isinstance(func, _Moved):
            ids -= func.users
    if ids:
        _bump(ids)
        transaction.on_commit(_Moved(ids))


def _bump(ids: set[int]) -> None:
    with transaction.atomic():
        DataVersion.objects.bulk_create(
            [DataVersion(owner=pk) for pk in ids], ignore_conflicts=True
        )
        DataVersion.objects.filter(owner__in=ids).update(version=F("version") + 1)
        if snapshots.active():
            # Told to the cache before the commit (readers then stop using the user's
            # snapshot, and can't keep one read before it) and again after, should the
            # first telling have failed.
            moved = dict(DataVersion.objects.filter(owner__in=ids).values_list("owner", "version"))
            snapshots.publish(moved)
            transaction.on_commit(lambda: snapshots.publish(moved))


def _forget(sender: Any, instance: Any, **kwargs: Any) -> None:
    """An account's version goes with it, and its snapshot (core.snapshots) is never used
    again, even by a visit that read the row just before."""
    DataVersion.objects.filter(owner=instance.pk).delete()
    if snapshots.active():
        snapshots.tombstone([instance.pk])
        transaction.on_commit(lambda: snapshots.tombstone([instance.pk]))


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


def _on_user(sender: Any, instance: Any, **kwargs: Any) -> None:
    if not kwargs.get("raw"):
        changed([instance.pk])


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
    post_delete.connect(_forget, sender=get_user_model(), dispatch_uid="onward.core.versions.user")
    # The account itself (a first name on Today's welcome).
    post_save.connect(_on_user, sender=get_user_model(), dispatch_uid="onward.core.versions.me")

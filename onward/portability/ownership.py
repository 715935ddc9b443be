"""Which rows belong to a user, found by walking the models rather than by keeping a list.

A model is *owned* when it points at the user with a foreign key that deletes with them, or
hangs (non-null, deleting with its parent) off a model that is owned: a Step belongs to
whoever owns its plan. Models that owned rows point at but that belong to no one (a job
board, its postings) are *shared*: an export carries the rows it needs, and an import finds
them again by their natural key instead of copying them. A new model is therefore exported,
imported and deleted without anyone remembering to list it; the tests fail only when a new
model needs a decision (a secret-looking field, a model left out).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from django.apps import apps
from django.db import models
from django.db.models import Q

from onward.core.ownership import is_user as _is_user
from onward.core.ownership import owned_models

# Owned models that never leave in an export, and why. Deleting an account still removes
# their rows (they belong to the user), and the tests hold every other owned model to the
# export.
NOT_EXPORTED: dict[str, str] = {
    "reflect.share": (
        "a mentor link is a secret handed to one person; an import can't bring it back, "
        "and a new link is one click"
    ),
    "account.emailaddress": "the sign-in addresses belong to the account importing, not the file",
    "account.emailconfirmation": "one-time keys for confirming a sign-in address",
    "socialaccount.socialaccount": "links to sign-in providers belong to the account, not the file",
    "socialaccount.socialtoken": "a sign-in provider's access tokens: secrets",
    "api.accesstoken": "personal access tokens are secrets; make new ones after an import",
}

# Onward's models that are nobody's data, and why: bookkeeping of this install.
NOBODYS: dict[str, str] = {
    "core.dataversion": (
        "a count of the changes to an account, so Today's cache is never stale; it goes "
        "with the account and starts again after an import"
    ),
    "core.sentmail": (
        "this install's record of mail in flight (the lease and the server's answer); a "
        "note's own send state is exported with the note, and the rows go with the account"
    ),
}

# Fields that never leave, per model: what would let someone else in, or read the user's
# mail. A field whose name looks like a secret must be listed here or in NOT_SECRET.
SECRET_FIELDS: dict[str, frozenset[str]] = {
    "accounts.preferences": frozenset({"feed_token", "unsubscribe_token"}),
    "inbox.mailaccount": frozenset({"password_encrypted"}),
}
NOT_SECRET: dict[str, str] = {
    "watch.board.token": 'the public name of a job board ("acme") or a feed\'s address',
    "watch.board.content_hash": "a digest of a public page, to notice when it changes",
}
SECRET_LOOKING = re.compile(r"token|password|secret|hash|salt|api_?key", re.IGNORECASE)

# Bookkeeping a user never sees, kept out of shared rows: a fresh install claims and polls
# its boards itself.
SHARED_SKIP: dict[str, frozenset[str]] = {
    "watch.board": frozenset({"claimed_by", "claimed_until", "etag", "last_modified"}),
}


def label(model: type[models.Model]) -> str:
    return model._meta.label_lower


@dataclass(frozen=True)
class Table:
    """One model as the export sees it."""

    model: type[models.Model]
    # The lookup from this model to its user ("user", "plan__user"); empty for shared ones.
    path: str
    shared: bool = False

    @property
    def label(self) -> str:
        return label(self.model)

    @property
    def one_per_user(self) -> bool:
        """Settings-like rows (preferences, the mail account): one per user at most."""
        field = self.owner_field
        return field is not None and field.one_to_one

    @property
    def owner_field(self) -> models.ForeignKey[Any, Any] | None:
        """The field naming the user directly, when there is one."""
        if self.shared or "__" in self.path:
            return None
        field = self.model._meta.get_field(self.path)
        return field if isinstance(field, models.ForeignKey) else None

    def rows_of(self, user: Any) -> models.QuerySet[Any]:
        return self.model._default_manager.filter(**{self.path: user}).order_by("pk")

    def fields(self) -> Iterator[models.Field[Any, Any]]:
        """The columns an export holds: everything but the owner link and secrets."""
        secret = SECRET_FIELDS.get(self.label, frozenset())
        skip = SHARED_SKIP.get(self.label, frozenset()) if self.shared else frozenset()
        owner = self.owner_field
        for field in self.model._meta.concrete_fields:
            if field.primary_key or field.name in secret or field.name in skip:
                continue
            if owner is not None and field.name == owner.name:
                continue
            if field.is_relation and label(field.related_model) in NOT_EXPORTED:  # type: ignore[arg-type]
                continue  # e.g. the mentor link a reply came through: gone with the link
            yield field

    def many_to_many(self) -> Iterator[models.ManyToManyField[Any, Any]]:
        """Plain many-to-many links; one with its own model is a table of its own."""
        for field in self.model._meta.many_to_many:
            through: Any = field.remote_field.through  # type: ignore[union-attr]
            if isinstance(field, models.ManyToManyField) and through._meta.auto_created:
                yield field


def _referenced(model: type[models.Model]) -> Iterator[type[models.Model]]:
    for field in model._meta.concrete_fields:
        if field.is_relation and field.related_model is not None:
            yield field.related_model  # type: ignore[misc]
    for m2m in model._meta.many_to_many:
        yield m2m.related_model  # type: ignore[misc]


@cache
def tables() -> tuple[Table, ...]:
    """What an export holds, parents before the rows that point at them."""
    owned = {
        model: path
        for model, path in owned_models().items()
        if label(model) not in NOT_EXPORTED and not model._meta.auto_created
    }
    shared: set[type[models.Model]] = set()
    todo = list(owned)
    while todo:
        for target in _referenced(todo.pop()):
            if target in owned or target in shared or _is_user(target):
                continue
            if label(target) in NOT_EXPORTED or target in owned_models():
                continue
            shared.add(target)
            todo.append(target)
    every = {model: Table(model, path) for model, path in owned.items()}
    every |= {model: Table(model, "", shared=True) for model in shared}
    return tuple(every[model] for model in _parents_first(list(every)))


def _parents_first(models_: list[type[models.Model]]) -> list[type[models.Model]]:
    ordered: list[type[models.Model]] = []
    visiting: set[type[models.Model]] = set()
    members = set(models_)

    def visit(model: type[models.Model]) -> None:
        if model in ordered:
            return
        if model in visiting:
            raise RuntimeError(f"{label(model)} is part of a loop of foreign keys.")
        visiting.add(model)
        for field in model._meta.concrete_fields:
            target = field.related_model
            if field.is_relation and target in members and target is not model:
                visit(target)  # type: ignore[arg-type]
        visiting.discard(model)
        ordered.append(model)

    for model in sorted(models_, key=label):
        visit(model)
    return ordered


def table(name: str) -> Table | None:
    return next((t for t in tables() if t.label == name), None)


def rows_pointing_at(user: Any) -> dict[str, int]:
    """How many rows of every model still belong to the user, or name them: what deleting
    an account must bring to nothing."""
    counts: dict[str, int] = {}
    for model in apps.get_models(include_auto_created=True):
        if _is_user(model):
            if model._default_manager.filter(pk=user.pk).exists():
                counts[label(model)] = 1
            continue
        query = Q()
        if (path := owned_models().get(model)) is not None:
            query |= Q(**{path: user.pk})
        for field in model._meta.concrete_fields:
            if field.is_relation and _is_user(field.related_model):
                query |= Q(**{field.name: user.pk})
        if query and (n := model._default_manager.filter(query).count()):
            counts[label(model)] = n
    return counts

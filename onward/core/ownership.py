"""One way to fetch a user's object: anything not theirs is a 404, never a 403,
so a stranger cannot even learn that the object exists. And which models belong to a
user at all, found by walking the models (the export and Today's cache both read it)."""

from __future__ import annotations

from functools import cache
from typing import Any

from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import User
from django.db import models
from django.db.models import Model, QuerySet
from django.shortcuts import get_object_or_404


def owned_or_404[M: Model](
    model: type[M] | QuerySet[M], user: User, owner: str = "user", **lookup: Any
) -> M:
    return get_object_or_404(model, **{owner: user}, **lookup)


def is_user(model: Any) -> bool:
    return model is get_user_model()


def _owner_path(model: type[models.Model], known: dict[type[models.Model], str]) -> str | None:
    for field in model._meta.concrete_fields:
        if not field.is_relation or field.null:
            continue
        if field.remote_field.on_delete is not models.CASCADE:  # type: ignore[union-attr]
            continue
        target: Any = field.related_model
        if is_user(target):
            return field.name
        if parent := known.get(target):
            return f"{field.name}__{parent}"
    return None


@cache
def owned_models() -> dict[type[models.Model], str]:
    """Every model whose rows belong to a user, with the lookup to that user."""
    found: dict[type[models.Model], str] = {}
    changed = True
    while changed:  # a child is found once its parent is
        changed = False
        for model in apps.get_models(include_auto_created=True):
            if model in found or is_user(model):
                continue
            if (path := _owner_path(model, found)) is not None:
                found[model] = path
                changed = True
    return found

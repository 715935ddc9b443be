"""One way to fetch a user's object: anything not theirs is a 404, never a 403,
so a stranger cannot even learn that the object exists."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import User
from django.db.models import Model, QuerySet
from django.shortcuts import get_object_or_404


def owned_or_404[M: Model](
    model: type[M] | QuerySet[M], user: User, owner: str = "user", **lookup: Any
) -> M:
    return get_object_or_404(model, **{owner: user}, **lookup)

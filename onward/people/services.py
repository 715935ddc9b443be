"""How other apps change the records kept in people."""

from __future__ import annotations

from django.contrib.auth.models import User

from .models import Company


def company_named(user: User, name: str) -> Company:
    """The user's company of this name (any case, spaces tidied), created if new."""
    name = " ".join(name.split())
    existing = Company.objects.filter(user=user, name__iexact=name).first()
    return existing or Company.objects.create(user=user, name=name)

"""Making, finding and revoking personal access tokens.

A token is 32 random bytes; only its SHA-256 is stored. A slow password hash is not
needed: the token is long and random, so the hash only has to keep a leaked database
from being a list of working tokens.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass

from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone

from .models import AccessToken

# Marks the token as Onward's, so a secret scanner (or a person) can tell what it is.
PREFIX = "onw_"
# last_used_at is a hint for the person, not an audit log: no write on every request.
TOUCH_EVERY_SECONDS = 60


@dataclass(frozen=True)
class NewToken:
    token: AccessToken
    secret: str  # shown once, never stored


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


@transaction.atomic
def create_token(user: User, name: str, *, read_only: bool = False) -> NewToken:
    secret = PREFIX + secrets.token_urlsafe(32)
    token = AccessToken.objects.create(
        user=user,
        name=" ".join(name.split())[:100],
        key_hash=_digest(secret),
        prefix=secret[: len(PREFIX) + 4],
        read_only=read_only,
    )
    return NewToken(token, secret)


def find(secret: str) -> AccessToken | None:
    """The active token with this secret, or None (unknown, revoked, or its user gone)."""
    if not secret.startswith(PREFIX) or len(secret) > 200:
        return None
    token = (
        AccessToken.objects.select_related("user")
        .filter(key_hash=_digest(secret), revoked_at__isnull=True, user__is_active=True)
        .first()
    )
    if token is not None:
        now = timezone.now()
        last = token.last_used_at
        if last is None or (now - last).total_seconds() > TOUCH_EVERY_SECONDS:
            AccessToken.objects.filter(pk=token.pk).update(last_used_at=now)
            token.last_used_at = now
    return token


@transaction.atomic
def revoke(token: AccessToken) -> bool:
    """True when this call revoked it; a token already revoked stays as it was."""
    done = AccessToken.objects.filter(pk=token.pk, revoked_at__isnull=True).update(
        revoked_at=timezone.now()
    )
    return bool(done)

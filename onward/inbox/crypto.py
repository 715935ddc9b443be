"""Secrets kept at rest (the IMAP password), encrypted with a key from settings.

The key is ONWARD_FIELD_KEY when set (so it can live apart from the database), else
derived from SECRET_KEY. Changing the key makes stored passwords unreadable: the
user is asked to enter theirs again, nothing else breaks.
"""

from __future__ import annotations

import base64

from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from django.conf import settings


class CannotDecrypt(ValueError):
    """The secret was stored under another key."""


def _fernet() -> Fernet:
    secret = settings.ONWARD_FIELD_KEY or settings.SECRET_KEY
    key = HKDF(
        algorithm=hashes.SHA256(), length=32, salt=b"onward-field-key", info=b"inbox"
    ).derive(secret.encode("utf-8"))
    return Fernet(base64.urlsafe_b64encode(key))


def encrypt(text: str) -> str:
    return _fernet().encrypt(text.encode("utf-8")).decode("ascii")


def decrypt(token: str) -> str:
    try:
        return _fernet().decrypt(token.encode("ascii")).decode("utf-8")
    except (InvalidToken, ValueError) as error:
        raise CannotDecrypt("stored under a different key") from error

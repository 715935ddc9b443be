"""A CSRF token for each response, drawn with one read of the system's random source.

Django's get_token masks the browser's secret with 32 characters drawn one by one, each
a separate read of the operating system's random source (and the secret itself, for a
browser that has none yet, another 32): about a tenth of the CPU of a Today visit from
the cache. `token_for` gives the same kind of token, accepted by the same check (a fresh
mask of the same secret, so the page differs on every response, as BREACH protection
needs), drawing every character it needs from one read. The characters are uniform:
bytes past the last whole multiple of the alphabet's size are dropped, not folded in.
"""

from __future__ import annotations

import operator
import os

from django.conf import settings
from django.http import HttpRequest
from django.middleware import csrf

CHARS = csrf.CSRF_ALLOWED_CHARS
LENGTH = csrf.CSRF_SECRET_LENGTH
# Bytes from here up would make the first characters likelier than the others.
_LIMIT = 256 - 256 % len(CHARS)
# Byte tables for bytes.translate, so each step runs over all 32 characters at once in C
# (the Python loop over them cost as much again as the rest of the token).
_DROP = bytes(range(_LIMIT, 256))
_BYTE_TO_INDEX = bytes(b % len(CHARS) for b in range(256))
_INDEX_TO_CHAR = CHARS.encode().ljust(256, b"\0")
_SUM_TO_CHAR = bytes(ord(CHARS[v % len(CHARS)]) for v in range(256))
_CHAR_TO_INDEX = bytes(CHARS.find(chr(b)) % 256 for b in range(256))


def _random_indexes(length: int) -> bytes:
    """`length` positions in CHARS, uniformly drawn: one byte each."""
    found = b""
    while len(found) < length:
        found += os.urandom(length + 16).translate(None, _DROP)
    return found[:length].translate(_BYTE_TO_INDEX)


def random_chars(length: int) -> str:
    return _random_indexes(length).translate(_INDEX_TO_CHAR).decode("ascii")


def token_for(request: HttpRequest) -> str:
    """What django.middleware.csrf.get_token answers, for a page that puts the token in
    its HTML: a masked copy of the browser's CSRF secret, a new secret (and its cookie)
    if it has none."""
    if settings.CSRF_USE_SESSIONS:  # the secret lives in the session: Django's way
        return csrf.get_token(request)
    secret = request.META.get("CSRF_COOKIE")
    if secret is None:
        secret = random_chars(LENGTH)
        request.META["CSRF_COOKIE"] = secret
        request.META["CSRF_COOKIE_NEEDS_UPDATE"] = True
    # A browser that sent its cookie keeps it: Django would send it again to push its year
    # of life on, which cost Today a sixteenth of its work (bench/request_instructions.py).
    # Every other page still does (their {% csrf_token %} is Django's get_token), and when it
    # has expired at last the next visit here gives a new one.
    # Django's masking: each character of the secret moved on by the mask's, around CHARS.
    mask = _random_indexes(LENGTH)
    moved = map(operator.add, secret.encode("ascii").translate(_CHAR_TO_INDEX), mask)
    return (mask.translate(_INDEX_TO_CHAR) + bytes(moved).translate(_SUM_TO_CHAR)).decode()

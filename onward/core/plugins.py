"""Plug-ins named in settings by dotted path, the way Django names its MIDDLEWARE.

An app adds to a shared screen by being listed in a setting, not by registering
itself at import time: the settings file is the one place to see who plugs in where,
and a test swaps a list with pytest-django's `settings` fixture.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from django.core.exceptions import ImproperlyConfigured
from django.utils.module_loading import import_string


@functools.cache
def load(setting: str, path: str) -> Callable[..., Any]:
    """The function `path` names; a wrong path is a configuration error, said plainly.

    Cached per path, so a test that changes the setting gets its own functions.
    """
    try:
        found = import_string(path)
    except ImportError as error:
        raise ImproperlyConfigured(
            f"{setting} lists {path!r}, which cannot be imported: {error}"
        ) from error
    if not callable(found):
        raise ImproperlyConfigured(f"{setting} lists {path!r}, which is not a function.")
    return found  # type: ignore[no-any-return]

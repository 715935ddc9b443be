"""Import WeasyPrint without the start-up work that cannot change what it finds.

Importing WeasyPrint cost about 0.7 s of CPU here, and two parts of that are lookups
whose answer is already known, paid again by every process that draws its first card
(the whole of `onward card`):

- It finds each native library by trying several names in turn. On Linux, every name
  that is not a file name goes through ctypes' `find_library`, which runs `ldconfig`,
  `gcc` and `ld`: some fifty processes. When every library opens under its Linux file
  name, which WeasyPrint tries right after, those lookups can only end in the same
  library, so while WeasyPrint is imported they answer "not found" at once.
- Each of its built-in stylesheets gets a URL fetcher, and each fetcher makes its own
  default TLS context, reading the system's certificates again. Those stylesheets never
  fetch anything; while WeasyPrint is imported they share one context.

Both are put back as soon as the import is done. Anywhere else (macOS, Windows, a
missing library) WeasyPrint is simply imported as it is.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache

# The libraries WeasyPrint must load, under the Linux file names it tries itself.
LINUX_LIBRARIES = (
    "libgobject-2.0.so.0",
    "libpango-1.0.so.0",
    "libharfbuzz.so.0",
    "libfontconfig.so.1",
    "libpangoft2-1.0.so.0",
)

_importing = threading.Lock()


def import_weasyprint() -> None:
    """Import WeasyPrint once per process, the quick way where that is safe."""
    if "weasyprint" in sys.modules:
        return
    with _importing:
        if "weasyprint" in sys.modules:
            return
        if not _libraries_open_by_file_name():
            import weasyprint

            return
        with _no_library_search(), _one_tls_context():
            import weasyprint  # noqa: F401


def _libraries_open_by_file_name() -> bool:
    if not sys.platform.startswith("linux"):
        return False
    import ctypes

    try:
        for name in LINUX_LIBRARIES:
            ctypes.CDLL(name)
    except OSError:
        return False
    return True


@contextmanager
def _no_library_search() -> Iterator[None]:
    import ctypes.util

    find_library = ctypes.util.find_library
    ctypes.util.find_library = lambda name: None
    try:
        yield
    finally:
        ctypes.util.find_library = find_library


@contextmanager
def _one_tls_context() -> Iterator[None]:
    import http.client

    create = http.client._create_https_context  # type: ignore[attr-defined]
    http.client._create_https_context = cache(create)  # type: ignore[attr-defined]
    try:
        yield
    finally:
        http.client._create_https_context = create  # type: ignore[attr-defined]

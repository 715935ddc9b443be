"""The UI's web fonts, from their PyPI packages, served compressed.

The stylesheet uses four font files; as they come (OpenType) they are about 690 KB, most of
a first page. Compressed they are under half that. WhiteNoise sends a file's `.br` or `.gz`
twin when there is one beside it, and the packages' folders are no place to write twins, so
this finder copies the four fonts into the data folder once, with their twins, and serves
them from there (`prepare()`; `onward serve` calls it before it listens). Only these four
are served: the packages hold about a hundred other weights nobody asks for.

Until the copies are made, or if they can't be, the packages' own files are served as they
are. The bytes of each font are never changed, only compressed for the trip.
"""

from __future__ import annotations

import gzip
import os
import tempfile
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, Literal, overload

import brotli  # whitenoise[brotli]
from django.conf import settings
from django.contrib.staticfiles.finders import BaseFinder
from django.core.files.storage import FileSystemStorage

# The URL path under STATIC_URL (what onward.css asks for) -> (package, file in its files/).
SANS, SERIF = "font_source_sans_pro", "font_source_serif_pro"
FONTS: dict[str, tuple[str, str]] = {
    f"fonts/source-sans/{name}": (SANS, name)
    for name in ("SourceSansPro-Regular.otf", "SourceSansPro-Semibold.otf", "SourceSansPro-It.otf")
} | {"fonts/source-serif/SourceSerifPro-Semibold.otf": (SERIF, "SourceSerifPro-Semibold.otf")}

_lock = threading.Lock()


def cache_dir() -> Path:
    return Path(settings.DATA_DIR) / "static-fonts"


def source_of(path: str) -> Path | None:
    """The font file as its package installed it, or None without the package."""
    package, name = FONTS[path]
    try:
        module = __import__(package)
    except ImportError:  # the CSS falls back to system fonts
        return None
    found = Path(module.font_directory) / name
    return found if found.is_file() else None


def is_fresh(copy: Path, source: Path) -> bool:
    """The copy matches its source, and both compressed twins are there and newer."""
    twins = [copy, copy.with_name(copy.name + ".gz"), copy.with_name(copy.name + ".br")]
    if not all(twin.is_file() for twin in twins):
        return False
    return copy.stat().st_size == source.stat().st_size and all(
        twin.stat().st_mtime >= source.stat().st_mtime for twin in twins
    )


def _write(target: Path, data: bytes) -> None:
    # Atomic: another process (a second worker, a parallel test) never reads half a file.
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
    with os.fdopen(handle, "wb") as file:
        file.write(data)
    os.replace(temporary, target)


def _prepare_one(path: str) -> None:
    source = source_of(path)
    if source is None:
        return
    copy = cache_dir() / path
    if is_fresh(copy, source):
        return
    make_twins(copy, source.read_bytes())


def make_twins(copy: Path, data: bytes) -> None:
    """Write `data` to `copy` with its .br and .gz twins beside it."""
    # The twins first: a copy without them would be taken as ready.
    # Quality 10, not 11: 2% larger, and half the wait at the first start (about a second
    # a font on a laptop).
    _write(copy.with_name(copy.name + ".br"), brotli.compress(data, quality=10))
    _write(copy.with_name(copy.name + ".gz"), gzip.compress(data, compresslevel=9, mtime=0))
    _write(copy, data)


def prepare() -> None:
    """Make the compressed copies that are missing or stale (a few seconds, once)."""
    with _lock, ThreadPoolExecutor(max_workers=len(FONTS)) as pool:
        list(pool.map(_prepare_one, FONTS))


def served_path(path: str) -> Path | None:
    """Where a font is served from: the compressed copy when ready, else the original."""
    source = source_of(path)
    if source is None:
        return None
    copy = cache_dir() / path
    return copy if is_fresh(copy, source) else source


class FontFinder(BaseFinder):
    """Finds the four fonts of onward.css (and nothing else of their packages)."""

    @overload
    def find(self, path: str, find_all: Literal[False] = False) -> str | None: ...
    @overload
    def find(self, path: str, find_all: Literal[True]) -> list[str]: ...
    def find(self, path: str, find_all: bool = False) -> str | list[str] | None:
        found = served_path(path) if path in FONTS else None
        if found is None:
            # Not None: staticfiles' find() would take [None] for a match, as Django's own
            # finders' empty list shows.
            return []
        return [str(found)] if find_all else str(found)

    def list(self, ignore_patterns: Any) -> Iterator[tuple[str, FileSystemStorage]]:
        for path in FONTS:
            found = served_path(path)
            if found is None:
                continue
            if found.is_relative_to(cache_dir()):
                # The twins are listed too: WhiteNoise, serving what finders list, looks for
                # a file's .br and .gz among them.
                storage = FileSystemStorage(location=cache_dir())
                for name in (path, f"{path}.br", f"{path}.gz"):
                    yield name, storage
            else:  # the original, under its package's folder
                storage = FileSystemStorage(location=found.parent)
                storage.prefix = str(Path(path).parent)  # type: ignore[attr-defined]
                yield found.name, storage

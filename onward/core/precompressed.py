"""The stylesheets, scripts and icons, served compressed like the fonts.

WhiteNoise sends a file's `.br` or `.gz` twin when one is listed beside it. Without a
collectstatic step (`onward serve` serves from the apps and packages directly) nobody makes
those twins, so htmx, onward.css and the apps' files went out as they are. This finder
copies every text file the other finders list into the data folder once, with its twins
(`prepare()`, called by `onward serve` before it listens), and serves it from there.

It is listed first among the finders, so a prepared copy wins; a copy that no longer
matches its source (an edited stylesheet) is ignored until prepared again, and the source is
served as it is. The bytes of a file are never changed, only compressed for the trip.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal, overload

from django.conf import settings
from django.contrib.staticfiles.finders import AppDirectoriesFinder, BaseFinder, FileSystemFinder
from django.core.files.storage import FileSystemStorage

from .fonts import is_fresh, make_twins

# Text compresses well; images and fonts (the fonts have their own finder) are left alone.
# So are source maps (5 MB of them, in the API docs' bundles): only a developer's tools ask
# for them, and compressing them was half of the work of every first start.
COMPRESSIBLE = (".css", ".js", ".svg", ".json", ".txt")


def cache_dir() -> Path:
    return Path(settings.DATA_DIR) / "static-compressed"


def sources() -> dict[str, Path]:
    """Every compressible static file, by its path under STATIC_URL: the first finder's."""
    found: dict[str, Path] = {}
    for finder in (FileSystemFinder(), AppDirectoriesFinder()):
        for path, storage in finder.list([]):
            if not path.endswith(COMPRESSIBLE):
                continue
            prefix = (getattr(storage, "prefix", None) or "").strip("/")
            url_path = f"{prefix}/{path}" if prefix else path
            found.setdefault(url_path.replace("\\", "/"), Path(storage.path(path)))
    return found


def prepare() -> int:
    """Make the copies that are missing or stale; returns how many it made."""
    made = 0
    for path, source in sources().items():
        copy = cache_dir() / path
        if not is_fresh(copy, source):
            make_twins(copy, source.read_bytes())
            made += 1
    return made


def _ready(path: str) -> Path | None:
    # The other finders' own find(), not sources(): with WHITENOISE_AUTOREFRESH every
    # request for a static file comes here.
    found = FileSystemFinder().find(path) or AppDirectoriesFinder().find(path)
    if not found:
        return None
    copy = cache_dir() / path
    return copy if is_fresh(copy, Path(str(found))) else None


class CompressedFinder(BaseFinder):
    """Finds the prepared copies (with their twins) of the other finders' text files."""

    @overload
    def find(self, path: str, find_all: Literal[False] = False) -> str | None: ...
    @overload
    def find(self, path: str, find_all: Literal[True]) -> list[str]: ...
    def find(self, path: str, find_all: bool = False) -> str | list[str] | None:
        copy = _ready(path) if path.endswith(COMPRESSIBLE) else None
        if copy is None:
            return []  # not None: see fonts.FontFinder.find
        return [str(copy)] if find_all else str(copy)

    def list(self, ignore_patterns: Any) -> Iterator[tuple[str, FileSystemStorage]]:
        storage = FileSystemStorage(location=cache_dir())
        for path, source in sources().items():
            copy = cache_dir() / path
            if is_fresh(copy, source):
                # The twins are listed too: WhiteNoise looks for them among what is listed.
                for name in (path, f"{path}.br", f"{path}.gz"):
                    yield name, storage

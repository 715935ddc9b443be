"""The typefaces the printed cards use, found in the font packages installed from PyPI.

Each face is looked up by importing its package rather than by a path, so the cards
work from a wheel, a source checkout or a system package alike. A missing package or
file is never an error: its @font-face rule is left out and the CSS stacks fall back
to generic families (cursive, serif, sans-serif), so a card still prints.
"""

from __future__ import annotations

import importlib
import logging
from dataclasses import dataclass
from pathlib import Path

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class FontFace:
    family: str  # the name the card stylesheets use
    package: str  # the PyPI font package's import name
    filename: str  # inside the package's font_directory
    weight: int = 400
    style: str = "normal"


# The families keep the typefaces' own names: the PDF's embedded fonts are then named
# after them too, and a system-wide copy of the same face is a fine stand-in.
HAND = "Intuitive"
DISPLAY = "Amatic SC"
SERIF = "Source Serif Pro"
SANS = "Source Sans Pro"

FACES: tuple[FontFace, ...] = (
    FontFace(HAND, "font_intuitive", "Intuitive.ttf"),
    FontFace(DISPLAY, "font_amatic_sc", "AmaticSC-Regular.ttf"),
    FontFace(DISPLAY, "font_amatic_sc", "AmaticSC-Bold.ttf", weight=700),
    FontFace(SERIF, "font_source_serif_pro", "SourceSerifPro-Regular.ttf"),
    FontFace(SERIF, "font_source_serif_pro", "SourceSerifPro-It.ttf", style="italic"),
    FontFace(SERIF, "font_source_serif_pro", "SourceSerifPro-Semibold.ttf", weight=600),
    FontFace(SANS, "font_source_sans_pro", "SourceSansPro-Regular.ttf"),
    FontFace(SANS, "font_source_sans_pro", "SourceSansPro-Semibold.ttf", weight=600),
)

# Each stack ends in a generic family, which is what prints when a package is missing.
STACKS: dict[str, str] = {
    "hand": f'"{HAND}", cursive',
    # Not "fantasy": on some systems that resolves to a dingbat font.
    "display": f'"{DISPLAY}", "{HAND}", cursive',
    "serif": f'"{SERIF}", Georgia, serif',
    "sans": f'"{SANS}", Helvetica, Arial, sans-serif',
}


def find_font(package: str, filename: str) -> Path | None:
    """The font file shipped by `package`, or None if the package or file is absent."""
    try:
        module = importlib.import_module(package)
    except ImportError:
        logger.info("Font package %s is not installed; cards use a fallback font.", package)
        return None
    directory = getattr(module, "font_directory", None)
    if not directory:
        return None
    path = Path(directory) / filename
    return path if path.is_file() else None


def available_faces() -> list[tuple[FontFace, Path]]:
    """Every face whose file can be found, with its path."""
    found: list[tuple[FontFace, Path]] = []
    for face in FACES:
        path = find_font(face.package, face.filename)
        if path is not None:
            found.append((face, path))
    return found


def font_face_css() -> str:
    """@font-face rules for the faces present; an empty string when none are."""
    rules = []
    for face, path in available_faces():
        # as_uri() percent-encodes quotes and spaces, so the url() cannot break out.
        rules.append(
            "@font-face {"
            f' font-family: "{face.family}";'
            f' src: url("{path.resolve().as_uri()}");'
            f" font-weight: {face.weight};"
            f" font-style: {face.style};"
            " }"
        )
    return "\n".join(rules)

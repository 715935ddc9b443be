"""The cards' decorative art prints from flat paths made ahead of time from its source."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[3]
THEMES = PROJECT / "onward" / "templates" / "notes" / "cards" / "themes"
FLAT = [THEMES / "potpourri" / f"{name}.html" for name in ("wreath", "petals", "posy")] + [
    THEMES / "chalkboard" / "specks.html"
]


def test_the_flat_art_is_what_the_script_makes_from_the_source_art() -> None:
    # Editing art/*.html without running scripts/flatten_card_art.py fails here.
    result = subprocess.run(
        [sys.executable, str(PROJECT / "scripts" / "flatten_card_art.py"), "--check"],
        capture_output=True,
        text=True,
        cwd=PROJECT,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_flat_art_is_plain_paths_with_no_references_or_transforms() -> None:
    for piece in FLAT:
        text = piece.read_text()
        assert "<use" not in text and "transform" not in text and "<defs" not in text
        assert len(re.findall(r"<path ", text)) == len(re.findall(r"<\w+", text))


def test_the_wreath_of_some_six_hundred_shapes_draws_as_a_few_dozen_paths() -> None:
    source = (THEMES / "potpourri" / "art" / "wreath.html").read_text()
    assert source.count("<use") > 90
    assert (THEMES / "potpourri" / "wreath.html").read_text().count("<path") <= 40


def test_the_chalk_grain_of_some_fifty_specks_in_one_colour_is_one_path() -> None:
    source = (THEMES / "chalkboard" / "art" / "specks.html").read_text()
    assert source.count("<circle") + source.count("<ellipse") > 40
    assert (THEMES / "chalkboard" / "specks.html").read_text().count("<path") == 1

"""Our own labelled notes as a regression set: the tone check must keep its figures."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from onward.notes.tone import CODES
from onward.notes.tone.evaluate import DEFAULT_SET, load, reports_for

PROJECT = Path(__file__).resolve().parents[3]


def test_the_set_has_at_least_sixty_notes_with_every_code_and_clean_notes() -> None:
    examples = load()
    assert len(examples) >= 60
    assert {code for e in examples for code in e.codes} == set(CODES)
    assert sum(1 for e in examples if not e.codes) >= 20
    holdout = [e for e in examples if e.split == "holdout"]
    assert len(holdout) * 3 >= len(examples) - 2  # a third held out


def test_every_note_in_the_set_gets_exactly_the_codes_it_is_labelled_with() -> None:
    reports = reports_for(["tune", "holdout"], load())
    wrong = [f"#{o.example.id} {o.example.about}" for o in reports["all"].mistakes]
    assert wrong == []
    for figures in reports["all"].codes.values():
        assert figures.precision == 1.0 and figures.recall == 1.0


def test_the_script_prints_precision_and_recall_per_code_for_both_splits() -> None:
    result = subprocess.run(
        [sys.executable, str(PROJECT / "scripts" / "tone_eval.py"), "--json"],
        capture_output=True,
        text=True,
        check=True,
        cwd=PROJECT,
    )
    figures = json.loads(result.stdout)
    assert set(figures) == {"tune", "holdout", "all"}
    assert figures["all"]["notes"] == len(load(DEFAULT_SET))
    assert set(figures["holdout"]["codes"]) == set(CODES)
    assert figures["all"]["accuracy"] == 1.0

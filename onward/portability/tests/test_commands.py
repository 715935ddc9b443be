"""`onward export` and `onward import` from the command line."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from django.core.management import CommandError, call_command

from onward.cli import ALIASES
from onward.people.models import Person
from onward.portability import importer
from onward.test import UserFactory

from .helpers import everything

pytestmark = pytest.mark.django_db


def test_export_then_import_moves_everything_to_another_account(
    alice: Any, tmp_path: Path, capsys: Any
) -> None:
    everything(alice)
    out, sheets = tmp_path / "alice.json", tmp_path / "alice.zip"
    call_command(
        "export", "--user", "ALICE@example.com", "--output", str(out), "--csv", str(sheets)
    )
    assert json.loads(out.read_text())["account"]["email"] == alice.email
    assert "people.person.csv" in zipfile.ZipFile(io.BytesIO(sheets.read_bytes())).namelist()

    newcomer = UserFactory.create(email="new@example.com")
    call_command("import_data", str(out), "--user", "new@example.com")
    said = capsys.readouterr().out
    assert "Imported into new@example.com:" in said and "  4 people" in said
    assert Person.objects.filter(user=newcomer).count() == 4


def test_onward_import_is_the_import_data_command() -> None:
    assert ALIASES["import"] == "import_data"


def test_an_unknown_account_is_named(tmp_path: Path) -> None:
    with pytest.raises(CommandError, match=r"No account uses nobody@example.com"):
        call_command("export", "--user", "nobody@example.com", "--output", str(tmp_path / "x"))


def test_a_failed_import_says_nothing_was_imported(alice: Any, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "onward-export", "version": 1, "tables": {"people.person": 5}}')
    with pytest.raises(CommandError, match=r"Nothing was imported. The people.person table"):
        call_command("import_data", str(bad), "--user", alice.email)
    assert importer.holdings(alice) == {}


def test_a_missing_file_is_named(alice: Any, tmp_path: Path) -> None:
    with pytest.raises(CommandError, match=r"Couldn't read"):
        call_command("import_data", str(tmp_path / "gone.json"), "--user", alice.email)

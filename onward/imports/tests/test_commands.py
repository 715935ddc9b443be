"""The commands read, preview and save the way the pages do."""

from __future__ import annotations

from io import StringIO
from pathlib import Path
from typing import Any

import pytest
import vobject
from django.core.management import call_command
from django.core.management.base import CommandError

from onward.people.models import Person
from onward.pipeline.models import Application

from .files import HUNTR_CSV, LINKEDIN_CSV, VCARD_3, VCARD_4

pytestmark = pytest.mark.django_db


def run(*args: str) -> str:
    out = StringIO()
    call_command(*args, stdout=out, stderr=StringIO())
    return out.getvalue()


def test_a_dry_run_says_what_would_come_in_and_saves_nothing(alice: Any, tmp_path: Path) -> None:
    path = tmp_path / "huntr.csv"
    path.write_text(HUNTR_CSV + ",No company,2026-01-01,Applied,,\n")
    said = run("import_applications", str(path), "--user", alice.username, "--dry-run")
    assert "company from “Company”" in said and "role from “Job Title”" in said
    assert "left out, line 5: No company." in said
    assert "3 applications would come in. Nothing was saved (--dry-run)." in said
    assert not Application.objects.exists()
    assert "Brought in 3 applications." in run(
        "import_applications", str(path), "--user", alice.username
    )
    assert Application.objects.filter(user=alice).count() == 3


def test_linkedin_and_vcards_from_the_command_line(alice: Any, tmp_path: Path) -> None:
    connections = tmp_path / "Connections.csv"
    connections.write_bytes(LINKEDIN_CSV.replace("\n", "\r\n").encode("utf-8-sig"))
    assert "Brought in 2 people." in run(
        "import_linkedin", str(connections), "--user", alice.username
    )
    contacts = tmp_path / "contacts.vcf"
    contacts.write_text(VCARD_3 + VCARD_4 + VCARD_3)
    said = run("import_vcards", str(contacts), "--user", alice.username)
    assert "left out, contact 3: Listed twice (see contact 1)" in said
    assert "Brought in 2 people." in said
    assert Person.objects.filter(user=alice).count() == 4


def test_every_person_out_as_vcards(alice: Any, tmp_path: Path) -> None:
    Person.objects.create(user=alice, name="Dana Li", email="dana@example.org")
    out = tmp_path / "people.vcf"
    run("export_vcards", "--user", alice.username, "--output", str(out))
    cards = list(vobject.readComponents(out.read_text()))
    assert [(card.fn.value, card.email.value) for card in cards] == [
        ("Dana Li", "dana@example.org")
    ]


@pytest.mark.parametrize(
    ("content", "says"),
    [(b"PK\x03\x04zip", "Save it as CSV first"), (b"Who,What\nAcme,Analyst\n", "No column for")],
)
def test_a_file_that_cannot_come_in_stops_with_a_reason(
    alice: Any, tmp_path: Path, content: bytes, says: str
) -> None:
    path = tmp_path / "file.csv"
    path.write_bytes(content)
    with pytest.raises(CommandError, match=says):
        run("import_applications", str(path), "--user", alice.username)
    assert not Application.objects.exists()


def test_an_unknown_account_is_named(tmp_path: Path, db: None) -> None:
    path = tmp_path / "file.csv"
    path.write_text(HUNTR_CSV)
    with pytest.raises(CommandError, match=r"There is no account for nobody@example\.com"):
        run("import_applications", str(path), "--user", "nobody@example.com")

"""Export, import into a new account, export again: the same data, field by field."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from onward.demo.data import populate
from onward.people.models import Company, Person
from onward.pipeline.models import Application
from onward.portability import export, importer, ownership
from onward.portability.upgrade import ImportProblem, read
from onward.reflect.models import MentorRequest
from onward.test import UserFactory

from .helpers import everything, without_ids

pytestmark = pytest.mark.django_db


def test_an_export_imported_into_a_new_account_exports_the_same_data(alice: Any) -> None:
    everything(alice)
    first = export.build(alice)
    empty = [name for name, rows in first["tables"].items() if not rows]
    assert not empty, f"give these tables a row in helpers.everything(): {empty}"

    newcomer = UserFactory.create(email="newcomer@example.com")
    importer.load(newcomer, read(export.to_json(first)))
    second = export.build(newcomer)

    assert without_ids(second) == without_ids(first)
    assert second["files"] and list(second["files"].values()) == list(first["files"].values())


def test_imported_rows_are_new_rows_owned_by_the_importer(alice: Any) -> None:
    world = everything(alice)
    newcomer = UserFactory.create()
    importer.load(newcomer, export.build(alice))

    theirs = Application.objects.get(user=newcomer)
    assert theirs.pk != world.application.pk
    assert theirs.company.user == newcomer
    ask = MentorRequest.objects.get(user=newcomer)
    assert ask.mentor is not None and ask.mentor.user == newcomer
    assert ask.cv.name != world.ask.cv.name and ask.cv.read() == world.ask.cv.read()
    assert {d.user for d in ask.debriefs.all()} == {newcomer}
    # alice's own rows are as they were
    assert Application.objects.get(pk=world.application.pk).user == alice


def test_a_file_from_another_account_never_links_to_that_accounts_rows(alice: Any) -> None:
    """The ids in a file are the other account's: followed only through this import."""
    everything(alice)
    document = export.build(alice)
    bob = UserFactory.create()
    importer.load(bob, document)
    for table in ownership.tables():
        if table.shared:
            continue
        for obj in table.rows_of(bob):
            for field in table.fields():
                target = getattr(obj, field.name) if field.is_relation else None
                if target is not None and not isinstance(target, type(bob)):
                    owner_table = ownership.table(ownership.label(type(target)))
                    assert owner_table is not None
                    if not owner_table.shared:
                        assert owner_table.rows_of(bob).filter(pk=target.pk).exists(), (
                            f"{table.label}.{field.name} links outside bob's rows"
                        )


def test_an_account_with_data_is_refused_and_keeps_what_it_had(alice: Any) -> None:
    everything(alice)
    document = export.build(alice)
    bob = UserFactory.create()
    Company.objects.create(user=bob, name="Bob's own")
    with pytest.raises(ImportProblem, match=r"already has data"):
        importer.load(bob, document)
    assert list(Company.objects.filter(user=bob).values_list("name", flat=True)) == ["Bob's own"]


def test_a_broken_row_late_in_the_file_leaves_nothing_behind(alice: Any, settings: Any) -> None:
    everything(alice)
    document = export.build(alice)
    document["tables"]["watch.alertnote"][0]["note"] = 999_999  # points at no note
    bob = UserFactory.create()
    with pytest.raises(ImportProblem, match=r"Row 1 of watch.alertnote points at row 999999"):
        importer.load(bob, document)
    assert importer.holdings(bob) == {}
    cvs = Path(settings.MEDIA_ROOT, "reflect", "cv")
    assert len(list(cvs.iterdir())) == 1  # alice's, and not a copy left by the failed import


def test_a_value_of_the_wrong_kind_is_named(alice: Any) -> None:
    everything(alice)
    document = export.build(alice)
    document["tables"]["people.person"][0]["keep_in_touch_days"] = "soon"
    with pytest.raises(ImportProblem, match=r"keep_in_touch_days in row 1 of people.person"):
        importer.load(UserFactory.create(), document)


def test_a_text_too_long_for_its_column_is_named(alice: Any) -> None:
    everything(alice)
    document = export.build(alice)
    document["tables"]["people.company"][0]["name"] = "x" * 201
    with pytest.raises(ImportProblem, match=r"name in row 1 of people.company"):
        importer.load(UserFactory.create(), document)


def test_the_same_company_twice_is_a_clash_not_a_crash(alice: Any) -> None:
    everything(alice)
    document = export.build(alice)
    rows = document["tables"]["people.company"]
    rows.append({**rows[0], "id": 424242})
    with pytest.raises(ImportProblem, match=r"clashes"):
        importer.load(UserFactory.create(), document)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["tables"].update({"people.spaceship": []}), "doesn't know"),
        (lambda d: d["tables"]["people.person"][0].update({"shoe_size": 9}), "shoe_size"),
        (lambda d: d["tables"]["people.person"][0].pop("id"), "has no id"),
        (lambda d: d["tables"].update({"people.person": "Priya"}), "isn't a list of rows"),
        (lambda d: d.pop("tables"), "no tables"),
    ],
)
def test_a_file_of_the_wrong_shape_is_refused_before_anything_is_written(
    alice: Any, change: Any, message: str
) -> None:
    everything(alice)
    document = export.build(alice)
    change(document)
    bob = UserFactory.create()
    with pytest.raises(ImportProblem, match=message):
        importer.load(bob, document)
    assert importer.holdings(bob) == {}


def test_a_version_0_export_imports(alice: Any) -> None:
    fixture = Path(__file__).with_name("export-v0.json")
    importer.load(alice, read(fixture.read_bytes()))
    priya = Person.objects.get(user=alice)
    assert priya.name == "Priya Raman" and priya.company is not None
    assert priya.company.name == "Acme Analytics" and priya.company.user == alice
    assert Application.objects.get(user=alice).company == priya.company


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"PK\x03\x04 a zip", "compressed"),
        (b"\xff\xfe\x00\x00garbage", "isn't text"),
        (b"{not json", "isn't readable JSON"),
        (b'{"format": "something-else"}', "isn't an Onward export"),
        (b'{"format": "onward-export", "version": 99}', "newer Onward"),
        (b'{"format": "onward-export", "version": "one"}', "which format version"),
    ],
)
def test_a_file_that_isnt_an_export_says_why(raw: bytes, message: str) -> None:
    with pytest.raises(ImportProblem, match=message):
        read(raw)


def test_a_byte_order_mark_is_fine(alice: Any) -> None:
    document = export.build(alice)
    assert read(b"\xef\xbb\xbf" + json.dumps(document).encode())["version"] == 1


def test_the_demo_account_survives_the_round_trip_too(alice: Any) -> None:
    """Sample data is made by every app's own code, the way a long search fills up."""
    populate(alice)
    first = export.build(alice)
    newcomer = UserFactory.create()
    importer.load(newcomer, read(export.to_json(first)))
    assert without_ids(export.build(newcomer)) == without_ids(first)

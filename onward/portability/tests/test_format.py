"""The documented format: the JSON Schema matches the models, exports validate against it,
and the spreadsheet zip can't run a formula."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from typing import Any

import pytest

from onward.portability import export, schema

from .helpers import FORMULA, everything

pytestmark = pytest.mark.django_db


def test_the_committed_schema_matches_the_models() -> None:
    committed = json.loads(schema.PATH.read_text())
    assert committed == schema.build(), (
        "The models changed: run `onward export --schema > "
        "onward/portability/export-schema.json` (and bump VERSION if old files can't import)"
    )


def test_an_export_validates_against_the_schema(alice: Any) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    everything(alice)
    document = json.loads(export.to_json(export.build(alice)))
    jsonschema.validate(document, json.loads(schema.PATH.read_text()))


def test_the_schema_refuses_a_column_it_does_not_know(alice: Any) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    everything(alice)
    document = json.loads(export.to_json(export.build(alice)))
    document["tables"]["people.person"][0]["password"] = "hunter2"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(document, schema.build())


def _sheets(data: bytes) -> dict[str, list[dict[str, str]]]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {
            name.removesuffix(".csv"): list(
                csv.DictReader(io.StringIO(archive.read(name).decode("utf-8-sig")))
            )
            for name in archive.namelist()
            if name.endswith(".csv")
        }


def test_the_zip_has_one_csv_per_table_with_every_row(alice: Any) -> None:
    everything(alice)
    document = export.build(alice)
    sheets = _sheets(export.to_csv_zip(document))
    assert set(sheets) == set(document["tables"])
    for name, rows in document["tables"].items():
        assert [row["id"] for row in sheets[name]] == [str(row["id"]) for row in rows]


def test_a_cell_that_starts_like_a_formula_is_shown_as_text(alice: Any) -> None:
    everything(alice)
    sheets = _sheets(export.to_csv_zip(export.build(alice)))
    assert sheets["reflect.story"][0]["situation"] == "'" + FORMULA


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        ("=1+2", "'=1+2"),
        ("+44 20 7946 0958", "'+44 20 7946 0958"),
        ("-rm", "'-rm"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("Acme", "Acme"),
        (-3, "-3"),
        (True, "true"),
        (None, ""),
        (["planner", "=x"], '["planner", "=x"]'),
    ],
)
def test_safe_cell(value: Any, cell: str) -> None:
    assert export.safe_cell(value) == cell

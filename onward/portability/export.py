"""Everything a user owns, as one JSON document (docs/export-format.md), and as CSV files.

Rows keep their ids so the rows that point at them can say which: an import gives every row
a new id and follows these references. Secrets are never read into the document.
"""

from __future__ import annotations

import base64
import csv
import datetime as dt
import decimal
import io
import json
import uuid
import zipfile
from typing import Any

from django.contrib.auth import get_user_model
from django.db import models
from django.db.models.fields.files import FieldFile
from django.utils import timezone

from . import ownership

FORMAT = "onward-export"
VERSION = 1
# A link to the user themselves, in a column other than the owner's ("who wrote it").
ME = "me"

Row = dict[str, Any]
Document = dict[str, Any]


def _plain(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, decimal.Decimal | uuid.UUID):
        return str(value)
    if isinstance(value, FieldFile):
        return value.name or ""
    if isinstance(value, bytes | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii")
    return value


def _row(table: ownership.Table, obj: models.Model, user: Any) -> Row:
    row: Row = {"id": obj.pk}
    for field in table.fields():
        value = field.value_from_object(obj)
        if field.is_relation and field.related_model is get_user_model():
            value = ME if value == user.pk else None
        row[field.name] = _plain(value)
    for m2m in table.many_to_many():
        row[m2m.name] = sorted(getattr(obj, m2m.name).values_list("pk", flat=True))
    return row


def _files(table: ownership.Table, obj: models.Model) -> dict[str, str]:
    found: dict[str, str] = {}
    for field in table.fields():
        if not isinstance(field, models.FileField):
            continue
        stored = getattr(obj, field.name)
        if not stored:
            continue
        try:
            with stored.open("rb") as handle:
                found[stored.name] = base64.b64encode(handle.read()).decode("ascii")
        except FileNotFoundError:
            continue  # the row names a file that is gone: the row still leaves, the file can't
    return found


def build(user: Any, now: dt.datetime | None = None) -> Document:
    """The export document for one user."""
    every = ownership.tables()
    needed: dict[str, set[Any]] = {t.label: set() for t in every}
    chosen: dict[str, list[models.Model]] = {}
    # Children first, so every shared row an owned row points at is known before its table.
    for table in reversed(every):
        if table.shared:
            rows = list(table.model._default_manager.filter(pk__in=needed[table.label]))
        else:
            rows = list(table.rows_of(user))
        chosen[table.label] = sorted(rows, key=lambda obj: obj.pk)
        for obj in rows:
            for field in table.fields():
                target = field.related_model
                if field.is_relation and target is not None and target is not get_user_model():
                    value = field.value_from_object(obj)
                    if value is not None and ownership.label(target) in needed:  # type: ignore[arg-type]
                        needed[ownership.label(target)].add(value)  # type: ignore[arg-type]
    files: dict[str, str] = {}
    tables: dict[str, list[Row]] = {}
    for table in every:
        tables[table.label] = [_row(table, obj, user) for obj in chosen[table.label]]
        for obj in chosen[table.label]:
            if not table.shared:
                files |= _files(table, obj)
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": (now or timezone.now()).isoformat(),
        "account": {
            "email": user.email,
            "first_name": user.first_name,
            "last_name": user.last_name,
            "date_joined": user.date_joined.isoformat(),
        },
        "tables": tables,
        "files": files,
    }


def to_json(document: Document) -> bytes:
    return json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")


# A spreadsheet runs a cell that starts like a formula; a leading apostrophe shows it as
# text instead (OWASP's advice for CSV injection). Tab and carriage return start formulas too.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)  # a negative number is a number, not a formula
    if isinstance(value, list | dict):
        value = json.dumps(value, ensure_ascii=False)
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def to_csv_zip(document: Document) -> bytes:
    """One CSV per table (UTF-8 with a BOM, so spreadsheets read the accents right)."""
    buffer = io.BytesIO()
    # Stored, not deflated: a search's CSVs are small, and plain bytes can be searched.
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        for name, rows in document["tables"].items():
            text = io.StringIO()
            columns = list(rows[0]) if rows else ["id"]
            writer = csv.writer(text, lineterminator="\r\n")
            writer.writerow(columns)
            for row in rows:
                writer.writerow([safe_cell(row.get(column)) for column in columns])
            archive.writestr(f"{name}.csv", "\ufeff" + text.getvalue())
        archive.writestr(
            "README.txt",
            f"Onward export, format version {document['version']}, made "
            f"{document['exported_at']}.\r\nOne file per table; a cell that began with = + - "
            "or @ starts with an apostrophe so no spreadsheet runs it.\r\nTo move your data "
            "to another Onward, use the .json download instead.\r\n",
        )
    return buffer.getvalue()

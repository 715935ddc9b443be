"""The export format as a JSON Schema, drawn from the models the export walks.

The schema lives beside this module (export-schema.json) so anyone can validate a file
without running Onward; a test checks it still matches the models. After changing a model:

    onward export --schema > onward/portability/export-schema.json
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.db import models

from . import ownership
from .export import FORMAT, ME, VERSION

PATH = Path(__file__).with_name("export-schema.json")

_TYPES: dict[str, dict[str, Any]] = {
    "AutoField": {"type": "integer"},
    "BigAutoField": {"type": "integer"},
    "BigIntegerField": {"type": "integer"},
    "BooleanField": {"type": "boolean"},
    "DateField": {"type": "string", "format": "date"},
    "DateTimeField": {"type": "string", "format": "date-time"},
    "FloatField": {"type": "number"},
    "IntegerField": {"type": "integer"},
    "PositiveIntegerField": {"type": "integer", "minimum": 0},
    "PositiveSmallIntegerField": {"type": "integer", "minimum": 0},
    "SmallIntegerField": {"type": "integer"},
    "JSONField": {},
}


def _column(field: models.Field[Any, Any]) -> dict[str, Any]:
    if field.is_relation:
        if ownership.label(field.related_model) == "auth.user":  # type: ignore[arg-type]
            schema: dict[str, Any] = {"const": ME, "description": "the account itself"}
        else:
            target = ownership.label(field.related_model)  # type: ignore[arg-type]
            schema = {"type": "integer", "description": f"the id of a row of {target}"}
    elif isinstance(field, models.FileField):
        schema = {"type": "string", "description": "a key of `files`, or empty"}
    elif (kind := field.get_internal_type()) in _TYPES:
        schema = dict(_TYPES[kind])
    else:
        schema = {"type": "string"}
        if field.max_length:
            schema["maxLength"] = field.max_length
    if field.null:
        schema = {"anyOf": [schema, {"type": "null"}]}
    return schema


def _table(table: ownership.Table) -> dict[str, Any]:
    properties: dict[str, Any] = {"id": {"type": "integer"}}
    for field in table.fields():
        properties[field.name] = _column(field)
    for m2m in table.many_to_many():
        target = ownership.label(m2m.related_model)  # type: ignore[arg-type]
        properties[m2m.name] = {
            "type": "array",
            "items": {"type": "integer"},
            "description": f"ids of rows of {target}",
        }
    description = str(table.model._meta.verbose_name_plural)
    if table.shared:
        description += " (shared with other users: found again by natural key on import)"
    return {
        "type": "array",
        "description": description,
        "items": {
            "type": "object",
            "properties": properties,
            "required": ["id"],
            "additionalProperties": False,
        },
    }


def build() -> dict[str, Any]:
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"onward-export-v{VERSION}",
        "title": f"Onward export, format version {VERSION}",
        "description": "Every row one user owns. See docs/export-format.md.",
        "type": "object",
        "required": ["format", "version", "exported_at", "account", "tables"],
        "properties": {
            "format": {"const": FORMAT},
            "version": {"const": VERSION},
            "exported_at": {"type": "string", "format": "date-time"},
            "account": {
                "type": "object",
                "properties": {
                    "email": {"type": "string"},
                    "first_name": {"type": "string"},
                    "last_name": {"type": "string"},
                    "date_joined": {"type": "string", "format": "date-time"},
                },
                "additionalProperties": False,
            },
            "tables": {
                "type": "object",
                "properties": {t.label: _table(t) for t in ownership.tables()},
                "additionalProperties": False,
            },
            "files": {
                "type": "object",
                "description": "uploaded files (a mentor request's CV), base64, by stored name",
                "additionalProperties": {"type": "string", "contentEncoding": "base64"},
            },
        },
        "additionalProperties": False,
    }

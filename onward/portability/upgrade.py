"""Reading an export file: its bytes into a document, and an older format up to today's.

Each format version that changed the document's shape gets one small function here that
turns it into the next; an import then only ever reads the current version.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from .export import FORMAT, VERSION, Document


class ImportProblem(Exception):
    """What is wrong with a file, in words for the person who chose it."""


def read(raw: bytes) -> Document:
    if raw[:2] in (b"PK", b"\x1f\x8b"):
        raise ImportProblem(
            "That's a compressed file. Choose the .json file from “Download everything” "
            "instead (the zip of spreadsheets can't be imported)."
        )
    try:
        text = raw.decode("utf-8-sig")  # a BOM from an editor is harmless
    except UnicodeDecodeError:
        raise ImportProblem(
            "That file isn't text. Choose the .json file from “Download everything”."
        ) from None
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise ImportProblem(
            f"That file isn't readable JSON (line {error.lineno}, column {error.colno}: "
            f"{error.msg}). Was it changed by hand?"
        ) from None
    return upgrade(document)


def _from_0(document: Document) -> Document:
    """Version 0 listed rows Django-style, one list for every table, with the owner's id
    in each row: {"rows": [{"model": "people.company", "pk": 3, "fields": {...}}]}."""
    rows = document.get("rows")
    if not isinstance(rows, list):
        raise ImportProblem("This version 0 export has no list of rows.")
    tables: dict[str, list[dict[str, Any]]] = {}
    for index, entry in enumerate(rows, start=1):
        if not isinstance(entry, dict) or not isinstance(entry.get("fields"), dict):
            raise ImportProblem(f"Row {index} of this version 0 export isn't a row.")
        fields = {k: v for k, v in entry["fields"].items() if k != "user"}
        tables.setdefault(str(entry.get("model", "")).lower(), []).append(
            {"id": entry.get("pk"), **fields}
        )
    user = document.get("user")
    account: dict[str, Any] = user if isinstance(user, dict) else {}
    return {
        "format": FORMAT,
        "version": 1,
        "exported_at": document.get("exported_at", ""),
        "account": {k: v for k, v in account.items() if k != "password"},
        "tables": tables,
        "files": {},
    }


# version -> the function that turns a document of that version into the next one.
UPGRADES: dict[int, Callable[[Document], Document]] = {0: _from_0}


def upgrade(document: Any) -> Document:
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ImportProblem(
            "That JSON file isn't an Onward export. Choose the .json file from “Download "
            "everything”."
        )
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 0:
        raise ImportProblem("That export doesn't say which format version it is.")
    if version > VERSION:
        raise ImportProblem(
            f"That export was made by a newer Onward (format version {version}; this one "
            f"reads up to {VERSION}). Update this Onward, then try again."
        )
    while version < VERSION:
        document = UPGRADES[version](document)
        version = document["version"]
    return document

"""An export brought into an empty account: all of it, or none of it.

Every row gets a new id, and every reference in the file is followed through the ids this
import gave out, never to a row already in the database: a file from someone else's
account becomes this user's own data and can't link to theirs.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Any

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import DatabaseError, IntegrityError, models, transaction

from . import ownership
from .export import ME, Document
from .upgrade import ImportProblem
from .words import counted


@dataclass(frozen=True)
class Summary:
    """What a file holds (before) or what an import added (after), table by table."""

    counts: dict[str, int]
    exported_at: str = ""
    email: str = ""

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def lines(self) -> list[tuple[str, int]]:
        """("people", 4)... for the tables with rows, in words a person reads."""
        return counted(self.counts)


def holdings(user: Any) -> dict[str, int]:
    """The user's own rows, leaving out one-per-user settings every account has."""
    found = {}
    for table in ownership.tables():
        if table.shared or table.one_per_user:
            continue
        if n := table.rows_of(user).count():
            found[table.label] = n
    return found


def check(document: Document) -> Summary:
    """The file's shape, checked without writing anything."""
    tables = document.get("tables")
    if not isinstance(tables, dict):
        raise ImportProblem("That export has no tables in it.")
    known = {t.label: t for t in ownership.tables()}
    counts: dict[str, int] = {}
    for name, rows in tables.items():
        table = known.get(name)
        if table is None:
            raise ImportProblem(
                f"That export has a table this Onward doesn't know ({name!r}). Was it made "
                "by a newer Onward?"
            )
        if not isinstance(rows, list) or not all(isinstance(row, dict) for row in rows):
            raise ImportProblem(f"The {name} table in that export isn't a list of rows.")
        ids = [row.get("id") for row in rows]
        if not all(isinstance(i, int) and not isinstance(i, bool) for i in ids):
            raise ImportProblem(f"A row of {name} in that export has no id.")
        if len(set(ids)) != len(ids):
            raise ImportProblem(f"Two rows of {name} in that export share an id.")
        columns = {f.name for f in table.fields()} | {m.name for m in table.many_to_many()}
        for index, row in enumerate(rows, start=1):
            if extra := sorted(set(row) - columns - {"id"}):
                raise ImportProblem(
                    f"Row {index} of {name} has a column this Onward doesn't know "
                    f"({', '.join(extra)})."
                )
        if table.one_per_user and len(rows) > 1:
            raise ImportProblem(f"That export has {len(rows)} rows of {name}; one is the most.")
        counts[name] = len(rows)
    if not isinstance(document.get("files", {}), dict):
        raise ImportProblem("The files in that export aren't a list of files.")
    given = document.get("account")
    account: dict[str, Any] = given if isinstance(given, dict) else {}
    return Summary(counts, str(document.get("exported_at", "")), str(account.get("email", "")))


@dataclass
class _Load:
    user: Any
    document: Document
    # table label -> the id a row had in the file -> the id it has now
    ids: dict[str, dict[int, Any]] = field(default_factory=dict)
    saved_files: list[tuple[models.FileField, str]] = field(default_factory=list)

    def run(self) -> Summary:
        counts: dict[str, int] = {}
        pending_links: list[tuple[ownership.Table, models.Model, dict[str, Any], str]] = []
        for table in ownership.tables():
            rows = self.document["tables"].get(table.label, [])
            self.ids[table.label] = {}
            for index, row in enumerate(rows, start=1):
                where = f"row {index} of {table.label}"
                obj = self._row(table, row, where)
                self.ids[table.label][row["id"]] = obj.pk
                pending_links.append((table, obj, row, where))
            counts[table.label] = len(rows)
        # Many-to-many links may name a table that comes later, so they go in last.
        for table, obj, row, where in pending_links:
            for m2m in table.many_to_many():
                if m2m.name in row:
                    target = ownership.label(m2m.related_model)  # type: ignore[arg-type]
                    values = row[m2m.name]
                    if not isinstance(values, list):
                        raise ImportProblem(f"{m2m.name} in {where} isn't a list of ids.")
                    getattr(obj, m2m.name).set([self._new_id(target, v, where) for v in values])
        return Summary(counts)

    def _new_id(self, target: str, old: Any, where: str) -> Any:
        try:
            return self.ids[target][old]
        except (KeyError, TypeError):
            raise ImportProblem(
                f"{where.capitalize()} points at row {old!r} of {target}, which isn't in the "
                "file (or comes after it)."
            ) from None

    def _row(self, table: ownership.Table, row: dict[str, Any], where: str) -> models.Model:
        model = table.model
        obj: models.Model
        existing = None
        if table.one_per_user and (owner := table.owner_field) is not None:
            existing = model._default_manager.filter(**{owner.name: self.user}).first()
        obj = existing or model()
        if (owner := table.owner_field) is not None:
            setattr(obj, owner.attname, self.user.pk)
        files: list[tuple[models.FileField, str]] = []
        for column in table.fields():
            if column.name not in row:
                continue  # an older export: the column keeps its default
            value = row[column.name]
            target = column.related_model
            if column.is_relation and target is get_user_model():
                setattr(obj, column.attname, self.user.pk if value == ME else None)
            elif column.is_relation:
                new = None if value is None else self._new_id(ownership.label(target), value, where)  # type: ignore[arg-type]
                setattr(obj, column.attname, new)
            elif isinstance(column, models.FileField):
                files.append((column, value or ""))
            else:
                try:
                    setattr(obj, column.attname, column.to_python(value))
                except ValidationError as error:
                    raise ImportProblem(f"{column.name} in {where}: {error.messages[0]}") from None
        for column, name in files:
            setattr(obj, column.attname, self._file(column, obj, name, where))
        if table.shared and (found := self._shared_match(table, obj)) is not None:
            return found
        relations = [f.name for f in model._meta.concrete_fields if f.is_relation]
        try:
            obj.clean_fields(exclude=relations)
        except ValidationError as error:
            first, messages = next(iter(error.message_dict.items()))
            raise ImportProblem(f"{first} in {where}: {messages[0]}") from None
        try:
            # raw: saved as it was, its timestamps included, like Django's own loaddata. No
            # savepoint per row: a clash ends the whole import, and its transaction with it.
            obj.save_base(raw=True)
        except IntegrityError:
            raise ImportProblem(
                f"{where.capitalize()} clashes with another row (the same thing twice?)."
            ) from None
        return obj

    def _shared_match(self, table: ownership.Table, obj: models.Model) -> models.Model | None:
        """A job board is everyone's: the one already here, found by its natural key."""
        for constraint in table.model._meta.total_unique_constraints:
            if constraint.condition is not None:
                continue
            lookup = {}
            for name in constraint.fields:
                column = table.model._meta.get_field(name)
                lookup[column.attname] = getattr(obj, column.attname)  # type: ignore[union-attr]
            if (found := table.model._default_manager.filter(**lookup).first()) is not None:
                return found
        return None

    def _file(self, column: models.FileField, obj: models.Model, name: str, where: str) -> str:
        if not name:
            return ""
        encoded = self.document.get("files", {}).get(name)
        if not isinstance(encoded, str):
            return ""  # the row named a file the export couldn't find: the row still comes
        try:
            content = base64.b64decode(encoded, validate=True)
        except (binascii.Error, ValueError):
            raise ImportProblem(f"The file attached to {where} is damaged.") from None
        stored = column.storage.save(
            column.generate_filename(obj, PurePosixPath(name).name), ContentFile(content)
        )
        self.saved_files.append((column, stored))
        return stored


def load(user: Any, document: Document) -> Summary:
    """Import a checked, current-version document into the user's empty account."""
    summary = check(document)
    loader = _Load(user, document)
    try:
        with transaction.atomic():
            # Two imports at once into one account: the second waits, then finds it full.
            get_user_model()._default_manager.select_for_update().get(pk=user.pk)
            if held := holdings(user):
                raise ImportProblem(_not_empty(held))
            loader.run()
    except (ImportProblem, DatabaseError):
        for column, stored in loader.saved_files:
            column.storage.delete(stored)  # the rows are gone: so are their files
        raise
    return Summary(summary.counts, summary.exported_at, summary.email)


def _not_empty(held: dict[str, int]) -> str:
    lines = counted(held)
    listed = ", ".join(f"{n} {name}" for name, n in lines[:3])
    more = "…" if len(lines) > 3 else ""
    return (
        f"This account already has data ({listed}{more}). An import only goes into an empty "
        "account, so nothing gets mixed up or doubled: sign up afresh and import there."
    )

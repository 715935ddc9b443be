"""Alice's world with every kind of row in it, and exports compared without their ids."""

from __future__ import annotations

from typing import Any

from django.utils import timezone

from onward.inbox.models import InboxSettings
from onward.insights.models import DigestSent
from onward.notes.models import Note
from onward.portability import ownership
from onward.reflect.models import MentorReply
from onward.tests.isolation.world import World, build
from onward.watch.models import AlertNote

# A formula a spreadsheet would run, hidden in a row's words.
FORMULA = '=HYPERLINK("http://evil.example","click")'


def everything(alice: Any) -> World:
    """The isolation tests' world (one of every object a page can name) plus the rows no
    page names: so every table an export holds has a row in it."""
    world = build(alice)
    world.ask.debriefs.add(world.debrief)
    world.story.situation = FORMULA
    world.story.save(update_fields=["situation"])
    DigestSent.objects.create(user=alice, period="week:2026-W48", items=2)
    InboxSettings.objects.create(user=alice, auto_apply=True)
    note = Note.objects.create(
        user=alice,
        person=world.jordan,
        purpose=Note.Purpose.RE_ENGAGE,
        subject="Acme is hiring again",
        body="Saw the new Product Analyst role and thought of our chat.",
        status=Note.Status.SENT,
        sent_at=timezone.now(),
    )
    AlertNote.objects.create(alert=world.alert, person=world.jordan, note=note)
    # A reply she pasted in herself: its author is her.
    MentorReply.objects.create(
        request=world.ask, name="Dana Li", body="Said on the phone: lead with SQL.", author=alice
    )
    return world


def without_ids(document: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """The tables with every id (a row's own and the ones it points at) replaced by the
    row's place in its table: two exports of the same data then compare equal, field by
    field, whatever ids the database gave out. Stored file names are random, so a file is
    compared by its content."""
    tables = document["tables"]
    place = {
        name: {row["id"]: index for index, row in enumerate(rows)} for name, rows in tables.items()
    }
    files = document.get("files", {})
    found: dict[str, list[dict[str, Any]]] = {}
    for table in ownership.tables():
        relations = {
            f.name: ownership.label(f.related_model)  # type: ignore[arg-type]
            for f in [*table.fields(), *table.many_to_many()]
            if f.is_relation and ownership.label(f.related_model) in place  # type: ignore[arg-type]
        }
        file_fields = {f.name for f in table.fields() if f.get_internal_type() == "FileField"}
        rows = []
        for row in tables.get(table.label, []):
            plain = {}
            for key, value in row.items():
                if key == "id":
                    continue
                if key in file_fields:
                    value = files.get(value) if value else ""
                elif key in relations and isinstance(value, list):
                    value = sorted(place[relations[key]][v] for v in value)
                elif key in relations and value is not None:
                    value = place[relations[key]][value]
                plain[key] = value
            rows.append(plain)
        found[table.label] = rows
    return found

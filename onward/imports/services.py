"""What the pages and the commands share: reading a file of each kind, and saving it."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import User

from . import applications, people
from .reading import Table, read_csv

KINDS = ("applications", "linkedin", "vcards")


def parse(user: User, kind: str, text: str) -> Table | people.PeoplePreview:
    """A CSV's table for applications (the columns are chosen next), or the people in the
    file, the known ones marked. Raises reading.FileProblem for a file it can't read."""
    if kind == "applications":
        return read_csv(text)
    if kind == "linkedin":
        rows = people.linkedin_rows(read_csv(text, header_starts=("First Name",)))
    else:
        rows = people.vcard_rows(text)
    return people.mark_known(user, rows)


def save(user: User, kind: str, result: Any, source: str) -> list[Any]:
    """All of the preview's good rows in one transaction, or none."""
    if kind == "applications":
        return applications.commit(user, result.rows, source)
    return people.commit(user, result.rows)
